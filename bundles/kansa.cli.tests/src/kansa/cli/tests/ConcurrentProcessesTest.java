package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.workspace.Workspace;

/**
 * Two `kansa` processes changing one audit at the same time: every command's change is kept (issue 14, point 1).
 * Each process is a JVM of its own, so the in-JVM lock alone cannot make this pass.
 */
class ConcurrentProcessesTest extends KansaCli {

	private static final int PER_PROCESS = 50;

	private Audit newAudit() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "c1"),
				err());
		return Workspace.open(dir.resolve("kansa-workspace")).loadAudit("c1");
	}

	private Path commands(String name, List<String> lines) throws Exception {
		Path file = dir.resolve(name + ".commands");
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

	private String output(Path commands) throws Exception {
		return Files.readString(Path.of(commands + ".err"));
	}

	@Test
	void twoProcessesSettingDifferentItemsKeepAllVerdicts() throws Exception {
		List<String> items = newAudit().checklist().items().map(ChecklistItem::id).limit(2 * PER_PROCESS).toList();
		assertEquals(2 * PER_PROCESS, items.size());
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		for (int i = 0; i < PER_PROCESS; i++) {
			a.add("audit\tset\tc1\t" + items.get(i) + "\t--verdict\t適合\t--notes\tA" + i);
			b.add("audit\tset\tc1\t" + items.get(PER_PROCESS + i) + "\t--verdict\t観察事項\t--notes\tB" + i);
		}
		Path pa = commands("a", a);
		Path pb = commands("b", b);
		assertEquals(List.of(0, 0), KansaProcess.runConcurrently(dir, List.of(pa, pb)), output(pa) + output(pb));

		Audit after = Workspace.open(dir.resolve("kansa-workspace")).loadAudit("c1");
		for (int i = 0; i < PER_PROCESS; i++) {
			assertEquals(Verdict.CONFORMING, after.verdictOf(items.get(i)), items.get(i));
			assertEquals("A" + i, after.resultsFor(items.get(i)).get(0).notes());
			assertEquals(Verdict.OBSERVATION, after.verdictOf(items.get(PER_PROCESS + i)), items.get(PER_PROCESS + i));
			assertEquals("B" + i, after.resultsFor(items.get(PER_PROCESS + i)).get(0).notes());
		}
		assertEquals(2 * PER_PROCESS, after.results().size());
	}

	@Test
	void twoProcessesAddingEvidenceRecordEveryFile() throws Exception {
		List<String> items = newAudit().checklist().items().map(ChecklistItem::id).limit(2).toList();
		int perProcess = 15;
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		for (int i = 0; i < perProcess; i++) {
			// the same file names from both: each must get a name of its own
			Files.createDirectories(dir.resolve("from-a"));
			Files.createDirectories(dir.resolve("from-b"));
			Files.writeString(dir.resolve("from-a/記録" + i + ".txt"), "A " + i);
			Files.writeString(dir.resolve("from-b/記録" + i + ".txt"), "B " + i);
			a.add("audit\tevidence\tc1\t" + items.get(0) + "\tfrom-a/記録" + i + ".txt");
			b.add("audit\tevidence\tc1\t" + items.get(1) + "\tfrom-b/記録" + i + ".txt");
		}
		Path pa = commands("a", a);
		Path pb = commands("b", b);
		assertEquals(List.of(0, 0), KansaProcess.runConcurrently(dir, List.of(pa, pb)), output(pa) + output(pb));

		Workspace ws = Workspace.open(dir.resolve("kansa-workspace"));
		Audit after = ws.loadAudit("c1");
		Set<String> recorded = new HashSet<>();
		Set<String> contents = new HashSet<>();
		for (ItemResult r : after.results()) {
			for (Evidence e : r.evidence()) {
				assertTrue(recorded.add(e.path()), "recorded twice: " + e.path());
				assertEquals(EvidenceStatus.INTACT, EvidenceCheck.check(ws.auditDirectory("c1"), e), e.path());
				contents.add(Files.readString(ws.auditDirectory("c1").resolve(e.path())));
			}
		}
		assertEquals(2 * perProcess, recorded.size(), recorded.toString());
		assertEquals(2 * perProcess, contents.size(), "every copied file keeps its own content");
		try (Stream<Path> files = Files.list(ws.auditDirectory("c1").resolve("evidence"))) {
			Set<String> onDisk = new HashSet<>();
			files.forEach(f -> onDisk.add("evidence/" + f.getFileName()));
			assertEquals(recorded, onDisk, "every file in evidence/ is recorded");
		}
	}

	/** Two `kansa audit new` with one --id at the same moment: one creates it, the other is told it exists. */
	@Test
	void twoProcessesCreatingOneAuditIdMakeExactlyOne() throws Exception {
		// the processes run without OSGi services, so the catalog's checklist is copied into the workspace first
		assertEquals(0, kansa("checklist", "derive", "iso27001-2022", "--id", "mine"), err());
		for (int round = 0; round < 3; round++) {
			String id = "n" + round;
			Path pa = commands("new-a" + round, List.of(String.join("\t", "audit", "new", "--checklist", "mine", "--client",
					"A社", "--id", id)));
			Path pb = commands("new-b" + round, List.of(String.join("\t", "audit", "new", "--checklist", "mine", "--client",
					"B社", "--id", id)));
			List<Integer> exits = KansaProcess.runConcurrently(dir, List.of(pa, pb));
			String both = output(pa) + output(pb);
			assertEquals(1, exits.stream().filter(e -> e == 0).count(), "one winner: " + exits + " " + both);
			Path loser = exits.get(0) == 0 ? pb : pa;
			assertTrue(output(loser).contains("already exists"), output(loser));
			String winner = exits.get(0) == 0 ? "A社" : "B社";
			assertEquals(winner, Workspace.open(dir.resolve("kansa-workspace")).loadAudit(id).client().name(), both);
		}
	}
}
