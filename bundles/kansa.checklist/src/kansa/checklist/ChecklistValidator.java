package kansa.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ChecklistMapping;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.Section;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;

/**
 * Checks a checklist and lists every problem found: duplicate ids, items without a question, cross-references to
 * items that do not exist, and smaller things worth a look. It never throws for a bad checklist.
 */
public final class ChecklistValidator {

	private static final ObjectMapper TREE = new ObjectMapper();

	/** Finds other checklists by id, to check references into them; empty when the id is unknown. */
	private final Function<String, Optional<Checklist>> others;

	/** A validator that cannot look into other checklists: references to them are only noted. */
	public ChecklistValidator() {
		this(id -> Optional.empty());
	}

	public ChecklistValidator(Function<String, Optional<Checklist>> others) {
		this.others = others;
	}

	public List<Problem> validate(Checklist c) {
		List<Problem> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		c.items().forEach(i -> ids.add(i.id()));
		Map<String, String> numbers = new HashMap<>();
		c.items().forEach(i -> checkItem(c, i, ids, numbers, problems));
		c.sections().stream().flatMap(Section::allSections).forEach(s -> {
			if (s.items().isEmpty() && s.sections().isEmpty()) {
				problems.add(Problem.warning(s.id(), "セクションに項目がありません / the section has no items"));
			}
		});
		if (!c.version().matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}") || c.version().contains("..")) {
			problems.add(Problem.error("version", "版「" + c.version()
					+ "」は保存に使えません（文字・数字・. _ - のみ） / the version must be letters, digits, '.', '_', '-'"));
		}
		return problems;
	}

	private void checkItem(Checklist c, ChecklistItem i, Set<String> ids, Map<String, String> numbers,
			List<Problem> problems) {
		if (i.questions().stream().allMatch(q -> q.isEmpty())) {
			problems.add(Problem.error(i.id(), "確認項目（質問）がありません / the item has no question"));
		}
		if (i.howToCheck().isEmpty()) {
			problems.add(Problem.warning(i.id(), "確認方法がありません / no verification method (確認方法)"));
		}
		if (!i.number().isEmpty()) {
			String first = numbers.putIfAbsent(i.number(), i.id());
			if (first != null) {
				problems.add(Problem.warning(i.id(), "番号 " + i.number() + " は項目 " + first
						+ " と重複しています / the number is also used by " + first));
			}
		}
		for (ItemRef r : i.related()) {
			checkRef(c, i, r, ids, problems);
		}
		for (NotApplicable n : i.notApplicable()) {
			if (n.reason().isEmpty()) {
				problems.add(Problem.warning(i.id(), "適用除外「" + (n.scope().isEmpty() ? "全体" : n.scope())
						+ "」に理由がありません / an exclusion without a reason"));
			}
		}
	}

	private void checkRef(Checklist c, ChecklistItem i, ItemRef r, Set<String> ids, List<Problem> problems) {
		if (r.isLocal() || r.checklistId().equals(c.id())) {
			if (!ids.contains(r.itemId())) {
				problems.add(Problem.error(i.id() + " related", "関連項目 " + r + " がこのチェックリストにありません"
						+ " / dangling cross-reference"));
			}
			return;
		}
		Optional<Checklist> other = others.apply(r.checklistId());
		if (other.isEmpty()) {
			problems.add(Problem.warning(i.id() + " related", "関連項目 " + r + " のチェックリスト " + r.checklistId()
					+ " が見つからないため確認できません / the other checklist is not available"));
		} else if (other.get().item(r.itemId()).isEmpty()) {
			problems.add(Problem.error(i.id() + " related", "関連項目 " + r + " が " + r.checklistId()
					+ " にありません / dangling cross-reference"));
		}
	}

	/** Checks that every entry of a mapping table names items that exist on both sides. */
	public List<Problem> validate(ChecklistMapping m) {
		List<Problem> problems = new ArrayList<>();
		Optional<Checklist> from = others.apply(m.from());
		Optional<Checklist> to = others.apply(m.to());
		for (ChecklistMapping.Entry e : m.entries()) {
			if (from.isPresent() && from.get().item(e.fromItem()).isEmpty()) {
				problems.add(Problem.error(m.id() + " " + e.fromItem(), "対応表の項目 " + e.fromItem() + " が " + m.from()
						+ " にありません / dangling mapping entry"));
			}
			for (String t : e.toItems()) {
				if (to.isPresent() && to.get().item(t).isEmpty()) {
					problems.add(Problem.error(m.id() + " " + e.fromItem(), "対応先 " + t + " が " + m.to()
							+ " にありません / dangling mapping entry"));
				}
			}
		}
		if (from.isEmpty() || to.isEmpty()) {
			problems.add(Problem.warning(m.id(), "対応表のチェックリストが見つからないため一部を確認できません"
					+ " / a checklist of the mapping is not available"));
		}
		return problems;
	}

	/**
	 * Validates a checklist file before it is loaded: duplicate ids (which the model refuses to load) are listed
	 * with the rest instead of stopping at the first.
	 */
	public List<Problem> validate(byte[] json, String source) {
		List<Problem> problems = new ArrayList<>();
		try {
			duplicateIds(TREE.readTree(json), problems);
		} catch (java.io.IOException e) {
			// the codec below names the line and column
		}
		try {
			Checklist c = KansaJson.read(json, Checklist.class, source);
			problems.addAll(validate(c));
		} catch (KansaDataException e) {
			if (problems.isEmpty() || !e.problem().contains("duplicate ids")) {
				problems.add(Problem.error(source, e.getMessage()));
			}
		}
		return problems;
	}

	private static void duplicateIds(JsonNode doc, List<Problem> problems) {
		Map<String, Integer> items = new LinkedHashMap<>();
		Map<String, Integer> sections = new LinkedHashMap<>();
		walk(doc.path("sections"), items, sections);
		items.forEach((id, n) -> {
			if (n > 1) {
				problems.add(Problem.error(id, "項目 ID " + id + " が " + n + " 回使われています / duplicate item id"));
			}
		});
		sections.forEach((id, n) -> {
			if (n > 1) {
				problems.add(Problem.error(id, "セクション ID " + id + " が " + n + " 回使われています / duplicate section id"));
			}
		});
	}

	private static void walk(JsonNode sections, Map<String, Integer> items, Map<String, Integer> seen) {
		for (JsonNode s : sections) {
			seen.merge(s.path("id").asText(""), 1, Integer::sum);
			for (JsonNode i : s.path("items")) {
				items.merge(i.path("id").asText(""), 1, Integer::sum);
			}
			walk(s.path("sections"), items, seen);
		}
	}
}
