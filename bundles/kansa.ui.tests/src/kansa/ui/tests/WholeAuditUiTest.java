package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import kansa.audit.AuditOperations;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Auditee;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.Messages;
import kansa.ui.audit.internal.editor.AuditEditor;

/**
 * A consultant's own audit from start to finish through the screens only, none of the demo's code: 新規監査 with
 * last year's audit as 前回監査, every 概要 field typed, every item judged by keyboard, notes with spaces and line
 * breaks, evidence, findings from the dialog (its grade proposed from the verdict), the life cycle, both reports;
 * the PDF then carries every value the user gave.
 */
class WholeAuditUiTest extends WorkspaceUiTest {

	private static final String CLIENT = "株式会社しおさい";

	@Test
	void anAuditFromCreationToBothReports() throws Exception {
		Audit last = lastYearsAudit();
		String isms = fx.ismsChecklist().title().get(Messages.contentLocale());

		// 新規監査: the client's earlier audit is offered and chosen as 前回監査
		String[] offeredPrevious = new String[1];
		DialogAnswerer create = new DialogAnswerer(d -> {
			d.choose(Messages.NewAudit_checklist, isms);
			d.typeCombo(Messages.NewAudit_client, CLIENT);
			d.type(Messages.NewAudit_auditTitle, "2026年度 情報セキュリティ内部監査");
			d.type(Messages.NewAudit_lead, "山田 太郎");
			offeredPrevious[0] = d.selected(Messages.NewAudit_previous);
			d.press(Messages.NewAudit_ok);
		});
		command("kansa.ui.audit.new");
		create.stop();
		assertTrue(offeredPrevious[0].startsWith("2025年度 内部監査"), offeredPrevious[0]);
		AuditEditor editor = (AuditEditor) fx.page.getActiveEditor();
		assertEquals(last.id(), editor.audit().previousAuditId());
		assertEquals(1, editor.audit().carriedOver().size(), "last year's open request is carried over");

		// 概要: every field typed as a user types, Japanese spaces and line breaks included
		AuditEditorPage page = new AuditEditorPage(fx.window.getShell()).showOverview();
		page.typeField("title", "2026年度 情報セキュリティ内部監査（本社・大阪）")
				.typeField("sites", "本社\n大阪支店")
				.typeField("objective", "情報セキュリティ管理策の運用状況を確かめる")
				.typeField("scope", "本社 情報システム部\n大阪支店 営業部")
				.typeField("criteria", "ISO/IEC 27001:2022\n情報セキュリティ基本方針 第4版")
				.typeField("start", "2026-11-24").typeField("end", "2026-11-25")
				.typeField("team", "佐藤 花子\n鈴木 一郎")
				.typeField("auditees", "田中 誠、情報システム部、部長\n高橋 由美、総務部、課長")
				.typeField("summary", "全体として運用は定着している。\n一方で　アクセス権の見直しに遅れがある。");
		Audit typed = editor.audit();
		assertEquals("2026年度 情報セキュリティ内部監査（本社・大阪）", typed.title());
		assertEquals(List.of("本社", "大阪支店"), typed.client().sites());
		assertEquals(LocalDate.of(2026, 11, 25), typed.endDate());
		assertEquals(List.of("佐藤 花子", "鈴木 一郎"), typed.team());
		assertEquals(List.of(new Auditee("田中 誠", "情報システム部", "部長"), new Auditee("高橋 由美", "総務部", "課長")),
				typed.auditees());
		assertEquals("全体として運用は定着している。\n一方で　アクセス権の見直しに遅れがある。", typed.summary());
		// a wrong date is named and not recorded; what was typed stays in the field
		page.appendToField("end", "x");
		assertEquals("2026-11-25x", page.field("end").getText());
		assertTrue(page.overviewLabels().contains(Messages.Overview_badDate), page.overviewLabels().toString());
		assertEquals(LocalDate.of(2026, 11, 25), editor.audit().endDate());
		page.typeField("end", "2026-11-25");

		// every item judged by keyboard; two nonconformities and an observation get findings from the dialog
		page.showItems();
		List<ChecklistItem> items = typed.checklist().items().toList();
		Path photo = Files.writeString(Files.createTempFile("server-room", ".txt"), "入退室記録の写し");
		for (int i = 0; i < items.size(); i++) {
			char key = i == 3 ? '2' : i == 7 ? '3' : i == 9 ? '4' : i == 12 ? '0' : '1';
			assertEquals(items.get(i).number(), page.selectedNumber(), "the next unanswered item is selected");
			if (i == 0) {
				page.typeNotes("規程 第3条を確認した。\n承認記録あり　（2026年版）");
				editor.attach(List.of(photo));
				UiWait.until(() -> !editor.audit().resultsFor(items.get(0).id()).get(0).evidence().isEmpty(),
						() -> "the evidence copied in the background");
			}
			page.press(key);
			if (key == '2' || key == '3' || key == '4') {
				addFinding(key);
				page.press('n'); // a nonconformity or observation stays on its item for the finding
			}
		}
		Audit judged = editor.audit();
		assertTrue(items.stream().allMatch(it -> judged.verdictOf(it.id()).isAssessed()), "every item judged");
		assertEquals("規程 第3条を確認した。\n承認記録あり　（2026年版）", judged.resultsFor(items.get(0).id()).get(0).notes());
		assertEquals(Verdict.MAJOR_NONCONFORMITY, judged.verdictOf(items.get(7).id()));
		assertEquals(FindingGrade.MAJOR_NONCONFORMITY,
				judged.resultsFor(items.get(7).id()).get(0).findings().get(0).grade(), "the proposed grade");
		assertEquals("", judged.resultsFor(items.get(9).id()).get(0).findings().get(0).rootCause(),
				"no root cause for an observation");
		command("org.eclipse.ui.file.save");

		// life cycle: 完了 is not offered while requests are open; 報告済 is, and the form becomes read-only
		boolean[] closedOffered = new boolean[1];
		DialogAnswerer status = new DialogAnswerer(d -> {
			closedOffered[0] = d.isEnabled(AuditStatus.CLOSED.label(Locale.JAPANESE));
			d.radio(AuditStatus.REPORTED.label(Locale.JAPANESE));
			d.press(Messages.Status_ok);
		});
		page.showOverview().pressOverviewButton(Messages.Overview_changeStatus);
		status.stop();
		assertFalse(closedOffered[0], "closing needs every corrective action closed");
		assertEquals(AuditStatus.REPORTED, editor.audit().status());
		assertFalse(page.field("summary").getEditable(), "a reported audit is read-only");
		command("org.eclipse.ui.file.save");
		assertEquals(AuditStatus.REPORTED, fx.workspace.loadAudit(judged.id()).status());
		Screenshots.saveIfAsked(fx.window.getShell(), "15-audit-overview.png");

		// both reports from the wizard's defaults
		DialogAnswerer report = new DialogAnswerer(DialogAnswerer.DEFAULT);
		command("kansa.ui.audit.report");
		report.stop();
		Path pdf = fx.root.resolve("reports").resolve(judged.id() + ".pdf");
		Path xlsx = fx.root.resolve("reports").resolve(judged.id() + ".xlsx");
		// a PDF of every item with embedded fonts: allow for a busy machine
		UiWait.until(() -> Files.exists(pdf) && Files.exists(xlsx) && UiWait.noJob("ReportJob"), 180_000,
				() -> "both reports written");
		String text = pdfText(pdf);
		for (String value : List.of("情報セキュリティ管理策の運用状況を確かめる", "大阪支店 営業部", "情報セキュリティ基本方針 第4版",
				"2026年11月25日", "佐藤 花子", "鈴木 一郎", "田中 誠", "情報システム部", "高橋 由美", "アクセス権の見直しに遅れがある",
				"規程 第3条を確認した。", "サーバ室の入退室記録がない", "前回監査「2025年度 内部監査」", "評価を年次で行う")) {
			assertTrue(text.replace("\n", "").contains(value.replace("\n", "")), value + " in the PDF");
		}
		assertFalse(text.contains("ドラフト"), "every item judged: a final report");
		assertTrue(Files.size(xlsx) > 0);
	}

	/** Last year's reported audit of the client, with a nonconformity whose corrective action is still open. */
	private Audit lastYearsAudit() throws Exception {
		Audit created = fx.newAudit(CLIENT);
		Audit a = created.withOverview(created.overview().withTitle("2025年度 内部監査")
				.withDates(LocalDate.of(2025, 11, 20), null));
		String item = a.checklist().items().toList().get(5).id();
		a = AuditOperations.addFinding(a, item, "", FindingGrade.MINOR_NONCONFORMITY, "委託先の評価記録がない", "",
				"手順の周知不足", "評価を年次で行う", "総務部", LocalDate.of(2026, 3, 31));
		a = a.withStatus(AuditStatus.REPORTED);
		fx.workspace.saveAudit(a);
		return a;
	}

	/** 指摘事項を追加… from the menu command; the dialog proposes the grade of the key just pressed. */
	private void addFinding(char key) throws Exception {
		FindingGrade expected = key == '2' ? FindingGrade.MINOR_NONCONFORMITY
				: key == '3' ? FindingGrade.MAJOR_NONCONFORMITY : FindingGrade.OBSERVATION;
		String[] proposed = new String[1];
		boolean[] causeEnabled = new boolean[1];
		DialogAnswerer answers = new DialogAnswerer(d -> {
			proposed[0] = d.selected(Messages.Finding_grade);
			causeEnabled[0] = d.text(Messages.Finding_cause).isEnabled();
			d.type(Messages.Finding_statement, key == '3' ? "サーバ室の入退室記録がない" : "指摘 " + key + " の内容");
			if (expected.requiresCorrectiveAction()) {
				d.type(Messages.Finding_cause, "記録の手順がない");
				d.type(Messages.Finding_request, "入退室の記録手順を定める");
				d.type(Messages.Finding_owner, "総務部");
				d.type(Messages.Finding_due, "2027-01-31");
			}
			d.press(Messages.Finding_ok);
		});
		command("kansa.ui.audit.addFinding");
		answers.stop();
		assertEquals(expected.label(Locale.JAPANESE), proposed[0], "proposed grade for key " + key);
		assertEquals(expected.requiresCorrectiveAction(), causeEnabled[0], "root cause only for nonconformities");
	}

	private static String pdfText(Path pdf) throws Exception {
		StringBuilder text = new StringBuilder();
		try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p))).append('\n');
			}
		}
		return text.toString();
	}

	private void command(String id) throws Exception {
		fx.window.getService(IHandlerService.class).executeCommand(id, null);
		UiWait.settle(20);
	}
}
