package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import kansa.core.audit.Audit;
import kansa.core.incident.Incident;
import kansa.core.incident.Incident.MappedItem;
import kansa.core.incident.IncidentLibrary;
import kansa.core.report.ReportGenerator;
import kansa.core.text.LocalizedText;
import kansa.testing.Services;

/**
 * 関連する事故事例: the DS generator asks every IncidentLibrary service present. A fake library registered from the
 * test maps cases to the fixture's items; the section appears under a finding only when its item has cases.
 */
class RelatedIncidentsTest {

	private static final String CHECKLIST = "pms-internal";
	private static final String SECTION = "関連する事故事例";

	private static BundleContext context;
	static ReportGenerator pdf;
	private static Audit audit;

	@BeforeAll
	static void findGenerator() throws Exception {
		context = FrameworkUtil.getBundle(RelatedIncidentsTest.class).getBundleContext();
		pdf = Services.await(RelatedIncidentsTest.class, ReportGenerator.class,
				Services.property(ReportGenerator.FORMAT, "pdf"));
		audit = new AuditFixture().build();
	}

	@Test
	void noLibraryNoSection() throws Exception {
		assertFalse(text().contains(SECTION));
	}

	@Test
	void mappedCasesAppearUnderTheFindingOfTheirItem() throws Exception {
		// i-333 carries F-001; i-331 has no finding; the third case maps i-333 of another checklist
		IncidentLibrary library = library("test-cases",
				incident("c1", "株式会社かもめ通販", LocalDate.of(2024, 5, 20), 12_000L, "件", "不正アクセス",
						"受注システムの脆弱性を突かれ、顧客情報が流出した。その後の調査で…", map("i-333", "新規サービスのリスク分析が行われていなかった")),
				incident("c2", "ひばり学習塾", LocalDate.of(2023, 2, 1), null, "", "誤送信", "保護者向けメールを宛先を誤って送信した。",
						map("i-331", "")),
				incident("c3", "つばめ銀行", LocalDate.of(2022, 1, 1), 5L, "人", "紛失", "書類を紛失した。",
						new MappedItem("iso27001-2022", "i-333", "")));
		String text = withLibrary(library);
		assertTrue(text.contains(SECTION), text);
		String f1 = block(text, "F-001");
		assertTrue(f1.contains(SECTION), f1);
		assertTrue(f1.contains("株式会社かもめ通販"), f1);
		assertTrue(f1.contains("2024年5月20日公表"), f1);
		assertTrue(f1.contains("12,000件"), f1);
		assertTrue(f1.contains("不正アクセス"), f1);
		assertTrue(f1.contains("新規サービスのリスク分析が行われていなかった"), "the mapping's reason is the line: " + f1);
		assertFalse(text.contains("ひばり学習塾"), "i-331 has no finding");
		assertFalse(text.contains("つばめ銀行"), "mapped to another checklist");
		assertFalse(block(text, "F-002").contains(SECTION));
		assertFalse(withoutLibrary().contains(SECTION), "unregistered library still used");
	}

	@Test
	void libraryWithoutMappedCasesAddsNothing() throws Exception {
		IncidentLibrary library = library("unrelated",
				incident("u1", "ひばり学習塾", LocalDate.of(2023, 2, 1), 40L, "名", "誤送信", "誤送信。", map("i-331", "")));
		String text = withLibrary(library);
		assertFalse(text.contains(SECTION), text);
	}

	@Test
	void casesFromTwoLibrariesAreMergedNewestFirstAndCapped() throws Exception {
		IncidentLibrary a = library("a",
				incident("d1", "第一商事", LocalDate.of(2021, 1, 1), 1L, "件", "紛失", "一。", map("i-34334", "")),
				incident("d2", "第二商事", LocalDate.of(2025, 1, 1), 2L, "件", "紛失", "二。", map("i-34334", "")));
		IncidentLibrary b = library("b",
				incident("d2", "第二商事", LocalDate.of(2025, 1, 1), 2L, "件", "紛失", "二。", map("i-34334", "")),
				incident("d3", "第三商事", LocalDate.of(2023, 1, 1), 3L, "件", "紛失", "三。", map("i-34334", "")),
				incident("d4", "第四商事", LocalDate.of(2024, 1, 1), 4L, "件", "紛失", "四。", map("i-34334", "")));
		ServiceRegistration<IncidentLibrary> ra = context.registerService(IncidentLibrary.class, a, null);
		ServiceRegistration<IncidentLibrary> rb = context.registerService(IncidentLibrary.class, b, null);
		String text;
		try {
			text = text();
		} finally {
			ra.unregister();
			rb.unregister();
		}
		String f5 = block(text, "F-005");
		assertTrue(f5.indexOf("第二商事") < f5.indexOf("第四商事") && f5.indexOf("第四商事") < f5.indexOf("第三商事"), f5);
		assertFalse(f5.contains("第一商事"), "only three cases are shown: " + f5);
		assertTrue(f5.contains("ほか1件"), f5);
		assertTrue(f5.indexOf("第二商事") == f5.lastIndexOf("第二商事"), "listed by both libraries, shown once");
	}

	private String withLibrary(IncidentLibrary library) throws Exception {
		ServiceRegistration<IncidentLibrary> reg = context.registerService(IncidentLibrary.class, library, null);
		try {
			return text();
		} finally {
			reg.unregister();
		}
	}

	private String withoutLibrary() throws Exception {
		return text();
	}

	private static String text() throws Exception {
		return Pdfs.flatText(Pdfs.generate(pdf, Pdfs.request(audit, Locale.JAPANESE), new NullProgressMonitor()));
	}

	/** The text of one finding's block in the findings chapter: from its id to the next finding's id. */
	private static String block(String text, String id) {
		int chapter = text.indexOf("指摘事項は5件"); // the findings chapter's first sentence
		assertTrue(chapter > 0, "findings chapter not found");
		int start = text.indexOf(id, chapter);
		int next = text.indexOf("F-00", start + id.length());
		return text.substring(start, next < 0 ? text.length() : next);
	}

	static MappedItem map(String itemId, String reason) {
		return new MappedItem(CHECKLIST, itemId, reason);
	}

	static Incident incident(String id, String org, LocalDate announced, Long records, String unit,
			String cause, String narrative, MappedItem... items) {
		return new Incident(id, org, "", null, null, announced, "", records, unit, List.of("氏名"), cause, narrative,
				List.of(), List.of(items));
	}

	static IncidentLibrary library(String id, Incident... incidents) {
		return new IncidentLibrary() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public LocalizedText label() {
				return LocalizedText.of("テスト事例 " + id, "test cases " + id);
			}

			@Override
			public List<Incident> incidents() {
				return List.of(incidents);
			}
		};
	}
}
