package kansa.cli.internal.commands;

import java.util.List;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.UsageException;
import kansa.core.incident.Incident;
import kansa.incidents.search.IncidentIndex;
import kansa.incidents.IncidentMapping;
import kansa.incidents.search.IncidentQuery;
import kansa.incidents.search.SearchResult;
import kansa.workspace.Workspace;

/**
 * {@code kansa incident search}: kuromoji full-text search with filters and facet counts. The index lives in the
 * workspace's {@code .index/incidents/}; without a workspace it is built in memory for the one search.
 */
final class IncidentSearch {

	private final CliContext ctx;

	IncidentSearch(CliContext ctx) {
		this.ctx = ctx;
	}

	int run(List<String> raw) throws Exception {
		Args args = Args.parse(raw,
				Set.of("workspace", "cause", "data-type", "industry", "year", "min-records", "item", "limit"), Set.of());
		String text = String.join(" ", args.positionals());
		IncidentQuery q = new IncidentQuery(text, Set.copyOf(args.all("cause")), Set.copyOf(args.all("data-type")),
				Set.copyOf(args.all("industry")), number(args, "year", Integer::valueOf),
				number(args, "min-records", Long::valueOf), args.option("item").orElse(null),
				number(args, "limit", Integer::valueOf) == null ? 10 : number(args, "limit", Integer::valueOf), true);
		if (q.text().isEmpty() && q.causes().isEmpty() && q.dataTypes().isEmpty() && q.industries().isEmpty()
				&& q.year() == null && q.minRecords() == null && q.mappedItem() == null) {
			throw new UsageException("検索語か絞り込み条件を指定してください / missing QUERY (words to search, or at least "
					+ "one filter)");
		}
		Workspace ws = IncidentSources.workspaceIfAny(ctx, args);
		IncidentMapping mapping = IncidentSources.mapping(ctx, ws);
		try (IncidentIndex index = ws == null ? IncidentIndex.inMemory(mapping.incidents())
				: IncidentIndex.open(ws.root().resolve(".index").resolve("incidents"), mapping.incidents())) {
			if (index.rebuilt() && ws != null) {
				ctx.err().printf("  索引を作成しました / index built: %d 件, %d ms%n", index.size(),
						index.buildTime().toMillis());
			}
			long t0 = System.nanoTime();
			SearchResult r = index.search(q);
			double ms = (System.nanoTime() - t0) / 1e6;
			ctx.out().printf("検索 / Search 「%s」: %d 件 / hits%s (%.1f ms)%n", q.text(), r.totalHits(),
					r.totalIsExact() ? "" : "+", ms);
			for (SearchResult.Hit h : r.hits()) {
				ctx.out().printf("  %5.2f  %s%n", h.score(), oneLine(h.incident()));
			}
			r.facets().forEach((dim, counts) -> {
				if (!counts.isEmpty()) {
					StringBuilder b = new StringBuilder("  [" + dim + "] ");
					counts.stream().limit(12).forEach(c -> b.append(c.value()).append(" (").append(c.count()).append(")  "));
					ctx.out().println(b.toString().stripTrailing());
				}
			});
		}
		return 0;
	}

	private static <T> T number(Args args, String name, java.util.function.Function<String, T> parse)
			throws UsageException {
		String v = args.option(name).orElse(null);
		try {
			return v == null ? null : parse.apply(v.replace(",", ""));
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + ": '" + v + "' は数ではありません / '" + v + "' is not a number");
		}
	}

	/** id, year, organisation, cause, records: one line per case. */
	static String oneLine(Incident i) {
		String records = i.recordsAffected() == null ? "件数不明"
				: String.format("%,d%s", i.recordsAffected(), i.recordsUnit());
		return String.format("%-32s %4s  %s  %s  %s", i.id(), i.year() == 0 ? "" : Integer.toString(i.year()),
				i.organization(), i.cause().isEmpty() ? "原因不明" : i.cause(), records);
	}
}
