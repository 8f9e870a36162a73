package kansa.cli.internal.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kansa.cli.command.Args;
import kansa.cli.command.UsageException;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;
import kansa.core.text.Labelled;
import kansa.core.text.Language;

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
		return choose(FindingGrade.values(), text, "指摘の区分", "grade");
	}

	static CorrectiveActionStatus actionStatus(String text) throws UsageException {
		return choose(CorrectiveActionStatus.values(), text, "是正処置の状態", "status");
	}

	static AuditStatus auditStatus(String text) throws UsageException {
		return choose(AuditStatus.values(), text, "監査の状態", "audit status");
	}

	static EvidenceKind kind(String text) throws UsageException {
		return choose(EvidenceKind.values(), text, "証跡の種類", "evidence kind");
	}

	/**
	 * A constant typed as its name (any case, '-' for '_') or its Japanese label; the refusal lists the labels and
	 * the names as typed (major-nonconformity).
	 */
	private static <E extends Enum<E> & Labelled> E choose(E[] values, String text, String japanese, String english)
			throws UsageException {
		for (E e : values) {
			if (e.name().equalsIgnoreCase(text.replace('-', '_')) || e.label(Language.JA).equals(text)) {
				return e;
			}
		}
		throw new UsageException(japanese + " '" + text + "' は選択肢にありません（"
				+ Stream.of(values).map(e -> e.label(Language.JA)).collect(Collectors.joining(Language.JA.listSeparator()))
				+ "） / unknown " + english + " '" + text + "' (" + Stream.of(values)
						.map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
				+ ")");
	}
}
