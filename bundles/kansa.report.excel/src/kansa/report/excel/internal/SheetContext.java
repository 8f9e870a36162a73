package kansa.report.excel.internal;

import java.util.Locale;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;

/** What every sheet writer shares: the request, the language, the cell writer, links and the evidence checks. */
record SheetContext(ReportRequest request, Texts texts, Cells cells, Links links, EvidenceIndex evidence) {

	Audit audit() {
		return request.audit();
	}

	Locale locale() {
		return texts.locale();
	}
}
