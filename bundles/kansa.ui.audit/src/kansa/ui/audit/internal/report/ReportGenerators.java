package kansa.ui.audit.internal.report;

import java.util.Map;

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
		super(ReportGenerator.FORMAT);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addGenerator(ReportGenerator generator, Map<String, Object> properties) {
		added(generator, properties);
	}

	void removeGenerator(ReportGenerator generator) {
		removed(generator);
	}
}
