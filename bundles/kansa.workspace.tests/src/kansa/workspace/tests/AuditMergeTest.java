package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.testing.Audits;
import kansa.workspace.AuditMerge;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** Saving over a file another writer changed meanwhile: merge per result, never a silent loss. */
class AuditMergeTest {

	@TempDir
	Path dir;

	static Audit audit(int items) {
		return Audits.audit("a1", Audits.numbered("mine", items));
	}

	static Audit set(Audit a, String item, Verdict v, String notes) {
		return a.withResult(new ItemResult(item, "", v, notes, "", null, List.of(), List.of()));
	}

	@Test
	void takesWhatOnlyOneSideChangedAndKeepsMineWhereBothDid() {
		Audit base = set(set(audit(4), "I1", Verdict.CONFORMING, ""), "I4", Verdict.CONFORMING, "");
		Audit mine = set(set(base, "I2", Verdict.OBSERVATION, "mine"), "I3", Verdict.CONFORMING, "mine");
		Audit theirs = set(set(set(base, "I1", Verdict.MINOR_NONCONFORMITY, "theirs"), "I3",
				Verdict.MAJOR_NONCONFORMITY, "theirs"), "I4", Verdict.CONFORMING, "theirs");

		AuditMerge.Result r = AuditMerge.merge(base, mine, theirs);

		assertEquals(Verdict.MINOR_NONCONFORMITY, r.audit().verdictOf("I1"), "only theirs changed I1");
		assertEquals(Verdict.OBSERVATION, r.audit().verdictOf("I2"), "only mine changed I2");
		assertEquals("mine", r.audit().resultsFor("I3").get(0).notes(), "both changed I3: mine");
		assertEquals("theirs", r.audit().resultsFor("I4").get(0).notes());
		assertEquals(List.of("I3"), r.conflicts());
		assertEquals(2, r.taken());
	}

	@Test
	void overviewIsMergedAsOneAndTheSameChangeIsNoConflict() {
		Audit base = audit(2);
		Audit mine = set(base, "I1", Verdict.CONFORMING, "x");
		Audit theirs = set(new Audit(base.id(), "2026年度 内部監査", base.client(), "本社", "", List.of(), null, null, "",
				List.of(), List.of(), AuditStatus.IN_PROGRESS, "", base.checklist(), List.of(), ""), "I1",
				Verdict.CONFORMING, "x");

		AuditMerge.Result r = AuditMerge.merge(base, mine, theirs);

		assertEquals(theirs, r.audit());
		assertEquals(List.of(), r.conflicts());
		Audit mineRetitled = new Audit(base.id(), "私の題名", base.client(), "", "", List.of(), null, null, "", List.of(),
				List.of(), AuditStatus.PLANNED, "", base.checklist(), List.of(), "");
		AuditMerge.Result both = AuditMerge.merge(base, mineRetitled, theirs);
		assertEquals("私の題名", both.audit().title());
		assertEquals(List.of(AuditMerge.OVERVIEW), both.conflicts());
		assertEquals(Verdict.CONFORMING, both.audit().verdictOf("I1"), "their result still taken");
	}

	@Test
	void saveOverAFileChangedByAnotherWriterKeepsTheirChange() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		Audit base = audit(3);
		ws.saveAudit(base);
		// another process (a second Workspace object stands for it) records I2 after the editor read the file
		Workspace.open(dir.resolve("ws")).updateAudit("a1", a -> set(a, "I2", Verdict.OBSERVATION, "CLI"));

		AuditMerge.Result r = ws.saveAudit(base, set(base, "I1", Verdict.CONFORMING, "editor"));

		Audit onDisk = ws.loadAudit("a1");
		assertEquals(r.audit(), onDisk);
		assertEquals(Verdict.CONFORMING, onDisk.verdictOf("I1"));
		assertEquals(Verdict.OBSERVATION, onDisk.verdictOf("I2"));
		assertEquals(1, r.taken());
	}

	@Test
	void changesThatCannotFormOneAuditAreRefusedAndNothingIsWritten() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		Audit base = audit(3);
		ws.saveAudit(base);
		Audit other = new Audit("a1", "", base.client(), "", "", List.of(), null, null, "", List.of(), List.of(),
				AuditStatus.PLANNED, "", audit(1).checklist(), List.of(), "");
		ws.updateAudit("a1", a -> other);
		byte[] before = Files.readAllBytes(ws.auditDirectory("a1").resolve("audit.json"));

		// mine records I3, which the other writer's checklist no longer has
		WorkspaceException e = assertThrows(WorkspaceException.class,
				() -> ws.saveAudit(base, set(base, "I3", Verdict.CONFORMING, "")));

		assertEquals(true, e.getMessage().startsWith("保存できません"), e.getMessage());
		assertEquals(new String(before), Files.readString(ws.auditDirectory("a1").resolve("audit.json")));
	}

	@Test
	void threadsOfOneJvmUpdatingTheSameAuditLoseNothing() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveAudit(audit(100));
		// two Workspace objects, as the workbench and a background job would have
		Workspace other = Workspace.open(dir.resolve("ws"));
		AtomicReference<Throwable> failed = new AtomicReference<>();
		Thread a = new Thread(() -> updates(ws, 1, failed));
		Thread b = new Thread(() -> updates(other, 51, failed));
		a.start();
		b.start();
		a.join();
		b.join();
		assertEquals(null, failed.get());
		assertEquals(100, ws.loadAudit("a1").results().size());
	}

	private static void updates(Workspace ws, int first, AtomicReference<Throwable> failed) {
		try {
			for (int i = first; i < first + 50; i++) {
				String item = "I" + i;
				ws.updateAudit("a1", a -> set(a, item, Verdict.CONFORMING, ""));
			}
		} catch (Exception | AssertionError e) {
			failed.set(e);
		}
	}
}
