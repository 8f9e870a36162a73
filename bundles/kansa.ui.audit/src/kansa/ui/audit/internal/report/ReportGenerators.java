package kansa.ui.audit.internal.report;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.core.report.ReportGenerator;
import kansa.ui.services.ServiceList;

/** Every {@link ReportGenerator} service (xlsx, pdf, any third-party format), for the report wizard. */
@Component(service = ReportGenerators.class)
public final class ReportGenerators extends ServiceList<ReportGenerator> {

	public ReportGenerators() {
		super(ReportGenerator::formatId);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addGenerator(ReportGenerator generator) {
		added(generator);
	}

	void removeGenerator(ReportGenerator generator) {
		removed(generator);
	}
}
