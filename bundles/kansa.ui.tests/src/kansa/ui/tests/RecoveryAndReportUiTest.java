package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import kansa.audit.AuditOperations;
import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.EditorPrompts;
import kansa.ui.audit.internal.editor.AuditEditor;
import kansa.ui.audit.internal.Messages;
import kansa.ui.audit.internal.report.ReportGenerators;
import kansa.ui.services.UiServices;

/** Crash recovery, a file changed by another program, and the report wizard's job writing xlsx and PDF. */
class RecoveryAndReportUiTest {

	/** Answers the editor's questions as the test says and records them. */
	static final class Answers implements EditorPrompts {
		final List<String> asked = new ArrayList<>();
		boolean restore = true;
		boolean reload = true;
		int changedItems = -1;

		@Override
		public boolean restoreRecovery(String auditLabel, Instant writtenAt, int changed) {
			asked.add("restore");
			changedItems = changed;
			return restore;
		}

		@Override
		public boolean reloadChangedFile(String auditLabel, boolean dirty) {
			asked.add(dirty ? "reload-dirty" : "reload");
			return reload;
		}

		@Override
		public void savedOverConflicts(String auditLabel, List<String> conflicts) {
			asked.add("conflicts " + conflicts);
		}
	}

	private Fixture fx;
	private final Answers answers = new Answers();
	private IEclipseContext context;

	@BeforeEach
	void setUp() throws Exception {
		fx = new Fixture();
		context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		context.set(EditorPrompts.class, answers);
	}

	@AfterEach
	void tearDown() throws Exception {
		context.remove(EditorPrompts.class);
		fx.close();
	}

	@Test
	void recoveryCopyOffersBackEveryVerdictAfterACrash() throws Exception {
		Audit created = fx.newAudit("株式会社リカバリー");
		List<ChecklistItem> items = created.checklist().items().toList();
		AuditEditor editor = fx.open(created.id());
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '1'); // moves on by itself
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '3');
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), 'n');
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '4');
		Path recovery = editor.auditDirectory().resolve(".audit.recovery.json");
		UiWait.until(() -> Files.isRegularFile(recovery), () -> "the recovery copy written while dirty");

		// a crash leaves the copy behind: keep it aside while the editor is closed without saving
		Path kept = Files.createTempFile("recovery", ".json");
		Files.copy(recovery, kept, StandardCopyOption.REPLACE_EXISTING);
		fx.page.closeEditor(editor, false);
		UiWait.settle(50);
		assertFalse(Files.exists(recovery), "closing without saving discards the copy");
		Files.move(kept, recovery, StandardCopyOption.REPLACE_EXISTING);

		AuditEditor restored = fx.open(created.id());
		assertEquals(List.of("restore"), answers.asked);
		assertEquals(3, answers.changedItems);
		assertTrue(restored.isDirty(), "recovered work is unsaved until the user saves it");
		assertEquals(Verdict.CONFORMING, restored.audit().verdictOf(items.get(0).id()));
		assertEquals(Verdict.MAJOR_NONCONFORMITY, restored.audit().verdictOf(items.get(1).id()));
		assertEquals(Verdict.OBSERVATION, restored.audit().verdictOf(items.get(2).id()));
		restored.doSave(null);
		assertFalse(Files.exists(recovery));
		assertEquals(Verdict.OBSERVATION, fx.workspace.loadAudit(created.id()).verdictOf(items.get(2).id()));
	}

	@Test
	void fileChangedOnDiskIsNoticedAndReloaded() throws Exception {
		Audit created = fx.newAudit("株式会社ディスク");
		String first = created.checklist().items().toList().get(0).id();
		AuditEditor editor = fx.open(created.id());
		Audit changed = AuditOperations.recordVerdict(created, first, "", Verdict.OBSERVATION, "他のPCで記録", null,
				Instant.now());
		fx.workspace.saveAudit(changed);
		Path file = editor.auditDirectory().resolve("audit.json");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		editor.setFocus(); // as the workbench does when the user comes back to the editor
		UiWait.until(() -> !answers.asked.isEmpty(), () -> "the question about the changed file");
		assertEquals(List.of("reload"), answers.asked);
		assertEquals(Verdict.OBSERVATION, editor.audit().verdictOf(first));
		assertFalse(editor.isDirty());
	}

	/**
	 * 報告書を作成… on an audit with unanswered items asks first; the wizard's defaults then write both files, and
	 * the PDF carries the ドラフト mark.
	 */
	@Test
	void savingKeepsWhatAnotherProgramSavedMeanwhile() throws Exception {
		Audit created = fx.newAudit("株式会社マージ");
		List<ChecklistItem> items = created.checklist().items().toList();
		AuditEditor editor = fx.open(created.id());
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '1');
		assertTrue(editor.isDirty());
		// meanwhile `kansa audit set` records the second item, and the first one differently
		fx.workspace.updateAudit(created.id(), a -> AuditOperations.recordVerdict(AuditOperations.recordVerdict(a,
				items.get(1).id(), "", Verdict.OBSERVATION, "CLIで記録", null, Instant.now()), items.get(0).id(), "",
				Verdict.MINOR_NONCONFORMITY, "", null, Instant.now()));

		editor.doSave(null);
		Audit onDisk = fx.workspace.loadAudit(created.id());
		assertEquals(Verdict.OBSERVATION, onDisk.verdictOf(items.get(1).id()), "the other program's verdict is kept");
		assertEquals("CLIで記録", onDisk.resultsFor(items.get(1).id()).get(0).notes());
		assertEquals(Verdict.CONFORMING, onDisk.verdictOf(items.get(0).id()), "where both changed, the editor's wins");
		assertEquals(List.of("conflicts [" + items.get(0).id() + "]"), answers.asked, "and the user is told");
		assertEquals(onDisk, editor.audit(), "the editor shows what was saved");
		assertFalse(editor.isDirty());
	}

	@Test
	void reportOfAnUnfinishedAuditIsADraftAfterAsking() throws Exception {
		Audit created = fx.newAudit("株式会社レポート");
		AuditEditor editor = fx.open(created.id());
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '1');
		ReportGenerators generators = UiServices.get(fx.window, ReportGenerators.class);
		UiWait.until(() -> generators.all().size() >= 2, () -> "the xlsx and pdf generators");
		String[] question = new String[1];
		DialogAnswerer answers = new DialogAnswerer(d -> {
			question[0] = d.describe();
			d.press(Messages.Report_createDraft);
		}, d -> {
			Screenshots.saveIfAsked(d.shell(), "report-wizard.png");
			d.press(DialogAnswerer.DEFAULT);
		});
		fx.window.getService(IHandlerService.class).executeCommand("kansa.ui.audit.report", null);
		answers.stop();
		int unanswered = created.checklist().itemCount() - 1;
		assertTrue(question[0].contains(NLS.bind(Messages.Report_unanswered, unanswered)), question[0]);
		Path xlsx = fx.root.resolve("reports").resolve(created.id() + ".xlsx");
		Path pdf = fx.root.resolve("reports").resolve(created.id() + ".pdf");
		// a PDF of 123 items with embedded fonts: allow for a busy machine
		UiWait.until(() -> Files.exists(xlsx) && Files.exists(pdf) && UiWait.noJob("ReportJob"),
				180_000, () -> "the report job");
		assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
		try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				assertTrue(PdfTextExtractor.getTextFromPage(doc.getPage(p)).contains("ドラフト"), "ドラフト on page " + p);
			}
		}
	}

	/** A character no embedded font has: the reports are written, then a warning names it and where it stands. */
	@Test
	void aCharacterNoFontHasIsNamedInAWarningAfterTheReports() throws Exception {
		Audit created = fx.newAudit("株式会社スマイル😀");
		AuditEditor editor = fx.open(created.id());
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '1');
		ReportGenerators generators = UiServices.get(fx.window, ReportGenerators.class);
		UiWait.until(() -> generators.all().size() >= 2, () -> "the xlsx and pdf generators");
		// the draft question, the wizard (its defaults), then the warning once the job has written the files
		DialogAnswerer answers = new DialogAnswerer(d -> d.press(Messages.Report_createDraft),
				d -> d.press(DialogAnswerer.DEFAULT), d -> d.press(DialogAnswerer.DEFAULT));
		fx.window.getService(IHandlerService.class).executeCommand("kansa.ui.audit.report", null);
		try {
			UiWait.until(() -> answers.seen().size() >= 3, 180_000,
					() -> "the warning after the report job: " + answers.seen());
		} finally {
			answers.stop();
		}
		DialogAnswerer.Seen warning = answers.seen().get(2);
		assertEquals(Messages.Report_warningsTitle, warning.title());
		assertTrue(warning.text().contains("U+1F600"), warning.text());
		assertTrue(Files.exists(fx.root.resolve("reports").resolve(created.id() + ".pdf")), "the PDF is written");
	}
}
