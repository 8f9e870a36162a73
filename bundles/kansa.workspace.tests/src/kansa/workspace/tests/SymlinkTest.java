package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.EvidenceStatus;
import kansa.core.text.Language;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** Links in a workspace: never trusted as evidence, never written through out of the workspace (issue 14, 6). */
class SymlinkTest {

	@TempDir
	Path dir;

	private Workspace ws;
	private Path outside;

	private Evidence attached(String name, String content) throws Exception {
		ws = ws != null ? ws : Workspace.openOrCreate(dir.resolve("ws"));
		if (!ws.hasAudit("a1")) {
			ws.saveAudit(WorkspaceTest.audit("a1"));
		}
		outside = Files.createDirectories(dir.resolve("outside"));
		return ws.addEvidence("a1", name, new ByteArrayInputStream(content.getBytes()), EvidenceKind.RECORD, "", null);
	}

	@Test
	void anEvidenceFileReplacedByALinkToAnIdenticalCopyIsSuspect() throws Exception {
		Evidence e = attached("記録.txt", "原本");
		Path file = ws.auditDirectory("a1").resolve(e.path());
		assertEquals(EvidenceStatus.INTACT, EvidenceCheck.check(ws.auditDirectory("a1"), e));
		Path copy = Files.writeString(outside.resolve("copy.txt"), "原本");
		Files.delete(file);
		Files.createSymbolicLink(file, copy);

		assertEquals(EvidenceStatus.CHANGED, EvidenceCheck.check(ws.auditDirectory("a1"), e), "改ざんの疑い");
		assertEquals("改ざんの疑い", EvidenceStatus.CHANGED.label(Language.JA));
	}

	@Test
	void aLinkInsideTheAuditFolderIsSuspectToo() throws Exception {
		Evidence e = attached("記録.txt", "原本");
		Path file = ws.auditDirectory("a1").resolve(e.path());
		Path moved = Files.move(file, ws.auditDirectory("a1").resolve("elsewhere.txt"));
		Files.createSymbolicLink(file, moved);
		assertEquals(EvidenceStatus.CHANGED, EvidenceCheck.check(ws.auditDirectory("a1"), e));
	}

	@Test
	void aLinkedEvidenceFolderIsSuspectAndRefusedForWrites() throws Exception {
		Evidence e = attached("記録.txt", "原本");
		Path evidence = ws.auditDirectory("a1").resolve("evidence");
		Path elsewhere = Files.move(evidence, outside.resolve("evidence"));
		Files.createSymbolicLink(evidence, elsewhere);

		assertEquals(EvidenceStatus.CHANGED, EvidenceCheck.check(ws.auditDirectory("a1"), e), "read through the link");
		WorkspaceException refused = assertThrows(WorkspaceException.class, () -> attached("新.txt", "x"));
		assertTrue(refused.getMessage().contains("evidence"), refused.getMessage());
		assertEquals(List.of(elsewhere.resolve("記録.txt")), list(elsewhere), "nothing written outside");
	}

	@Test
	void anAuditFolderLinkedOutOfTheWorkspaceIsRefusedForWrites() throws Exception {
		attached("記録.txt", "原本");
		Path audit = ws.auditDirectory("a1");
		Path elsewhere = Files.move(audit, outside.resolve("a1"));
		Files.createSymbolicLink(audit, elsewhere);
		byte[] before = Files.readAllBytes(elsewhere.resolve("audit.json"));

		WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.saveAudit(WorkspaceTest.audit("a1")));
		assertTrue(e.getMessage().contains("out of the workspace"), e.getMessage());
		assertThrows(WorkspaceException.class, () -> attached("新.txt", "x"));
		assertEquals(new String(before), Files.readString(elsewhere.resolve("audit.json")));
	}

	private static List<Path> list(Path d) throws Exception {
		try (Stream<Path> s = Files.list(d)) {
			return s.toList();
		}
	}
}
