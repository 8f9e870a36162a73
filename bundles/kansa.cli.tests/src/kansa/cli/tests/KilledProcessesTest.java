package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.checklist.ChecklistItem;
import kansa.workspace.Workspace;

/**
 * `kansa` killed (SIGKILL, as kill -9) while it saves and copies evidence in, a few times over: the next open leaves
 * no temporary file, the audit still reads, and every file in evidence/ is either recorded or listed by
 * {@code audit show} (issue 14, point 4).
 */
class KilledProcessesTest extends KansaCli {

	private static final int ROUNDS = 4;

	@Test
	void killedWritersLeaveNoTemporaryFilesAndNoUnreportedEvidence() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "k1"),
				err());
		Path ws = dir.resolve("kansa-workspace");
		List<String> items = Workspace.open(ws).loadAudit("k1").checklist().items().map(ChecklistItem::id).limit(20)
				.toList();
		// large enough that a kill often lands during a copy
		byte[] big = new byte[8 << 20];
		new Random(14).nextBytes(big);
		Files.write(dir.resolve("証跡.bin"), big);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			lines.add("audit\tevidence\tk1\t" + items.get(i % items.size()) + "\t証跡.bin");
			lines.add("audit\tset\tk1\t" + items.get(i % items.size()) + "\t--verdict\t適合\t--notes\t" + i);
		}
		Path commands = dir.resolve("k.commands");
		Files.write(commands, lines, StandardCharsets.UTF_8);
		Random delays = new Random(1414);
		int removed = 0;
		for (int round = 0; round < ROUNDS; round++) {
			Files.deleteIfExists(Path.of(commands + ".ready"));
			Files.deleteIfExists(Path.of(commands + ".out"));
			Process p = KansaProcess.start(dir, List.of(commands)).get(0);
			// killed at some point after its first command finished, never before it began
			Path out = Path.of(commands + ".out");
			while (p.isAlive() && Files.size(out) == 0) {
				Thread.sleep(5);
			}
			Thread.sleep(delays.nextInt(1500));
			p.destroyForcibly();
			assertTrue(p.waitFor(1, TimeUnit.MINUTES));

			Workspace reopened = Workspace.open(ws);
			removed += reopened.removedTemporaryFiles().size();
			try (Stream<Path> files = Files.walk(ws)) {
				assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
						"round " + round);
			}
			Audit audit = reopened.loadAudit("k1");
			Set<String> recorded = new HashSet<>();
			audit.evidence().forEach(e -> recorded.add(e.evidence().path()));
			List<String> unrecorded = reopened.unrecordedEvidence("k1");
			assertEquals(0, kansa("audit", "show", "k1"), err());
			for (String f : unrecorded) {
				assertTrue(out().contains("  " + f + "\n"), f + " listed by audit show:\n" + out());
			}
			try (Stream<Path> files = Files.list(reopened.auditDirectory("k1").resolve("evidence"))) {
				for (Path f : files.toList()) {
					String rel = "evidence/" + f.getFileName();
					assertTrue(recorded.contains(rel) || unrecorded.contains(rel), rel + " recorded or reported");
				}
			}
		}
		System.out.println("KilledProcessesTest: " + ROUNDS + " kills, " + removed + " temporary files removed on open");
	}
}
