package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.workspace.Workspace;

/**
 * Files of one name arriving at the same moment: each keeps its own content under its own name, whoever else
 * writes the evidence folder meanwhile (other threads, another workspace object, a program that takes no Kansa
 * lock, such as a sync tool or a file manager's copy).
 */
class EvidenceNameRaceTest {

	private static final String NAME = "入退室記録.txt";
	private static final int ADDERS = 6;
	private static final int ADDS_EACH = 40;

	@TempDir
	Path dir;

	@Test
	void sameNamedEvidenceFromManyThreadsIsRecordedOnceEachWithItsOwnContent() throws Exception {
		Workspace first = Workspace.openOrCreate(dir.resolve("ws"));
		first.saveAudit(WorkspaceTest.audit("a1"));
		Workspace second = Workspace.open(dir.resolve("ws")); // like the workbench and a job side by side
		Map<String, String> sentHashes = new ConcurrentHashMap<>();
		List<Evidence> added = run(n -> {
			Workspace ws = n % 2 == 0 ? first : second;
			List<Evidence> mine = new ArrayList<>();
			for (int i = 0; i < ADDS_EACH; i++) {
				byte[] content = ("adder " + n + " file " + i).getBytes(StandardCharsets.UTF_8);
				Evidence e = ws.addEvidence("a1", NAME, new ByteArrayInputStream(content), EvidenceKind.DOCUMENT, "",
						null);
				sentHashes.put(e.path(), sha256(content));
				mine.add(e);
			}
			return mine;
		}, ADDERS);

		assertEveryFileHasItsOwnContent(first, added, sentHashes, Map.of());
	}

	/**
	 * A program that creates files without Kansa's lock (but never replaces one) picks the same free names at the
	 * same time: no file of either side may be replaced by the other's.
	 */
	@Test
	void aFileAnotherProgramCreatesMeanwhileIsNeverReplaced() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveAudit(WorkspaceTest.audit("a1"));
		Path evidence = ws.auditDirectory("a1").resolve("evidence");
		Files.createDirectories(evidence);
		Map<String, String> sentHashes = new ConcurrentHashMap<>();
		Map<String, String> othersHashes = new ConcurrentHashMap<>();
		AtomicInteger addersLeft = new AtomicInteger(ADDERS);
		AtomicInteger published = new AtomicInteger();
		List<Evidence> added = run(n -> {
			List<Evidence> mine = new ArrayList<>();
			if (n >= ADDERS) {
				// the other program: the first free name of the same sequence, created only if still free, once
				// after each file Kansa adds (so both look for a free name at the same moments)
				for (int i = 0; addersLeft.get() > 0; i++) {
					int seen = published.get();
					byte[] content = ("other " + n + " file " + i).getBytes(StandardCharsets.UTF_8);
					try {
						Path target = Files.write(firstFreeName(evidence), content, StandardOpenOption.CREATE_NEW);
						othersHashes.put("evidence/" + target.getFileName(), sha256(content));
						while (published.get() == seen && addersLeft.get() > 0) {
							Thread.onSpinWait();
						}
					} catch (FileAlreadyExistsException e) {
						// taken meanwhile: try the next free one
					}
				}
				return mine;
			}
			try {
				for (int i = 0; i < ADDS_EACH; i++) {
					byte[] content = ("adder " + n + " file " + i).getBytes(StandardCharsets.UTF_8);
					Evidence e = ws.addEvidence("a1", NAME, new ByteArrayInputStream(content), EvidenceKind.DOCUMENT,
							"", null);
					sentHashes.put(e.path(), sha256(content));
					mine.add(e);
					published.incrementAndGet();
				}
			} finally {
				addersLeft.decrementAndGet();
			}
			return mine;
		}, ADDERS + 3);

		assertEveryFileHasItsOwnContent(ws, added, sentHashes, othersHashes);
	}

	private static Path firstFreeName(Path evidence) {
		Path candidate = evidence.resolve(NAME);
		for (int n = 2; Files.exists(candidate); n++) {
			candidate = evidence.resolve(NAME.replace(".txt", "-" + n + ".txt"));
		}
		return candidate;
	}

	private static void assertEveryFileHasItsOwnContent(Workspace ws, List<Evidence> added,
			Map<String, String> sentHashes, Map<String, String> othersHashes) throws Exception {
		assertEquals(ADDERS * ADDS_EACH, added.size());
		assertEquals(added.size(), added.stream().map(Evidence::path).distinct().count(), "one name each");
		Map<String, String> expected = new TreeMap<>(othersHashes);
		for (Evidence e : added) {
			assertEquals(sentHashes.get(e.path()), e.sha256(), e.path() + ": the hash of what was sent");
			expected.put(e.path(), e.sha256());
		}
		assertEquals(added.size() + othersHashes.size(), expected.size(), "no name given to both sides");
		Map<String, String> onDisk = new TreeMap<>();
		Path audit = ws.auditDirectory("a1");
		try (Stream<Path> files = Files.list(audit.resolve("evidence"))) {
			for (Path f : files.toList()) {
				onDisk.put("evidence/" + f.getFileName(), sha256(Files.readAllBytes(f)));
			}
		}
		assertEquals(expected, onDisk, "every file survives with its own content, and nothing else is there");
	}

	@FunctionalInterface
	private interface Worker {
		List<Evidence> work(int n) throws Exception;
	}

	/** Runs the workers all at once (released together) and gathers what they added. */
	private static List<Evidence> run(Worker worker, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<Evidence>>> futures = new ArrayList<>();
			for (int n = 0; n < threads; n++) {
				int id = n;
				futures.add(pool.submit(() -> {
					start.await();
					return worker.work(id);
				}));
			}
			start.countDown();
			List<Evidence> all = new ArrayList<>();
			for (Future<List<Evidence>> f : futures) {
				all.addAll(f.get());
			}
			return all;
		} finally {
			pool.shutdownNow();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
