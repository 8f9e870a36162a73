package kansa.bench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.UsageException;
import kansa.core.audit.Audit;
import kansa.core.report.ReportException;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;

/**
 * {@code kansa bench report}: how long the PDF report takes for synthetic audits of 100, 1,000 and 10,000 items,
 * warm and in process, with the peak heap; beside it, in the same run, how long LibreOffice takes to turn the
 * same audit's Excel evidence sheet into a PDF, which is how consultants make PDFs today. Prints figures; passes
 * or fails nothing.
 */
final class ReportBench {

	static final String HELP = """
			kansa bench report [--items 100,1000,10000] [--runs 3] [--no-libreoffice]

			PDF 報告書の作成時間とヒープ使用量を、合成した監査（項目数を指定）で計測し、同じ監査の Excel 証跡一覧を
			LibreOffice（soffice --headless --convert-to pdf）で PDF にする時間と並べて表示します。
			Times the PDF report (warm, in process; median of the runs) and its peak heap for synthetic audits, and
			LibreOffice converting the same audit's xlsx evidence sheet to PDF. Then times the Excel evidence sheet
			and its peak heap for audits with two evidence files on every item (10,000 items: 20,000 evidence rows).
			Run with KANSA_JAVA_OPTS=-Xmx256m to check the heap bound.
			""";

	/** The evidence sheet's design load: 10,000 item results with 20,000 evidence rows. */
	private static final int EVIDENCE_PER_ITEM = 2;

	private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

	private final PrintStream out;

	ReportBench(PrintStream out) {
		this.out = out;
	}

	int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("items", "runs"), Set.of("no-libreoffice"));
		args.expectPositionals(0);
		List<Integer> sizes = sizes(args.option("items").orElse("100,1000,10000"));
		int runs = count(args.option("runs").orElse("3"));
		ReportGenerator pdf = ctx.generator("pdf");
		ReportGenerator xlsx = ctx.generator("xlsx");
		String soffice = args.flag("no-libreoffice") ? null : findSoffice();
		Runtime rt = Runtime.getRuntime();
		out.printf("Kansa report bench — Java %s, %d cores, max heap %d MB%s%n", System.getProperty("java.version"),
				rt.availableProcessors(), rt.maxMemory() >> 20,
				soffice == null ? ", LibreOffice not measured" : ", LibreOffice " + soffice);
		Path work = Files.createTempDirectory("kansa-bench");
		try {
			// warm-up: classes, JIT and fonts, as for the second report of a session
			for (int i = 0; i < 3; i++) {
				generate(pdf, request(SyntheticAudit.of(Math.min(1_000, sizes.get(0)))), OutputStream.nullOutputStream());
			}
			if (soffice != null) {
				Path small = work.resolve("warm-up.xlsx");
				write(xlsx, request(SyntheticAudit.of(10)), small);
				libreOffice(soffice, small, work); // creates LibreOffice's profile, which a user already has
			}
			out.printf("%n%8s %6s %9s %8s %8s %11s %9s %9s %13s%n", "", "", "", "PDF warm", "", "", "LibreOffice",
					"", "faster");
			out.printf("%8s %6s %9s %8s %8s %11s %9s %9s %13s%n", "items", "pages", "PDF KB", "ms", "CPU ms",
					"peak heap", "ms", "CPU ms", "(wall / CPU)");
			for (int size : sizes) {
				row(size, runs, pdf, xlsx, soffice, work);
			}
			out.printf("%nExcel evidence sheet (証跡一覧), %d evidence files per item%n", EVIDENCE_PER_ITEM);
			out.printf("%8s %9s %9s %8s %8s %11s%n", "items", "evidence", "xlsx KB", "ms", "CPU ms", "peak heap");
			for (int size : sizes) {
				xlsxRow(size, runs, xlsx);
			}
		} finally {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return 0;
	}

	private void row(int size, int runs, ReportGenerator pdf, ReportGenerator xlsx, String soffice, Path work)
			throws Exception {
		ReportRequest request = request(SyntheticAudit.of(size));
		ByteArrayOutputStream first = new ByteArrayOutputStream();
		generate(pdf, request, first); // once untimed for this size; its bytes give the size and pages
		String text = first.toString(StandardCharsets.ISO_8859_1);
		Matcher m = PAGE.matcher(text);
		int pages = 0;
		while (m.find()) {
			pages++;
		}
		long bytes = first.size();
		first = null;
		text = null;
		Sample pdfSample = measure(runs, pdf, request);
		long median = pdfSample.millis();
		long peak = pdfSample.peak();
		String lo = "—";
		String loCpu = "—";
		String ratio = "—";
		if (soffice != null) {
			Path sheet = work.resolve("bench-" + size + ".xlsx");
			write(xlsx, request, sheet);
			long[] loMillis = libreOffice(soffice, sheet, work);
			if (loMillis == null) {
				lo = "failed";
			} else {
				lo = String.valueOf(loMillis[0]);
				loCpu = loMillis[1] < 0 ? "?" : String.valueOf(loMillis[1]);
				ratio = String.format("%.0f× / %s", (double) loMillis[0] / Math.max(1, median),
						loMillis[1] < 0 ? "?" : String.format("%.0f×", (double) loMillis[1] / Math.max(1, pdfSample.cpu())));
			}
		}
		out.printf("%,8d %6d %,9d %8d %8d %8d MB %9s %9s %13s%n", size, pages, bytes >> 10, median, pdfSample.cpu(),
				peak >> 20, lo, loCpu, ratio);
	}

	/** The Excel evidence sheet (証跡一覧) for audits with two evidence files on every item. */
	private void xlsxRow(int size, int runs, ReportGenerator xlsx) throws Exception {
		Audit audit = SyntheticAudit.of(size, EVIDENCE_PER_ITEM);
		ReportRequest request = request(audit);
		CountingStream counted = new CountingStream();
		generate(xlsx, request, counted); // once untimed: warms this size and gives the file size
		Sample sample = measure(runs, xlsx, request);
		out.printf("%,8d %,9d %,9d %8d %8d %8d MB%n", size, audit.evidence().size(), counted.count >> 10, sample.millis(),
				sample.cpu(), sample.peak() >> 20);
	}

	/** Median wall and CPU time of the runs, and the largest heap peak seen. */
	private record Sample(long millis, long cpu, long peak) {
	}

	private static Sample measure(int runs, ReportGenerator generator, ReportRequest request) throws ReportException {
		long[] millis = new long[runs];
		long[] cpu = new long[runs];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long peak = 0;
		for (int r = 0; r < runs; r++) {
			System.gc();
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
					.filter(p -> p.getType() == MemoryType.HEAP).toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			generate(generator, request, OutputStream.nullOutputStream());
			millis[r] = (System.nanoTime() - start) / 1_000_000;
			// CPU time of this thread: what the report costs, whatever else the machine is doing
			cpu[r] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
			// an upper bound: each pool's own peak, added up
			peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		return new Sample(millis[runs / 2], cpu[runs / 2], peak);
	}

	private static final class CountingStream extends OutputStream {
		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}

	private static ReportRequest request(Audit audit) {
		return new ReportRequest(audit, null, Locale.JAPANESE, Map.of("reportDate", "2026-10-20"));
	}

	private static void generate(ReportGenerator g, ReportRequest request, OutputStream out) throws ReportException {
		g.generate(request, out, new NullProgressMonitor());
	}

	private static void write(ReportGenerator g, ReportRequest request, Path file) throws IOException, ReportException {
		try (OutputStream out = Files.newOutputStream(file)) {
			g.generate(request, out, new NullProgressMonitor());
		}
	}

	/**
	 * Wall and CPU time (user + system of LibreOffice and its children, from bash's {@code time}; -1 when unknown)
	 * of one `soffice --headless --convert-to pdf`, start-up included; null when it made no PDF.
	 */
	private static long[] libreOffice(String soffice, Path sheet, Path work) throws IOException, InterruptedException {
		Path pdf = work.resolve(sheet.getFileName().toString().replaceAll("\\.xlsx$", ".pdf"));
		Path times = work.resolve("soffice.time");
		Files.deleteIfExists(pdf);
		Files.deleteIfExists(times);
		ProcessBuilder pb = new ProcessBuilder("bash", "-c",
				"TIMEFORMAT='%3U %3S'; { time \"$@\" >\"$0\" 2>&1 ; } 2>\"$0.time\"",
				work.resolve("soffice").toString(), soffice,
				"-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--headless", "--norestore",
				"--convert-to", "pdf", "--outdir", work.toString(), sheet.toString());
		long start = System.nanoTime();
		Process p = pb.start();
		if (!p.waitFor(30, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			return null;
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long cpu = -1;
		if (Files.isRegularFile(times)) {
			String[] parts = Files.readString(times).strip().split("\\s+");
			if (parts.length == 2) {
				cpu = Math.round((Double.parseDouble(parts[0]) + Double.parseDouble(parts[1])) * 1000);
			}
		}
		return Files.isRegularFile(pdf) ? new long[] { millis, cpu } : null;
	}

	private static String findSoffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			for (String name : new String[] { "soffice", "libreoffice" }) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return p.toString();
				}
			}
		}
		return null;
	}

	private static List<Integer> sizes(String list) throws UsageException {
		List<Integer> sizes = new ArrayList<>();
		for (String s : list.split(",")) {
			sizes.add(count(s.strip().replace("_", "")));
		}
		return sizes;
	}

	private static int count(String s) throws UsageException {
		try {
			int n = Integer.parseInt(s);
			if (n < 1 || n > 100_000) {
				throw new UsageException("expected a number from 1 to 100000: " + s);
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException("not a number: " + s);
		}
	}
}
