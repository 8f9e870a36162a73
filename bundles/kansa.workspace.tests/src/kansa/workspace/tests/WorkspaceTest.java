package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.testing.Audits;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

class WorkspaceTest {

	@TempDir
	Path dir;

	static Checklist checklist() {
		return Audits.checklist("mine", "自社チェックリスト", Audits.item("A.5.1", "方針"));
	}

	static Audit audit(String id) {
		return Audits.audit(id, checklist());
	}

	@Test
	void createsTheLayoutAndReopens() throws Exception {
		Path root = dir.resolve("ws");
		Workspace ws = Workspace.openOrCreate(root);
		assertTrue(Files.isRegularFile(root.resolve(Workspace.MARKER)));
		for (String sub : List.of("checklists", "audits", "incidents")) {
			assertTrue(Files.isDirectory(root.resolve(sub)), sub);
		}
		ws.saveChecklist(checklist());
		ws.saveAudit(audit("a1"));
		Workspace again = Workspace.open(root);
		assertEquals(List.of("mine"), again.checklistIds());
		assertEquals(List.of("a1"), again.auditIds());
		assertEquals(audit("a1"), again.loadAudit("a1"));
		assertTrue(Files.isRegularFile(root.resolve("audits/a1/audit.json")));
	}

	@Test
	void refusesToTakeOverAFolderThatIsNotAWorkspace() throws Exception {
		Files.writeString(dir.resolve("thesis.docx"), "precious");
		WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.openOrCreate(dir));
		assertTrue(e.getMessage().contains("is not a Kansa workspace"), e.getMessage());
		assertEquals(List.of(dir.resolve("thesis.docx")), Files.list(dir).toList());
	}

	@Test
	void openingAMissingWorkspaceSaysWhere() {
		WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir.resolve("nope")));
		assertTrue(e.getMessage().startsWith("no Kansa workspace at "), e.getMessage());
		assertTrue(e.getMessage().contains("nope"));
	}

	@Test
	void malformedAuditIsReportedWithFileAndLineAndLeftUntouched() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveAudit(audit("a1"));
		Path file = ws.auditDirectory("a1").resolve("audit.json");
		String broken = Files.readString(file).replace("\"status\" : \"PLANNED\",", "\"status\" : PLANNED,");
		Files.writeString(file, broken);
		byte[] before = Files.readAllBytes(file);

		KansaDataException e = assertThrows(KansaDataException.class, () -> ws.loadAudit("a1"));

		assertTrue(e.getMessage().startsWith("audits/a1/audit.json:"), e.getMessage());
		assertTrue(e.line() > 1, e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"schemaVersion\": 999, \"createdBy\": \"Kansa\"}", "{\"schemaVersion\": 1, \"createdBy\": \"Ka",
			"{\"schemaVersion\": 1, \"createdBy\": \"Kansa\"}\u0000\u0000", "\u0000\u0000\u0000", "",
			"{\"schemaVersion\": 1, \"createdBy\": 12, \"unknown\": true}" })
	void aBrokenMarkerFileIsReportedByNameAndLeftUntouched(String marker) throws Exception {
		Path root = dir.resolve("ws");
		Workspace.openOrCreate(root);
		Path file = root.resolve(Workspace.MARKER);
		Files.writeString(file, marker);

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(root));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		assertThrows(WorkspaceException.class, () -> Workspace.openOrCreate(root));
		assertEquals(marker, Files.readString(file));
	}

	@Test
	void unknownAuditIsAUserError() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.loadAudit("missing"));
		assertTrue(e.getMessage().contains("no audit 'missing'"), e.getMessage());
	}

	@Test
	void evidenceIsCopiedUnderASafeUniqueNameAndHashed() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveAudit(audit("a1"));
		byte[] content = "入退室記録".getBytes(StandardCharsets.UTF_8);
		Evidence first = ws.addEvidence("a1", "../../入退室記録.pdf", new ByteArrayInputStream(content),
				EvidenceKind.RECORD, "11月分", LocalDate.of(2026, 11, 1));
		Evidence second = ws.addEvidence("a1", "入退室記録.pdf", new ByteArrayInputStream(content),
				EvidenceKind.RECORD, "", null);

		assertEquals("evidence/入退室記録.pdf", first.path());
		assertEquals("evidence/入退室記録-2.pdf", second.path());
		assertEquals("../../入退室記録.pdf", first.originalName());
		assertEquals(content.length, first.size());
		Path auditDir = ws.auditDirectory("a1");
		assertEquals(EvidenceCheck.sha256(auditDir.resolve(first.path())), first.sha256());
		assertEquals(EvidenceStatus.INTACT, EvidenceCheck.check(auditDir, first));

		Files.write(auditDir.resolve(first.path()), "改ざん".getBytes(StandardCharsets.UTF_8));
		assertEquals(EvidenceStatus.CHANGED, EvidenceCheck.check(auditDir, first));
		Files.delete(auditDir.resolve(second.path()));
		assertEquals(EvidenceStatus.MISSING, EvidenceCheck.check(auditDir, second));
	}

	@Test
	void savedResultsSurviveReopening() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		Audit audit = audit("a1").withResult(
				new ItemResult("A.5.1", "", Verdict.CONFORMING, "承認済み", "", null, List.of(), List.of()));
		ws.saveAudit(audit);
		assertEquals(Verdict.CONFORMING, Workspace.open(dir.resolve("ws")).loadAudit("a1").verdictOf("A.5.1"));
	}
}
