package kansa.checklist.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import kansa.checklist.diff.ChecklistDiff.FieldChange;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.RequirementRef;
import kansa.core.text.LocalizedText;

/** Field-by-field comparison of items, with field names a reader can follow ({@code questions[2].ja}). */
final class Fields {

	private Fields() {
	}

	static String of(LocalizedText t) {
		return t.en().isEmpty() ? t.ja() : t.ja() + " / " + t.en();
	}

	static void compare(String field, String before, String after, List<FieldChange> out) {
		if (!Objects.equals(before, after)) {
			out.add(new FieldChange(field, before, after));
		}
	}

	static void compare(String field, LocalizedText before, LocalizedText after, List<FieldChange> out) {
		compare(field + ".ja", before.ja(), after.ja(), out);
		compare(field + ".en", before.en(), after.en(), out);
	}

	static List<FieldChange> compare(ChecklistItem b, ChecklistItem a) {
		List<FieldChange> out = new ArrayList<>();
		compare("number", b.number(), a.number(), out);
		compare("title", b.title(), a.title(), out);
		compare("requirements", refs(b.requirements()), refs(a.requirements()), out);
		int n = Math.max(b.questions().size(), a.questions().size());
		for (int k = 0; k < n; k++) {
			LocalizedText qb = k < b.questions().size() ? b.questions().get(k) : LocalizedText.EMPTY;
			LocalizedText qa = k < a.questions().size() ? a.questions().get(k) : LocalizedText.EMPTY;
			compare("questions[" + (k + 1) + "]", qb, qa, out);
		}
		compare("howToCheck", b.howToCheck(), a.howToCheck(), out);
		compare("expectedEvidence", b.expectedEvidence(), a.expectedEvidence(), out);
		compare("guidance", b.guidance(), a.guidance(), out);
		for (String key : new TreeSet<>(union(b.extras(), a.extras()))) {
			compare("extras[" + key + "]", b.extras().getOrDefault(key, ""), a.extras().getOrDefault(key, ""), out);
		}
		compare("related", String.join(", ", b.related().stream().map(ItemRef::toString).toList()),
				String.join(", ", a.related().stream().map(ItemRef::toString).toList()), out);
		compare("notApplicable", exclusions(b.notApplicable()), exclusions(a.notApplicable()), out);
		return out;
	}

	private static java.util.Set<String> union(Map<String, String> x, Map<String, String> y) {
		java.util.Set<String> keys = new java.util.HashSet<>(x.keySet());
		keys.addAll(y.keySet());
		return keys;
	}

	private static String refs(List<RequirementRef> refs) {
		return String.join("; ", refs.stream().map(RequirementRef::toString).toList());
	}

	private static String exclusions(List<NotApplicable> marks) {
		return String.join("; ", marks.stream().map(m -> (m.scope().isEmpty() ? "全体" : m.scope()) + ": " + m.reason())
				.toList());
	}
}
