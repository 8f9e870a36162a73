package kansa.checklist.excel.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.checklist.Problem;
import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ColumnMapping;
import kansa.checklist.excel.ColumnMapping.Column;
import kansa.checklist.excel.RowAccount;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/**
 * Turns the rows under the header into sections and items. A row is a section heading when it is one wide
 * merged cell, when it has a number and a title but nothing to check, or when its number is the prefix of the
 * next row's number (「1」 before 「1-1」). Nesting follows Excel's row outline when the sheet has one (Kansa's
 * export does), else the numbers. Rows continuing an item in a vertically merged number cell add to that item.
 */
final class SheetInterpreter {

	private static final Pattern HEADING = Pattern
			.compile("([A-Za-z]{0,3}[.．]?\\d+(?:[.．\\-]\\d+)*)[.．)）]?[\\s　]+(.+)", Pattern.DOTALL);
	private static final Set<ColumnField> CONTENT = Set.of(ColumnField.QUESTION, ColumnField.HOW_TO_CHECK,
			ColumnField.EVIDENCE, ColumnField.GUIDANCE, ColumnField.REQUIREMENT, ColumnField.QUESTION_EN,
			ColumnField.HOW_TO_CHECK_EN, ColumnField.EVIDENCE_EN, ColumnField.GUIDANCE_EN);
	private static final Set<ColumnField> BESIDE_HEADING = Set.of(ColumnField.NUMBER, ColumnField.ID,
			ColumnField.TITLE_EN, ColumnField.SECTION);

	private static final class SectionDraft {
		String id;
		String number;
		LocalizedText title;
		final List<ChecklistItem> items = new ArrayList<>();
		final List<SectionDraft> children = new ArrayList<>();

		Section build() {
			return new Section(id, number, title, items, children.stream().map(SectionDraft::build).toList());
		}
	}

	private final RawSheet sheet;
	private final ColumnMapping mapping;
	private final String defaultStandard;
	private final List<String> standards;
	private final List<Problem> problems;
	private final boolean outlined;
	private final boolean detectLanguage;
	private int items;
	private int continued;
	private int headings;
	private int repeatedHeaders;
	private final List<RowAccount.Skipped> skipped = new ArrayList<>();
	/** True while the only section is the one opened for items above any heading. */
	private boolean defaultSection;
	private final Set<String> itemIds = new HashSet<>();
	private final Set<String> sectionIds = new HashSet<>();
	private final List<SectionDraft> roots = new ArrayList<>();
	private final List<SectionDraft> stack = new ArrayList<>();
	private SectionDraft current;
	private String currentGroup = "";
	private RawSheet.Row lastItemRow;

	SheetInterpreter(RawSheet sheet, ColumnMapping mapping, String defaultStandard, List<String> standards,
			List<Problem> problems, boolean detectLanguage) {
		this.detectLanguage = detectLanguage;
		this.sheet = sheet;
		this.mapping = mapping;
		this.defaultStandard = defaultStandard;
		this.standards = standards;
		this.problems = problems;
		this.outlined = sheet.rows().stream().anyMatch(r -> r.outlineLevel() > 0);
	}

	List<Section> sections() {
		List<RawSheet.Row> rows = sheet.rows().stream().filter(r -> r.index() > mapping.headerRow()).toList();
		if (rows.stream().anyMatch(this::repeatsHeader)) {
			titleAboveHeader();
		}
		Set<Integer> below = belowTheTable(rows);
		for (int k = 0; k < rows.size(); k++) {
			RawSheet.Row r = rows.get(k);
			if (below.contains(r.index())) {
				skip(r, "表の終わりより下の別の表（空行のあと）のため読み込みませんでした / below the end of the table (after"
						+ " empty rows, a different block such as a list of dropdown values)");
				continue;
			}
			if (repeatsHeader(r)) {
				repeatedHeaders++;
				continue;
			}
			group(r);
			if (heading(r, k + 1 < rows.size() ? nextNumber(rows, k + 1) : "")) {
				headings++;
			} else {
				item(r);
			}
		}
		if (defaultSection && roots.size() == 1) {
			byNumberPrefix();
		}
		return roots.stream().map(SectionDraft::build).toList();
	}

	RowAccount account() {
		return new RowAccount(items, continued, headings, repeatedHeaders, skipped);
	}

	private void skip(RawSheet.Row r, String reason) {
		skipped.add(new RowAccount.Skipped(r.index() + 1, reason));
		problems.add(Problem.info(CellNames.row(sheet.name(), r.index()), reason));
	}

	/** Sections that print their header again under each title: the first title sits above the first header. */
	private void titleAboveHeader() {
		RawSheet.Row above = sheet.row(mapping.headerRow() - Math.max(1, mapping.headerRows()));
		if (above == null) {
			return;
		}
		List<String> texts = new ArrayList<>();
		for (int k = 0; k < above.width(); k++) {
			if (!above.isBlank(k)) {
				texts.add(above.cell(k).strip());
			}
		}
		if (texts.size() == 1) {
			Matcher m = HEADING.matcher(texts.get(0));
			boolean numbered = m.matches();
			open(numbered ? m.group(1) : "", title(numbered ? m.group(2).strip() : texts.get(0), ""), "", 0);
		}
	}

	/**
	 * Blocks after an empty run of rows that do not look like the table (a list of dropdown values, a legend):
	 * their rows are the end of the table, not items.
	 */
	private Set<Integer> belowTheTable(List<RawSheet.Row> rows) {
		Set<Integer> out = new HashSet<>();
		List<List<RawSheet.Row>> blocks = new ArrayList<>();
		for (RawSheet.Row r : rows) {
			if (blocks.isEmpty() || r.index() - last(blocks).get(last(blocks).size() - 1).index() > 2) {
				blocks.add(new ArrayList<>());
			}
			last(blocks).add(r);
		}
		boolean table = false;
		for (List<RawSheet.Row> block : blocks) {
			long fitting = block.stream().filter(this::looksLikeTable).count();
			if (table && fitting * 2 < block.size()) {
				block.forEach(r -> out.add(r.index()));
			}
			table |= fitting > 0;
		}
		return out;
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

	/** A row with a number, a title or a question, or one wide merged heading. */
	private boolean looksLikeTable(RawSheet.Row r) {
		return !number(r).isEmpty() || !blank(r, ColumnField.TITLE) || !blank(r, ColumnField.QUESTION)
				|| !blank(r, ColumnField.QUESTION_EN) || wideMerge(r) != null;
	}

	/**
	 * A list numbered like 「A.5.1」 or 「ABC-DEF-01」 with no heading rows: the prefix of each number is its
	 * section, as the numbering implies.
	 */
	private void byNumberPrefix() {
		SectionDraft only = roots.get(0);
		if (only.items.size() < 2 || !only.items.stream().allMatch(i -> prefix(i.number()) != null)) {
			return;
		}
		Map<String, SectionDraft> byPrefix = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		for (ChecklistItem i : only.items) {
			String p = prefix(i.number());
			byPrefix.computeIfAbsent(p, k -> {
				SectionDraft d = new SectionDraft();
				d.number = k;
				d.title = LocalizedText.of(k, "");
				d.id = unique(ids, idFrom("", k, "s" + (ids.size() + 1)));
				return d;
			}).items.add(i);
		}
		if (byPrefix.size() < 2) {
			return; // one prefix: the sheet's own section says as much
		}
		roots.clear();
		roots.addAll(byPrefix.values());
		problems.add(Problem.info(sheet.name(), "見出し行がないため、番号の前半（" + String.join(", ", byPrefix.keySet())
				+ "）でセクションに分けました / no heading rows: sections follow the numbers' prefixes"));
	}

	private static final Pattern PREFIXED = Pattern.compile("(.*[^.\\-])[.\\-][^.\\-]+");

	/** 「A.5.1」→「A.5」, 「TG-INFO-01」→「TG-INFO」; null for a number without one. */
	private static String prefix(String number) {
		Matcher m = PREFIXED.matcher(normalize(number));
		return m.matches() ? m.group(1) : null;
	}

	// --- cells --------------------------------------------------------------------------------------------

	private String text(RawSheet.Row r, ColumnField f) {
		return mapping.column(f).map(c -> r.cell(c.index())).orElse("");
	}

	private boolean blank(RawSheet.Row r, ColumnField f) {
		return text(r, f).isBlank();
	}

	/**
	 * The item's number: its column, or, in a sheet without one (a Statement of Applicability), the clause in
	 * the requirement column.
	 */
	private String number(RawSheet.Row r) {
		if (mapping.has(ColumnField.NUMBER) || !mapping.has(ColumnField.REQUIREMENT)) {
			return text(r, ColumnField.NUMBER).strip();
		}
		String req = normalize(text(r, ColumnField.REQUIREMENT));
		return HeaderDetector.NUMBER.matcher(req).matches() ? req : "";
	}

	private LocalizedText title(String ja, String en) {
		return detectLanguage ? Language.text(ja, en) : LocalizedText.of(ja, en);
	}

	private String where(RawSheet.Row r, ColumnField f) {
		int col = mapping.column(f).map(Column::index).orElse(0);
		return CellNames.cell(sheet.name(), r.index(), col);
	}

	/** Printed sheets repeat their header on every page. */
	private boolean repeatsHeader(RawSheet.Row r) {
		long same = mapping.columns().values().stream().filter(c -> !c.header().isEmpty()
				&& r.cell(c.index()).strip().equals(c.header())).count();
		return same >= 2;
	}

	private String nextNumber(List<RawSheet.Row> rows, int from) {
		for (int k = from; k < rows.size(); k++) {
			if (!number(rows.get(k)).isEmpty()) {
				return normalize(number(rows.get(k)));
			}
		}
		return "";
	}

	private static String normalize(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
	}

	// --- sections -----------------------------------------------------------------------------------------

	/** A 区分 column: each new value opens a top-level section. */
	private void group(RawSheet.Row r) {
		if (!mapping.has(ColumnField.SECTION) || blank(r, ColumnField.SECTION)) {
			return;
		}
		String g = text(r, ColumnField.SECTION).strip();
		if (!g.equals(currentGroup)) {
			currentGroup = g;
			open("", title(g, ""), "", 0);
		}
	}

	private boolean heading(RawSheet.Row r, String nextNumber) {
		String number = number(r);
		RawSheet.Merge wide = wideMerge(r);
		String title;
		if (wide != null) {
			if (mapping.column(ColumnField.NUMBER).map(c -> wide.covers(r.index(), c.index())).orElse(false)) {
				number = ""; // the heading's text sits in the number column: it is not a number by itself
			}
			title = sheet.shown(r.index(), wide.firstColumn()).strip();
			Matcher m = HEADING.matcher(title);
			// Kansa's own layout (with an ID column) keeps the number in its column: never split the title there
			if (number.isEmpty() && !mapping.has(ColumnField.ID) && m.matches()) {
				number = m.group(1).strip();
				title = m.group(2).strip();
			}
		} else if (mapping.has(ColumnField.ID)) {
			return false; // Kansa's own layout marks every heading as a merged row; no guessing
		} else if (onlyTitle(r) && (number.isEmpty() || outranks(normalize(number), nextNumber))) {
			// a numbered row with a title and no question yet is an item unless its number heads the next ones
			title = text(r, ColumnField.TITLE).strip();
		} else if (numberPrefix(r, normalize(number), nextNumber)) {
			title = (blank(r, ColumnField.TITLE) ? text(r, ColumnField.QUESTION) : text(r, ColumnField.TITLE)).strip();
		} else {
			return false;
		}
		int depth = outlined ? r.outlineLevel() : depthByNumber(normalize(number));
		SectionDraft s = open(number, title(title, text(r, ColumnField.TITLE_EN)), text(r, ColumnField.ID), depth);
		if (title.isEmpty() && s.title.isEmpty()) {
			problems.add(Problem.warning(CellNames.row(sheet.name(), r.index()), "見出しの文字がありません / empty heading"));
		}
		return true;
	}

	/** A merged range across two or more columns holding everything the row says. */
	private RawSheet.Merge wideMerge(RawSheet.Row r) {
		for (int col = 0; col < r.width(); col++) {
			RawSheet.Merge m = sheet.mergeAt(r.index(), col);
			if (m != null && m.isWide() && m.firstRow() == r.index()) {
				for (Column c : mapping.columns().values()) {
					boolean inside = c.index() >= m.firstColumn() && c.index() <= m.lastColumn();
					if (!inside && !BESIDE_HEADING.contains(c.field()) && !r.isBlank(c.index())) {
						return null;
					}
				}
				return m;
			}
		}
		return null;
	}

	private boolean onlyTitle(RawSheet.Row r) {
		return mapping.has(ColumnField.TITLE) && !blank(r, ColumnField.TITLE)
				&& CONTENT.stream().allMatch(f -> blank(r, f));
	}

	private boolean numberPrefix(RawSheet.Row r, String number, String nextNumber) {
		if (number.isEmpty() || nextNumber.isEmpty() || !(nextNumber.startsWith(number + ".")
				|| nextNumber.startsWith(number + "-") || nextNumber.startsWith(number + "－"))) {
			return false;
		}
		return blank(r, ColumnField.HOW_TO_CHECK) && blank(r, ColumnField.EVIDENCE) && blank(r, ColumnField.GUIDANCE)
				&& (blank(r, ColumnField.TITLE) || blank(r, ColumnField.QUESTION));
	}

	/**
	 * 「第1章」 before 「(1)」: a number of another shape and no deeper than the next is a heading's; 「1.2」 before
	 * 「2」 or 「TG-INFO-02」 before 「TG-INFO-03」 are items' numbers.
	 */
	private static boolean outranks(String number, String next) {
		return !next.isEmpty() && !shape(number).equals(shape(next)) && segments(number) <= segments(next);
	}

	private static String shape(String number) {
		return number.replaceAll("\\d+", "9");
	}

	private static int segments(String number) {
		return number.split("[.．\\-－]").length;
	}

	private int depthByNumber(String number) {
		if (number.isEmpty()) {
			return 0;
		}
		for (int d = stack.size() - 1; d >= 0; d--) {
			String parent = normalize(stack.get(d).number);
			if (!parent.isEmpty() && (number.startsWith(parent + ".") || number.startsWith(parent + "-"))) {
				return d + 1;
			}
		}
		return 0;
	}

	private SectionDraft open(String number, LocalizedText title, String wantedId, int depth) {
		SectionDraft s = new SectionDraft();
		s.number = number;
		s.title = title;
		s.id = unique(sectionIds, idFrom(wantedId, number, "s" + (sectionIds.size() + 1)));
		defaultSection = false;
		int d = Math.max(0, Math.min(depth, stack.size()));
		while (stack.size() > d) {
			stack.remove(stack.size() - 1);
		}
		if (d == 0) {
			roots.add(s);
		} else {
			stack.get(d - 1).children.add(s);
		}
		stack.add(s);
		current = s;
		lastItemRow = null;
		return s;
	}

	// --- items --------------------------------------------------------------------------------------------

	private void item(RawSheet.Row r) {
		if (continues(r)) {
			return;
		}
		boolean content = mapping.columns().values().stream().anyMatch(c -> !c.field().isExtra()
				&& c.field() != ColumnField.SECTION && c.field() != ColumnField.IGNORE && !r.isBlank(c.index()));
		if (!content) {
			skip(r, "確認項目のない行を読み飛ばしました / skipped a row with nothing to check");
			return;
		}
		if (current == null) {
			open("", title(sheet.name(), ""), "general", 0);
			defaultSection = true;
		}
		current.items.add(build(r));
		items++;
		lastItemRow = r;
	}

	/** A row under a vertically merged number (or title) cell adds questions to the item above. */
	private boolean continues(RawSheet.Row r) {
		ColumnField key = mapping.has(ColumnField.NUMBER) ? ColumnField.NUMBER : ColumnField.TITLE;
		if (lastItemRow == null || !mapping.has(key) || !blank(r, key)) {
			return false;
		}
		RawSheet.Merge m = sheet.mergeAt(r.index(), mapping.column(key).orElseThrow().index());
		if (m == null || m.firstRow() != lastItemRow.index()) {
			return false;
		}
		ChecklistItem prev = current.items.remove(current.items.size() - 1);
		continued++;
		List<LocalizedText> qs = new ArrayList<>(prev.questions());
		qs.addAll(questions(r));
		current.items.add(new ChecklistItem(prev.id(), prev.number(), prev.title(), prev.requirements(), qs,
				join(prev.howToCheck(), text(r, ColumnField.HOW_TO_CHECK), text(r, ColumnField.HOW_TO_CHECK_EN)),
				join(prev.expectedEvidence(), text(r, ColumnField.EVIDENCE), text(r, ColumnField.EVIDENCE_EN)),
				join(prev.guidance(), text(r, ColumnField.GUIDANCE), text(r, ColumnField.GUIDANCE_EN)), prev.extras(),
				prev.related(), prev.notApplicable()));
		return true;
	}

	private LocalizedText join(LocalizedText t, String ja, String en) {
		if (detectLanguage && en.isBlank() && Language.foreign(ja)) {
			return join(t, "", ja);
		}
		return LocalizedText.of(ja.isBlank() ? t.ja() : (t.ja() + "\n" + ja.strip()).strip(),
				en.isBlank() ? t.en() : (t.en() + "\n" + en.strip()).strip());
	}

	private List<LocalizedText> questions(RawSheet.Row r) {
		String ja = text(r, ColumnField.QUESTION);
		String en = text(r, ColumnField.QUESTION_EN);
		return detectLanguage ? Language.questions(ja, en) : CellText.questions(ja, en);
	}

	private ChecklistItem build(RawSheet.Row r) {
		String number = number(r);
		String id = idFrom(text(r, ColumnField.ID), number, "item-" + (itemIds.size() + 1));
		String unique = unique(itemIds, id);
		if (!unique.equals(id)) {
			problems.add(Problem.warning(where(r, ColumnField.NUMBER), "番号 " + (number.isEmpty() ? id : number)
					+ " が重複しています。ID " + unique + " として読み込みました / duplicate number, read as " + unique));
		}
		List<LocalizedText> questions = questions(r);
		String titleJa = text(r, ColumnField.TITLE).strip();
		String titleEn = text(r, ColumnField.TITLE_EN).strip();
		if (titleJa.isEmpty() && titleEn.isEmpty()) {
			// the first question names the item, in the language it is written in
			titleJa = questions.isEmpty() ? (number.isEmpty() ? "（無題）" : number) : shorten(questions.get(0).ja());
			titleEn = questions.isEmpty() ? "" : shorten(questions.get(0).en());
		}
		List<String> bad = new ArrayList<>();
		List<ItemRef> related = CellText.related(text(r, ColumnField.RELATED), bad);
		for (String b : bad) {
			problems.add(Problem.warning(where(r, ColumnField.RELATED), "関連項目「" + b + "」は項目 ID ではないため無視しました"
					+ " / not an item id, ignored"));
		}
		Map<String, String> extras = new LinkedHashMap<>();
		for (Column c : mapping.columns().values()) {
			if (c.field().isExtra() && !r.isBlank(c.index())) {
				extras.put(c.header(), r.cell(c.index()).strip());
			}
		}
		return new ChecklistItem(unique, number, title(titleJa, titleEn),
				CellText.requirements(text(r, ColumnField.REQUIREMENT), defaultStandard, standards), questions,
				title(text(r, ColumnField.HOW_TO_CHECK), text(r, ColumnField.HOW_TO_CHECK_EN)),
				title(text(r, ColumnField.EVIDENCE), text(r, ColumnField.EVIDENCE_EN)),
				title(text(r, ColumnField.GUIDANCE), text(r, ColumnField.GUIDANCE_EN)), extras, related,
				notApplicable(r));
	}

	/**
	 * An 「applicable?」 column says yes or no, the reason beside it only counts for a no; a 適用除外 column holds
	 * the reason, or a mark (○, Yes) meaning excluded, and a no word there means applicable.
	 */
	private List<NotApplicable> notApplicable(RawSheet.Row r) {
		String na = text(r, ColumnField.NOT_APPLICABLE).strip();
		if (mapping.has(ColumnField.APPLICABLE)) {
			String applicable = text(r, ColumnField.APPLICABLE).strip();
			if (Language.no(applicable)) {
				return List.of(new NotApplicable("", na));
			}
			if (!applicable.isEmpty() && !Language.yes(applicable)) {
				problems.add(Problem.warning(where(r, ColumnField.APPLICABLE), "「" + applicable
						+ "」ははい／いいえとして読めないため、適用として読み込みました / not a yes/no word: read as applicable"));
			}
			return List.of();
		}
		if (Language.yes(na)) {
			return List.of(new NotApplicable("", ""));
		}
		return Language.no(na) ? List.of() : CellText.notApplicable(na);
	}

	private static String shorten(String s) {
		String first = s.lines().findFirst().orElse("").strip();
		return first.codePointCount(0, first.length()) <= 40 ? first
				: first.substring(0, first.offsetByCodePoints(0, 40)) + "…";
	}

	// --- ids ----------------------------------------------------------------------------------------------

	private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	/** The id column when it holds a valid id, else the number made id-safe, else the fallback. */
	static String idFrom(String wanted, String number, String fallback) {
		String w = normalize(wanted);
		if (VALID_ID.matcher(w).matches()) {
			return w;
		}
		String n = normalize(number).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "")
				.replaceAll("[-.]+$", "");
		return VALID_ID.matcher(n).matches() && !n.contains("..") ? n : fallback;
	}

	private static String unique(Set<String> used, String id) {
		String candidate = id;
		for (int n = 2; !used.add(candidate); n++) {
			candidate = id + "-" + n;
		}
		return candidate;
	}
}
