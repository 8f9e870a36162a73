package kansa.ui.internal.navigator;

import java.util.Comparator;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.services.ServiceList;

/** Every {@link NavigatorContribution} service, in the order of their folders. */
@Component(service = NavigatorContributions.class)
public final class NavigatorContributions extends ServiceList<NavigatorContribution> {

	public NavigatorContributions() {
		super(Comparator.comparingInt(NavigatorContribution::position)
				.thenComparing(c -> c.getClass().getName()));
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContribution(NavigatorContribution contribution) {
		added(contribution);
	}

	void removeContribution(NavigatorContribution contribution) {
		removed(contribution);
	}
}
