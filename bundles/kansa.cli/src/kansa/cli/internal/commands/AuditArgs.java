package kansa.cli.internal.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import kansa.cli.command.Args;
import kansa.cli.command.UsageException;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;

/** Parsing shared by the audit sub-commands; every bad value is a one-line usage error. */
final class AuditArgs {

	private AuditArgs() {
	}

	/** Parses with --workspace always allowed. */
	static Args parse(List<String> raw, Set<String> valueOptions) throws UsageException {
		Set<String> options = new HashSet<>(valueOptions);
		options.add("workspace");
		return Args.parse(raw, options, Set.of());
	}

	static LocalDate date(Args args, String name) throws UsageException {
		String value = args.option(name).orElse(null);
		try {
			return value == null ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException("--" + name + ": '" + value + "' は日付ではありません（yyyy-mm-dd） / is not a date"
					+ " (yyyy-mm-dd)");
		}
	}

	static Verdict verdict(String text) throws UsageException {
		try {
			return Verdict.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException("判定 '" + text + "' は選択肢にありません / " + e.getMessage());
		}
	}

	static FindingGrade grade(String text) throws UsageException {
		return choose(FindingGrade.values(), text, g -> g.label(null),
				"指摘の区分 '" + text + "' は選択肢にありません（重大な不適合、軽微な不適合、観察事項、改善の機会） / unknown grade '"
						+ text + "' (major-nonconformity, minor-nonconformity, observation, opportunity-for-improvement)");
	}

	static CorrectiveActionStatus actionStatus(String text) throws UsageException {
		return choose(CorrectiveActionStatus.values(), text, s -> s.label(null),
				"是正処置の状態 '" + text + "' は選択肢にありません（未回答、回答受領、有効性確認済、完了） / unknown status '" + text
						+ "' (open, response-received, verified, closed)");
	}

	static AuditStatus auditStatus(String text) throws UsageException {
		return choose(AuditStatus.values(), text, s -> s.label(null),
				"監査の状態 '" + text + "' は選択肢にありません（計画、実施中、報告済、完了） / unknown audit status '" + text
						+ "' (planned, in-progress, reported, closed)");
	}

	static EvidenceKind kind(String text) throws UsageException {
		return choose(EvidenceKind.values(), text, k -> k.label(null),
				"証跡の種類 '" + text + "' は選択肢にありません（文書、記録、写真、画面、その他） / unknown evidence kind '" + text
						+ "' (document, record, photo, screenshot, other)");
	}

	/** A constant typed as its name (any case, '-' for '_') or its Japanese label. */
	private static <E extends Enum<E>> E choose(E[] values, String text, Function<E, String> japanese, String problem)
			throws UsageException {
		for (E e : values) {
			if (e.name().equalsIgnoreCase(text.replace('-', '_')) || japanese.apply(e).equals(text)) {
				return e;
			}
		}
		throw new UsageException(problem);
	}
}
