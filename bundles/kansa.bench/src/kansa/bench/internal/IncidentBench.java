package kansa.bench.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kansa.cli.command.Args;
import kansa.cli.command.UsageException;
import kansa.core.incident.Incident;
import kansa.incidents.search.IncidentIndex;
import kansa.incidents.search.IncidentQuery;

/**
 * {@code kansa bench incident}: builds an on-disk index of synthetic incidents and times a fixed query set
 * against it and against a plain linear scan of the same incidents, in one run. Prints figures; asserts nothing.
 */
final class IncidentBench {

	static final String HELP = """
			kansa bench incident [--count N]

			検索の性能測定：合成した事例（既定 100,000 件）の索引を作り、決まった検索語で索引検索と線形走査を比べます。
			Search benchmark: indexes N synthetic incidents (default 100000) on disk and times a fixed query set
			against the index and against a linear scan of the same incidents.
			""";

	private static final int WARMUP = 30;
	private static final int RUNS = 60;
	private static final int SCAN_RUNS = 5;

	private final PrintStream out;

	IncidentBench(PrintStream out) {
		this.out = out;
	}

	/** The fixed query set: words as a consultant types them, some with filters. */
	private static List<IncidentQuery> queries() {
		return List.of(words("委託先"), words("クレジットカード"), words("改ざん"), words("誤送信"), words("ランサムウェア 身代金"),
				words("USBメモリ 紛失"), words("京都"), words("委託先 サーバー"), words("公開設定ミス クラウド"),
				words("メールアドレス 流出"), words("SQLインジェクション"), words("元従業員 持ち出し"),
				words("クレジットカード").withMinRecords(10_000L), words("誤送信").withYear(2023),
				words("流出").withCauses(Set.of("不正アクセス・脆弱性")).withDataTypes(Set.of("パスワード")),
				words("").withMappedItem("A.8.8").withCauses(Set.of("設定ミス")));
	}

	private static IncidentQuery words(String text) {
		return new IncidentQuery(text, null, null, null, null, null, null, 10, false);
	}

	int run(Args args) throws Exception {
		args.expectPositionals(0);
		int count;
		try {
			count = Integer.parseInt(args.option("count").orElse("100000").replace(",", ""));
		} catch (NumberFormatException e) {
			throw new UsageException("--count must be a number");
		}
		if (count < 1) {
			throw new UsageException("--count must be at least 1");
		}
		out.printf("ベンチマーク / Benchmark: %,d 件の合成事例 / synthetic incidents, Java %s, %d cores%n", count,
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		long t0 = System.nanoTime();
		List<Incident> incidents = SyntheticIncidents.generate(count, 20261122L);
		out.printf("  生成 / generate       %,8.0f ms%n", ms(t0));
		Path dir = Files.createTempDirectory("kansa-bench-index");
		try {
			long t1 = System.nanoTime();
			try (IncidentIndex index = IncidentIndex.open(dir, incidents)) {
				out.printf("  索引作成 / index build %,8.0f ms  (fingerprint + %,d documents, kuromoji, on disk)%n", ms(t1),
						index.size());
				measure(index, incidents);
			}
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
		return 0;
	}

	private void measure(IncidentIndex index, List<Incident> incidents) throws Exception {
		List<IncidentQuery> queries = queries();
		List<Double> lucene = new ArrayList<>();
		List<Double> facets = new ArrayList<>();
		List<Double> scan = new ArrayList<>();
		out.println();
		out.printf("  %-34s %10s %10s %10s %10s%n", "query", "hits", "scan hits", "index p50", "scan p50");
		for (IncidentQuery q : queries) {
			for (int i = 0; i < WARMUP; i++) {
				index.search(q);
			}
			double[] times = new double[RUNS];
			long hits = 0;
			for (int i = 0; i < RUNS; i++) {
				long t = System.nanoTime();
				hits = index.search(q).totalHits();
				times[i] = ms(t);
				lucene.add(times[i]);
			}
			IncidentQuery withFacets = q.withFacets(true);
			for (int i = 0; i < WARMUP / 3; i++) {
				index.search(withFacets);
			}
			for (int i = 0; i < RUNS / 3; i++) {
				long t = System.nanoTime();
				hits = index.search(withFacets).totalHits();
				facets.add(ms(t));
			}
			double[] scanTimes = new double[SCAN_RUNS];
			long scanHits = 0;
			for (int i = 0; i < SCAN_RUNS; i++) {
				long t = System.nanoTime();
				scanHits = LinearScan.search(incidents, q).size();
				scanTimes[i] = ms(t);
				scan.add(scanTimes[i]);
			}
			out.printf("  %-34s %10d %10d %8.3f ms %8.1f ms%n", label(q), hits, scanHits, percentile(times, 50),
					percentile(scanTimes, 50));
		}
		double[] l = lucene.stream().mapToDouble(Double::doubleValue).toArray();
		double[] f = facets.stream().mapToDouble(Double::doubleValue).toArray();
		double[] s = scan.stream().mapToDouble(Double::doubleValue).toArray();
		out.println();
		out.printf("  索引検索 / index search (top 10)     p50 %7.3f ms   p95 %7.3f ms%n", percentile(l, 50), percentile(l, 95));
		out.printf("  ファセット付き / with facet counts     p50 %7.3f ms   p95 %7.3f ms%n", percentile(f, 50),
				percentile(f, 95));
		out.printf("  線形走査 / linear scan               p50 %7.1f ms   p95 %7.1f ms%n", percentile(s, 50), percentile(s, 95));
		out.printf("  速度比 / speed-up (scan ÷ index)     p50 %6.0f×    p95 %6.0f×%n", percentile(s, 50) / percentile(l, 50),
				percentile(s, 95) / percentile(l, 95));
		out.println("  負荷 / load average: " + loadAverage() + " (other processes share the CPU: tail latencies grow with it)");
	}

	/** The system load during the run (Linux), so the figures can be read in context. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		} catch (java.io.IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static String label(IncidentQuery q) {
		StringBuilder b = new StringBuilder(q.text().isEmpty() ? "*" : q.text());
		q.causes().forEach(c -> b.append(" cause=").append(c));
		q.dataTypes().forEach(c -> b.append(" data=").append(c));
		if (q.year() != null) {
			b.append(" year=").append(q.year());
		}
		if (q.minRecords() != null) {
			b.append(" ≥").append(q.minRecords());
		}
		if (q.mappedItem() != null) {
			b.append(" item=").append(q.mappedItem());
		}
		return b.toString();
	}

	private static double ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
	}
}
