package kansa.bench.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;

/**
 * {@code kansa bench report|incident}: the developers' benchmarks, contributed to the command line as a
 * {@link Command} service by this bundle, which the product does not ship (the {@code kansa} script adds it for
 * {@code ./kansa bench}). Prints figures; passes or fails nothing.
 */
@Component(service = Command.class)
public final class BenchCommand implements Command {

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "性能測定（開発者向け）/ benchmarks for developers (report, incident)";
	}

	@Override
	public boolean hasSubCommands() {
		return true;
	}

	@Override
	public String help() {
		return ReportBench.HELP + "\n" + IncidentBench.HELP;
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		if (raw.isEmpty()) {
			throw new UsageException("missing benchmark: report or incident");
		}
		List<String> rest = raw.subList(1, raw.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			ctx.out().print(raw.get(0).equals("incident") ? IncidentBench.HELP : ReportBench.HELP);
			return 0;
		}
		return switch (raw.get(0)) {
			case "report" -> new ReportBench(ctx.out()).run(rest, ctx);
			case "incident" -> new IncidentBench(ctx.out()).run(Args.parse(rest, Set.of("count"), Set.of()));
			default -> throw new UsageException("unknown benchmark '" + raw.get(0) + "' (report or incident)");
		};
	}
}
