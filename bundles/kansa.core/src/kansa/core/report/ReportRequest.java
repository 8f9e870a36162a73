package kansa.core.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.internal.Checks;
import kansa.core.text.Language;

/**
 * What to report and how.
 *
 * @param audit          the audit
 * @param auditDirectory the audit's folder, where its evidence files are re-hashed; null when not on disk
 * @param locale         report language: Japanese unless English is asked for
 * @param options        format-specific options, e.g. {@code template}: a folder with the firm's branding
 * @param previousAudit  the audit named by {@code audit.previousAuditId()}, for the changes since; null when
 *                       there is none or it is not at hand. Generators cannot read the workspace themselves.
 * @param draft          whether the user asked for a draft (ドラフト); see {@link #marksDraft()}
 */
public record ReportRequest(Audit audit, Path auditDirectory, Locale locale, Map<String, String> options,
		Audit previousAudit, boolean draft) {

	public ReportRequest {
		audit = Checks.notNull(audit, "report.audit");
		locale = locale == null ? Locale.JAPANESE : locale;
		options = Checks.map(options);
		if (previousAudit != null && previousAudit.id().equals(audit.id())) {
			throw new IllegalArgumentException("report " + audit.id() + ": an audit cannot be its own previous audit");
		}
	}

	public ReportRequest(Audit audit, Path auditDirectory, Locale locale, Map<String, String> options,
			Audit previousAudit) {
		this(audit, auditDirectory, locale, options, previousAudit, false);
	}

	public ReportRequest(Audit audit, Path auditDirectory, Locale locale, Map<String, String> options) {
		this(audit, auditDirectory, locale, options, null);
	}

	public ReportRequest(Audit audit, Path auditDirectory) {
		this(audit, auditDirectory, Locale.JAPANESE, Map.of());
	}

	/** The same request comparing with the given previous audit (null: none). */
	public ReportRequest withPreviousAudit(Audit previous) {
		return new ReportRequest(audit, auditDirectory, locale, options, previous, draft);
	}

	/** The same request, asked for as a draft or not. */
	public ReportRequest withDraft(boolean asDraft) {
		return new ReportRequest(audit, auditDirectory, locale, options, previousAudit, asDraft);
	}

	/**
	 * Whether the report must carry the ドラフト mark: when asked for, and always while an item of the audit is still
	 * 未評価, since such a report cannot be final.
	 */
	public boolean marksDraft() {
		return draft || hasUnassessedItems();
	}

	/** Whether any checklist item of the audit is still 未評価 (at every site). */
	public boolean hasUnassessedItems() {
		return audit.verdictCounts().get(Verdict.NOT_ASSESSED) > 0;
	}

	/** The report's language, as {@link Language#of(Locale)} maps its locale. @since 0.1.1 */
	public Language language() {
		return Language.of(locale);
	}

	public boolean english() {
		return language() == Language.EN;
	}
}
