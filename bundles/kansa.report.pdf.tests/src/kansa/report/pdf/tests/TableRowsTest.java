package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Finding;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;

/** Table rows are never split across pages, and ids such as CAR-004 never break inside. */
class TableRowsTest {

	private static final int ROWS = 80;

	@Test
	void noRowOfTheResultsTableIsSplitAcrossPages() throws Exception {
		Audit audit = new AuditFixture().extraItems(ROWS).build();
		for (int i = 1; i <= ROWS; i++) {
			// notes of three to seven lines, so that rows end at every height of a page
			String body = "教育記録と受講状況を確認し、未受講者への再案内と受講期限の管理が行われていることを確かめた。"
					.repeat(1 + i % 5);
			audit = audit.withResult(new ItemResult("x-" + i, "", Verdict.CONFORMING, "〔始" + i + "〕" + body + "〔終" + i + "〕",
					"", null, List.of(), List.of()));
		}
		List<String> pages = Pdfs.pageTexts(Pdfs.generate(audit)).stream().map(Pdfs::squeeze).toList();
		List<String> split = new ArrayList<>();
		for (int i = 1; i <= ROWS; i++) {
			String start = "〔始" + i + "〕";
			String end = "〔終" + i + "〕";
			boolean whole = pages.stream().anyMatch(p -> p.contains(start) && p.contains(end));
			if (!whole) {
				split.add("x-" + i);
			}
		}
		assertTrue(split.isEmpty(), "rows split across pages: " + split);
	}

	@Test
	void correctiveActionIdsStayWholeInTheirColumn() throws Exception {
		Audit audit = new AuditFixture().build();
		ItemResult r = audit.resultsFor("i-333").get(0);
		Finding f = r.findings().get(0);
		CorrectiveAction a = f.correctiveAction();
		// the widest id form Kansa gives: CAR- and three digits
		Finding renamed = new Finding(f.id(), f.grade(), f.statement(), f.requirement(), f.evidence(), f.rootCause(),
				new CorrectiveAction("CAR-104", a.request(), a.owner(), a.dueDate(), a.status(), a.response()));
		audit = audit.withResult(new ItemResult(r.itemId(), r.site(), r.verdict(), r.notes(), r.interviewee(),
				r.recordedAt(), r.evidence(), List.of(renamed)));
		int seen = 0;
		for (String page : Pdfs.pageTexts(Pdfs.generate(audit))) {
			for (String line : page.split("\n")) {
				if (line.contains("CAR-")) {
					seen++;
					assertTrue(line.contains("CAR-104"), "the id is broken: " + line);
				}
			}
		}
		assertTrue(seen >= 2, "in the findings and the corrective actions chapters: " + seen);
	}
}
