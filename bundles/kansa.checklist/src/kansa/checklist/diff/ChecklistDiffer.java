package kansa.checklist.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kansa.checklist.diff.ChecklistDiff.FieldChange;
import kansa.checklist.diff.ChecklistDiff.ItemChange;
import kansa.checklist.diff.ChecklistDiff.Kind;
import kansa.checklist.diff.ChecklistDiff.Move;
import kansa.checklist.diff.ChecklistDiff.SectionChange;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/** Computes the {@link ChecklistDiff} between two versions of a checklist. */
public final class ChecklistDiffer {

	private ChecklistDiffer() {
	}

	private record Place(String section, List<String> siblings) {
	}

	public static ChecklistDiff diff(Checklist older, Checklist newer) {
		List<FieldChange> fields = new ArrayList<>();
		Fields.compare("title", older.title(), newer.title(), fields);
		Fields.compare("standard", older.standard(), newer.standard(), fields);
		Fields.compare("edition", older.edition(), newer.edition(), fields);
		Fields.compare("description", older.description(), newer.description(), fields);
		Fields.compare("derivedFrom", older.derivedFrom(), newer.derivedFrom(), fields);
		return new ChecklistDiff(older.reference(), newer.reference(), fields, sections(older, newer),
				items(older, newer));
	}

	private static List<SectionChange> sections(Checklist older, Checklist newer) {
		Map<String, Section> before = new LinkedHashMap<>();
		older.sections().stream().flatMap(Section::allSections).forEach(s -> before.put(s.id(), s));
		Map<String, Section> after = new LinkedHashMap<>();
		newer.sections().stream().flatMap(Section::allSections).forEach(s -> after.put(s.id(), s));
		List<SectionChange> out = new ArrayList<>();
		for (Section s : after.values()) {
			Section b = before.get(s.id());
			if (b == null) {
				out.add(new SectionChange(Kind.ADDED, s.id(), s.label(Locale.JAPANESE), List.of()));
			} else {
				List<FieldChange> f = new ArrayList<>();
				Fields.compare("number", b.number(), s.number(), f);
				Fields.compare("title", b.title(), s.title(), f);
				if (!f.isEmpty()) {
					out.add(new SectionChange(Kind.CHANGED, s.id(), s.label(Locale.JAPANESE), f));
				}
			}
		}
		before.values().stream().filter(s -> !after.containsKey(s.id()))
				.forEach(s -> out.add(new SectionChange(Kind.REMOVED, s.id(), s.label(Locale.JAPANESE), List.of())));
		return out;
	}

	private static List<ItemChange> items(Checklist older, Checklist newer) {
		Map<String, ChecklistItem> before = index(older);
		Map<String, ChecklistItem> after = index(newer);
		Map<String, Place> placeBefore = places(older);
		Map<String, Place> placeAfter = places(newer);
		Set<String> reordered = reordered(placeBefore, placeAfter);
		List<ItemChange> out = new ArrayList<>();
		for (ChecklistItem i : after.values()) {
			ChecklistItem b = before.get(i.id());
			if (b == null) {
				out.add(new ItemChange(Kind.ADDED, i.id(), i.label(Locale.JAPANESE), null, List.of()));
				continue;
			}
			Place pb = placeBefore.get(i.id());
			Place pa = placeAfter.get(i.id());
			Move move = null;
			if (!pb.section().equals(pa.section()) || reordered.contains(i.id())) {
				move = new Move(pb.section(), pb.siblings().indexOf(i.id()) + 1, pa.section(),
						pa.siblings().indexOf(i.id()) + 1);
			}
			List<FieldChange> f = Fields.compare(b, i);
			if (move != null || !f.isEmpty()) {
				out.add(new ItemChange(Kind.CHANGED, i.id(), i.label(Locale.JAPANESE), move, f));
			}
		}
		before.values().stream().filter(i -> !after.containsKey(i.id()))
				.forEach(i -> out.add(new ItemChange(Kind.REMOVED, i.id(), i.label(Locale.JAPANESE), null, List.of())));
		return out;
	}

	private static Map<String, ChecklistItem> index(Checklist c) {
		Map<String, ChecklistItem> m = new LinkedHashMap<>();
		c.items().forEach(i -> m.put(i.id(), i));
		return m;
	}

	private static Map<String, Place> places(Checklist c) {
		Map<String, Place> m = new HashMap<>();
		c.sections().stream().flatMap(Section::allSections).forEach(s -> {
			List<String> ids = s.items().stream().map(ChecklistItem::id).toList();
			ids.forEach(id -> m.put(id, new Place(s.id(), ids)));
		});
		return m;
	}

	/**
	 * Items that stayed in their section but changed order relative to the other items kept there: those outside
	 * the longest common subsequence of the shared items. Inserting or deleting a neighbour moves nothing.
	 */
	private static Set<String> reordered(Map<String, Place> before, Map<String, Place> after) {
		Set<String> moved = new HashSet<>();
		Set<String> doneSections = new HashSet<>();
		for (Map.Entry<String, Place> e : after.entrySet()) {
			Place pa = e.getValue();
			Place pb = before.get(e.getKey());
			if (pb == null || !pb.section().equals(pa.section()) || !doneSections.add(pa.section())) {
				continue;
			}
			List<String> a = pb.siblings().stream()
					.filter(id -> after.containsKey(id) && after.get(id).section().equals(pa.section())).toList();
			List<String> b = pa.siblings().stream().filter(id -> before.containsKey(id)
					&& Objects.equals(before.get(id).section(), pa.section())).toList();
			Set<String> keep = new HashSet<>(lcs(a, b));
			b.stream().filter(id -> !keep.contains(id)).forEach(moved::add);
		}
		return moved;
	}

	static List<String> lcs(List<String> a, List<String> b) {
		int[][] t = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
			}
		}
		List<String> out = new ArrayList<>();
		for (int i = 0, j = 0; i < a.size() && j < b.size();) {
			if (a.get(i).equals(b.get(j))) {
				out.add(a.get(i));
				i++;
				j++;
			} else if (t[i + 1][j] >= t[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		return out;
	}
}
