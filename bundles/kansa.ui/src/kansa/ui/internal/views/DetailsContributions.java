package kansa.ui.internal.views;

import java.util.Comparator;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.ui.details.DetailsContribution;
import kansa.ui.services.ServiceList;

/** Every {@link DetailsContribution} service, for the details view. */
@Component(service = DetailsContributions.class)
public final class DetailsContributions extends ServiceList<DetailsContribution> {

	public DetailsContributions() {
		super(Comparator.comparing(c -> c.getClass().getName()));
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContribution(DetailsContribution contribution) {
		added(contribution);
	}

	void removeContribution(DetailsContribution contribution) {
		removed(contribution);
	}
}
