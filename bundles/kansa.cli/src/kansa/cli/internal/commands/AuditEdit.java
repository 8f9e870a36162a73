package kansa.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kansa.audit.AuditOperations;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;
import kansa.core.audit.AuditOverview;
import kansa.core.audit.Auditee;
import kansa.workspace.Workspace;

/**
 * {@code kansa audit edit AUDIT ...}: changes the report's 監査概要 and 総評 through
 * {@link AuditOperations#editOverview}, the same path as the editor's 概要 page. A repeatable option replaces
 * its whole list, so the command line always says the complete list; {@code --clear-...} empties one.
 */
final class AuditEdit implements Command {

	private static final Set<String> VALUES = Set.of("workspace", "title", "client", "site", "scope", "objective",
			"criteria", "start", "end", "lead", "auditor", "auditee", "summary", "summary-file");
	private static final Set<String> FLAGS = Set.of("clear-sites", "clear-criteria", "clear-auditors",
			"clear-auditees");

	@Override
	public String name() {
		return "edit";
	}

	@Override
	public String summary() {
		return "監査概要・総評を編集 / edit the overview and summary";
	}

	@Override
	public String help() {
		return """
				kansa audit edit AUDIT [options]

				  --title TEXT         監査名 / audit title
				  --client NAME        被監査組織 / client
				  --site SITE          拠点・部門 / site (repeatable; replaces the list)
				  --scope TEXT         監査範囲 / scope
				  --objective TEXT     監査の目的 / objective
				  --criteria TEXT      監査基準 / criteria (repeatable; replaces the list)
				  --start yyyy-mm-dd   開始日 / first day      --end yyyy-mm-dd   終了日 / last day
				  --lead NAME          監査責任者 / lead auditor
				  --auditor NAME       監査員 / team member (repeatable; replaces the team)
				  --auditee "氏名,部署,役割"  被監査者 / person interviewed (repeatable; replaces the list)
				  --summary TEXT | --summary-file FILE   総評 / summary (FILE in UTF-8)
				  --clear-sites --clear-criteria --clear-auditors --clear-auditees   一覧を空にする / empty a list
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, VALUES, FLAGS);
		String auditId = args.positional(0, "audit id");
		args.expectPositionals(1);
		if (args.option("summary").isPresent() && args.option("summary-file").isPresent()) {
			throw new UsageException("--summary と --summary-file はどちらか一方だけ / --summary and --summary-file: give only one");
		}
		Workspace ws = ctx.openWorkspace(args);
		ws.updateAudit(auditId, audit -> AuditOperations.editOverview(audit, edit(args, ctx, audit.overview())));
		ctx.out().println(auditId + ": 監査概要を更新しました / overview updated");
		return 0;
	}

	/** The overview with the options given applied; what was not given stays as it is on disk. */
	private static AuditOverview edit(Args args, CliContext ctx, AuditOverview o) throws UsageException {
		o = o.withTitle(text(args, "title", o.title()));
		o = o.withClientName(text(args, "client", o.clientName()));
		o = o.withSites(list(args, "site", "clear-sites", o.sites()));
		o = o.withScope(args.option("scope").orElse(o.scope()));
		o = o.withObjective(args.option("objective").orElse(o.objective()));
		o = o.withCriteria(list(args, "criteria", "clear-criteria", o.criteria()));
		LocalDate start = AuditArgs.date(args, "start");
		LocalDate end = AuditArgs.date(args, "end");
		o = o.withDates(start != null ? start : o.startDate(), end != null ? end : o.endDate());
		o = o.withLeadAuditor(args.option("lead").orElse(o.leadAuditor()));
		o = o.withTeam(list(args, "auditor", "clear-auditors", o.team()));
		o = o.withAuditees(auditees(args, o.auditees()));
		return o.withSummary(summary(args, ctx, o.summary()));
	}

	/** A value that must not be blank when given. */
	private static String text(Args args, String name, String current) throws UsageException {
		String v = args.option(name).orElse(current);
		if (args.option(name).isPresent() && v.isBlank()) {
			throw new UsageException("--" + name + ": 空にできません / must not be empty");
		}
		return v;
	}

	private static List<String> list(Args args, String name, String clear, List<String> current)
			throws UsageException {
		List<String> given = args.all(name);
		if (args.flag(clear)) {
			if (!given.isEmpty()) {
				throw new UsageException("--" + clear + " と --" + name + " はどちらか一方だけ / --" + clear + " and --" + name
						+ ": give only one");
			}
			return List.of();
		}
		if (given.isEmpty()) {
			return current;
		}
		for (String v : given) {
			if (v.isBlank()) {
				throw new UsageException("--" + name + ": 空にできません / must not be empty");
			}
		}
		return given.stream().map(String::strip).toList();
	}

	private static List<Auditee> auditees(Args args, List<Auditee> current) throws UsageException {
		List<String> given = list(args, "auditee", "clear-auditees", null);
		if (given == null) {
			return current;
		}
		List<Auditee> people = new ArrayList<>();
		for (String v : given) {
			String[] parts = v.split("[,、，]", -1);
			if (parts.length > 3 || parts[0].isBlank()) {
				throw new UsageException("--auditee: '" + v + "' は「氏名,部署,役割」で / expected \"name,department,role\"");
			}
			people.add(new Auditee(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "",
					parts.length > 2 ? parts[2].strip() : ""));
		}
		return people;
	}

	private static String summary(Args args, CliContext ctx, String current) throws UsageException {
		if (args.option("summary").isPresent()) {
			return args.option("summary").get();
		}
		if (args.option("summary-file").isEmpty()) {
			return current;
		}
		Path file = ctx.currentDirectory().resolve(args.option("summary-file").get());
		try {
			return Files.readString(file);
		} catch (CharacterCodingException e) {
			throw new UsageException("--summary-file: " + file + " は UTF-8 ではありません / is not UTF-8 text");
		} catch (IOException e) {
			throw new UsageException("--summary-file: " + file + " を読めません / cannot be read");
		}
	}
}
