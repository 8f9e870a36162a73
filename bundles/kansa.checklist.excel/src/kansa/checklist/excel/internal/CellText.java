package kansa.checklist.excel.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.RequirementRef;
import kansa.core.text.LocalizedText;

/**
 * How list-valued fields sit in one cell, in both directions: one question, reference or exclusion per line.
 * Shared by the importer and the exporter so that what is written is read back the same.
 */
public final class CellText {

	public static final String EVERYWHERE = "全体";

	private static final Pattern CLAUSE = Pattern
			.compile("[A-Za-z]{0,2}[.．]?\\d+(?:[.．\\-]\\d+)*[A-Za-z]?|第\\d+条.*|J\\.\\d+.*");

	private CellText() {
	}

	/** Lines of a cell, each stripped; interior blank lines kept so ja/en line up, trailing ones dropped. */
	static List<String> lines(String cell) {
		List<String> out = new ArrayList<>();
		for (String l : cell.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			out.add(l.strip());
		}
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return out;
	}

	static List<LocalizedText> questions(String ja, String en) {
		List<String> j = lines(ja);
		List<String> e = lines(en);
		List<LocalizedText> out = new ArrayList<>();
		for (int k = 0; k < Math.max(j.size(), e.size()); k++) {
			LocalizedText q = LocalizedText.of(k < j.size() ? j.get(k) : "", k < e.size() ? e.get(k) : "");
			if (!q.isEmpty()) {
				out.add(q);
			}
		}
		return out;
	}

	public static String questionsJa(List<LocalizedText> qs) {
		return String.join("\n", qs.stream().map(LocalizedText::ja).toList());
	}

	public static String questionsEn(List<LocalizedText> qs) {
		return qs.stream().allMatch(q -> q.en().isEmpty()) ? ""
				: String.join("\n", qs.stream().map(LocalizedText::en).toList());
	}

	public static String requirements(List<RequirementRef> refs, String checklistStandard) {
		return String.join("\n", refs.stream()
				.map(r -> r.standard().equals(checklistStandard) ? r.clause() : r.standard() + " " + r.clause()).toList());
	}

	static List<RequirementRef> requirements(String cell, String defaultStandard, List<String> knownStandards) {
		List<RequirementRef> out = new ArrayList<>();
		for (String line : lines(cell)) {
			for (String token : line.split("[,、;；]")) {
				String t = Normalizer.normalize(token, Normalizer.Form.NFKC).strip();
				if (!t.isEmpty()) {
					out.add(requirement(t, defaultStandard, knownStandards));
				}
			}
		}
		return out;
	}

	private static RequirementRef requirement(String t, String defaultStandard, List<String> known) {
		for (String s : known) {
			if (t.startsWith(s + " ") && t.length() > s.length() + 1) {
				return new RequirementRef(s, t.substring(s.length() + 1).strip());
			}
		}
		int last = t.lastIndexOf(' ');
		if (last > 0) {
			String standard = t.substring(0, last).strip();
			String clause = t.substring(last + 1);
			if (CLAUSE.matcher(clause).matches() && !CLAUSE.matcher(standard).matches()) {
				return new RequirementRef(standard, clause);
			}
			String first = t.substring(0, t.indexOf(' '));
			if (CLAUSE.matcher(first).matches()) {
				return new RequirementRef(defaultStandard, first); // "A.3.3.1 個人情報の特定": the number is what counts
			}
		}
		return new RequirementRef(defaultStandard, t);
	}

	public static String related(List<ItemRef> refs) {
		return String.join(", ", refs.stream().map(ItemRef::toString).toList());
	}

	/** References; tokens that are not ids are returned in {@code bad}. */
	static List<ItemRef> related(String cell, List<String> bad) {
		List<ItemRef> out = new ArrayList<>();
		for (String token : cell.split("[,、;；\\s]+")) {
			String t = Normalizer.normalize(token, Normalizer.Form.NFKC).strip();
			if (t.isEmpty()) {
				continue;
			}
			try {
				out.add(ItemRef.parse(t));
			} catch (IllegalArgumentException e) {
				bad.add(t);
			}
		}
		return out;
	}

	public static String notApplicable(List<NotApplicable> marks) {
		return String.join("\n", marks.stream()
				.map(m -> (m.scope().isEmpty() ? EVERYWHERE : m.scope()) + ": " + m.reason()).toList());
	}

	static List<NotApplicable> notApplicable(String cell) {
		List<NotApplicable> out = new ArrayList<>();
		for (String line : lines(cell)) {
			if (line.isEmpty()) {
				continue;
			}
			int colon = indexOfColon(line);
			String scope = colon < 0 ? "" : line.substring(0, colon).strip();
			String reason = colon < 0 ? line : line.substring(colon + 1).strip();
			if (scope.equals(EVERYWHERE) || scope.equals("*") || scope.equalsIgnoreCase("all")) {
				scope = "";
			}
			out.add(new NotApplicable(scope, reason));
		}
		return out;
	}

	private static int indexOfColon(String s) {
		int a = s.indexOf(':');
		int b = s.indexOf('：');
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
	}
}
