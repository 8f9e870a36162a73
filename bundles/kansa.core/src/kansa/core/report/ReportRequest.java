package kansa.core.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import kansa.core.audit.Audit;
import kansa.core.internal.Checks;

/**
 * What to report and how.
 *
 * @param audit          the audit
 * @param auditDirectory the audit's folder, where its evidence files are re-hashed; null when not on disk
 * @param locale         report language: Japanese unless English is asked for
 * @param options        format-specific options, e.g. a template folder
 */
public record ReportRequest(Audit audit, Path auditDirectory, Locale locale, Map<String, String> options) {

	public ReportRequest {
		audit = Checks.notNull(audit, "report.audit");
		locale = locale == null ? Locale.JAPANESE : locale;
		options = Checks.map(options);
	}

	public ReportRequest(Audit audit, Path auditDirectory) {
		this(audit, auditDirectory, Locale.JAPANESE, Map.of());
	}

	public boolean english() {
		return "en".equals(locale.getLanguage());
	}
}
