package kansa.core.audit;

import java.util.List;

import kansa.core.internal.Checks;

/** The audited organisation and the sites in scope. */
public record Client(String name, List<String> sites) {

	public Client {
		name = Checks.notBlank(name, "client.name");
		sites = Checks.list(sites, "client.sites");
	}
}
