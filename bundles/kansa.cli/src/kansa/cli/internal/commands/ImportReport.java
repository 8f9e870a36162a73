package kansa.cli.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kansa.checklist.Problem;
import kansa.checklist.excel.ImportResult;
import kansa.checklist.excel.RowAccount;
import kansa.workspace.AtomicFiles;

/**
 * How an import is reported on the terminal: what became of every row, and the problems grouped by kind so that
 * a hundred warnings of three kinds read as three lines; nothing is ever cut without saying how to see it.
 */
final class ImportReport {

	/** Places listed per kind unless every one is asked for. */
	static final int PLACES = 10;

	private ImportReport() {
	}

	static void rows(PrintStream out, ImportResult r) {
		RowAccount a = r.rows();
		out.printf("行の内訳 / rows below the header: %d 項目/items, %d 続き/continued, %d セクション/sections,"
				+ " %d 見出しの繰り返し/repeated headers, %d 読み飛ばし/skipped%n", a.items(), a.continued(), a.sections(),
				a.repeatedHeaders(), a.skipped().size());
		Map<String, List<Integer>> byReason = new LinkedHashMap<>();
		a.skipped().forEach(s -> byReason.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(s.row()));
		byReason.forEach((reason, rows) -> out.println("  読み込まなかった行 / rows not imported: "
				+ rows.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " — " + reason));
	}

	/** Problems other than the skipped rows already listed by {@link #rows}. */
	static List<Problem> besidesRows(ImportResult r) {
		Set<String> reasons = r.rows().skipped().stream().map(RowAccount.Skipped::reason).collect(Collectors.toSet());
		return r.problems().stream()
				.filter(p -> p.severity() != Problem.Severity.INFO || !reasons.contains(p.message())).toList();
	}

	static void problems(PrintStream out, List<Problem> problems, boolean all) {
		if (problems.isEmpty()) {
			return;
		}
		Map<String, List<Problem>> kinds = byKind(problems);
		out.println("確認してください / please check (" + problems.size() + " 件, " + kinds.size() + " 種類 / kinds):");
		for (List<Problem> kind : kinds.values()) {
			Problem first = kind.get(0);
			if (kind.size() == 1) {
				out.println("  " + first);
				continue;
			}
			out.println("  (" + kind.size() + ") " + new Problem(first.severity(), "", first.message()));
			List<String> places = kind.stream().map(Problem::where).filter(w -> !w.isEmpty()).toList();
			if (places.isEmpty()) {
				continue;
			}
			int shown = all ? places.size() : Math.min(PLACES, places.size());
			out.println("    " + String.join(", ", places.subList(0, shown)) + (shown < places.size()
					? " … ほか " + (places.size() - shown) + " 箇所 / " + (places.size() - shown)
							+ " more (--warnings all, --warnings-out FILE)"
					: ""));
		}
	}

	/** Every problem, one per line, grouped by kind, to a file that did not exist before. */
	static void write(Path file, List<Problem> problems) throws IOException {
		StringBuilder b = new StringBuilder();
		byKind(problems).values().forEach(kind -> kind.forEach(p -> b.append(p).append('\n')));
		AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Errors first, then warnings, then information; within each, kinds in the order they first occur. */
	private static Map<String, List<Problem>> byKind(List<Problem> problems) {
		Map<String, List<Problem>> kinds = new LinkedHashMap<>();
		problems.stream().sorted(Comparator.comparing(Problem::severity))
				.forEach(p -> kinds.computeIfAbsent(p.severity() + "\u0000" + p.message(), k -> new ArrayList<>()).add(p));
		return kinds;
	}
}
