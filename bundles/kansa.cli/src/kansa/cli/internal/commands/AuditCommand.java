package kansa.cli.internal.commands;

import java.util.List;

import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;

/** {@code kansa audit <sub-command>}: everything recorded during an audit, for scripting and tests. */
public class AuditCommand implements Command {

	private final List<Command> subCommands = List.of(new AuditNew(), new AuditList(), new AuditShow(), new AuditEdit(),
			new AuditSet(), new AuditEvidence(), new AuditFinding(), new AuditAction(), new AuditStatusChange(), new AuditCompare(),
			new AuditImport());

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return "監査の作成・記録・比較 / create, record and compare audits (kansa audit --help)";
	}

	@Override
	public boolean hasSubCommands() {
		return true;
	}

	@Override
	public String help() {
		StringBuilder b = new StringBuilder("kansa audit <sub-command> [options]   (kansa audit <sub-command> --help)\n\n");
		for (Command c : subCommands) {
			b.append(String.format("  %-9s %s%n", c.name(), c.summary()));
		}
		b.append("\n共通 / common:  --workspace DIR   ワークスペース / workspace folder (default ./kansa-workspace)\n");
		return b.toString();
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		if (raw.isEmpty()) {
			throw new UsageException("サブコマンドを指定してください / missing sub-command (kansa audit --help lists them)");
		}
		Command sub = subCommands.stream().filter(c -> c.name().equals(raw.get(0))).findFirst()
				.orElseThrow(() -> new UsageException("サブコマンド '" + raw.get(0) + "' はありません / unknown sub-command '"
						+ raw.get(0) + "'"));
		List<String> rest = raw.subList(1, raw.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			ctx.out().print(sub.help());
			return 0;
		}
		return sub.run(rest, ctx);
	}
}
