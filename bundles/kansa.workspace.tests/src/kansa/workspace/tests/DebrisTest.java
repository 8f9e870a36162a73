package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.workspace.Workspace;

/** What a crash or kill leaves in a workspace: temporary files removed on open, unrecorded evidence reported. */
class DebrisTest {

	@TempDir
	Path dir;

	private Workspace workspace() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveAudit(WorkspaceTest.audit("a1"));
		return ws;
	}

	@Test
	void temporaryFilesOfInterruptedWritesAreRemovedOnOpenAndNothingElse() throws Exception {
		Workspace ws = workspace();
		Path root = ws.root();
		// as a kill during a save, a checklist version and an evidence copy leaves them
		List<Path> debris = List.of(root.resolve("audits/a1/.audit.json.4471035529981235.tmp"),
				root.resolve("audits/a1/evidence/.incoming.883912004.tmp"),
				root.resolve("checklists/.mine.json.12.tmp"), root.resolve("checklists/mine/.1.json.77.tmp"));
		List<Path> users = List.of(root.resolve("audits/a1/evidence/議事録.tmp"), root.resolve("audits/a1/evidence/.tmp"),
				root.resolve("notes.1.tmp"));
		for (Path p : debris) {
			Files.createDirectories(p.getParent());
			Files.writeString(p, "{\"schemaVersion\":1,\"id\":\"a1\",\"ti");
		}
		for (Path p : users) {
			Files.writeString(p, "user's");
		}

		Workspace reopened = Workspace.open(root);

		assertEquals(new TreeSet<>(debris), new TreeSet<>(reopened.removedTemporaryFiles()));
		for (Path p : debris) {
			assertFalse(Files.exists(p), p.toString());
		}
		for (Path p : users) {
			assertTrue(Files.exists(p), "not Kansa's: kept " + p);
		}
		assertEquals(WorkspaceTest.audit("a1"), reopened.loadAudit("a1"));
	}

	@Test
	void aTemporaryFileAnotherProcessIsWritingIsKeptUntilThatProcessDies() throws Exception {
		Path root = workspace().root();
		Path live = root.resolve("audits/a1/evidence/.incoming.5551212.tmp");
		Files.createDirectories(live.getParent());
		Files.writeString(live, "being copied");
		Path locker = dir.resolve("Locker.java");
		Files.writeString(locker, """
				import java.nio.channels.FileChannel;
				import java.nio.file.*;
				public class Locker {
					public static void main(String[] a) throws Exception {
						FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE);
						ch.lock();
						System.out.println("locked");
						System.in.read();
					}
				}
				""");
		String jvm = ProcessHandle.current().info().command().orElseThrow();
		Process writer = new ProcessBuilder(jvm, locker.toString(), live.toString()).redirectErrorStream(true).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("locked", out.readLine());

			assertEquals(List.of(), Workspace.open(root).removedTemporaryFiles());
			assertTrue(Files.exists(live), "a file still being written is left alone");
		} finally {
			writer.destroyForcibly(); // as a kill -9 would
			writer.waitFor(1, TimeUnit.MINUTES);
		}
		assertEquals(List.of(live), Workspace.open(root).removedTemporaryFiles());
		assertFalse(Files.exists(live));
	}

	@Test
	void evidenceFilesTheAuditDoesNotRecordAreListed() throws Exception {
		Workspace ws = workspace();
		Evidence e = ws.addEvidence("a1", "記録.pdf", new java.io.ByteArrayInputStream(new byte[] { 1 }),
				EvidenceKind.RECORD, "", null);
		ws.updateAudit("a1", a -> a.withResult(new ItemResult("A.5.1", "", Verdict.CONFORMING, "", "", null,
				List.of(e), List.of())));
		Evidence copiedBeforeACrash = ws.addEvidence("a1", "写真.jpg", new java.io.ByteArrayInputStream(new byte[] { 2 }),
				EvidenceKind.PHOTO, "", null);
		Files.writeString(ws.auditDirectory("a1").resolve("evidence/手で置いた.txt"), "x");

		assertEquals(List.of(copiedBeforeACrash.path(), "evidence/手で置いた.txt"), ws.unrecordedEvidence("a1"));
		Set<String> none = Set.copyOf(Workspace.open(ws.root()).unrecordedEvidence("a1"));
		assertFalse(none.contains(e.path()));
	}
}
