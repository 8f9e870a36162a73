package kansa.checklist.excel.internal;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kansa.checklist.Problem;
import kansa.checklist.excel.ColumnMapping;
import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportLimits;
import kansa.checklist.excel.ImportOptions;
import kansa.checklist.excel.RowAccount;
import kansa.checklist.excel.SheetCandidate;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/** One import run: guard the file, read the sheet, detect the header, interpret the rows, build the checklist. */
public record SheetImport(Checklist checklist, String sheet, ColumnMapping mapping, List<Problem> problems,
		List<SheetCandidate> alternatives, RowAccount rows) {

	private static final int LISTED_FORMULAS = 20;

	public static SheetImport read(Path file, ImportOptions o) throws ImportException {
		String label = file.getFileName().toString();
		FileGuard.Format format = FileGuard.check(file, label, o.limits());
		SheetChoice choice = new SheetChoice(o.sheet(), Metadata.SHEET);
		Workbook wb = format == FileGuard.Format.XLSX ? XlsxReader.read(file, label, choice, o.limits())
				: XlsReader.read(file, label, choice, o.limits());
		if (wb.sheets().isEmpty()) {
			throw new ImportException(label, (o.sheet() == null ? "読み込めるシートがありません / no sheet to import"
					: "シート「" + o.sheet() + "」がありません / no such sheet") + " (シート / sheets: "
					+ String.join(", ", wb.sheetNames()) + ")");
		}
		List<Problem> problems = new ArrayList<>();
		List<SheetCandidate> alternatives = new ArrayList<>();
		RawSheet sheet = choose(wb, o, label, problems, alternatives);
		notes(sheet, problems);
		Metadata meta = Metadata.read(wb.metadata());
		ColumnMapping mapping = HeaderDetector.detect(sheet, o.headerRow(), o.mapping(), label, problems);
		String standard = first(o.standard(), meta.get(Metadata.STANDARD));
		String refStandard = standard.isEmpty() ? "規格未指定" : standard;
		SheetInterpreter interpreter = new SheetInterpreter(sheet, mapping, refStandard, meta.standards(), problems,
				!meta.present());
		List<Section> sections = interpreter.sections();
		if (sections.isEmpty()) {
			throw new ImportException(label + " " + sheet.name(), "見出しの下に項目がありません / no items below the header");
		}
		String stem = stem(label);
		LocalizedText title = o.title() != null && !o.title().isEmpty() ? o.title()
				: meta.present() ? LocalizedText.of(first(meta.get(Metadata.TITLE), stem), meta.get(Metadata.TITLE_EN))
						: Language.text(stem, "");
		try {
			Checklist c = new Checklist(first(o.checklistId(), meta.get(Metadata.ID), idFromName(stem)),
					first(o.version(), meta.get(Metadata.VERSION), "1.0"), title, standard, meta.get(Metadata.EDITION),
					LocalizedText.of(meta.raw(Metadata.DESCRIPTION), meta.raw(Metadata.DESCRIPTION_EN)),
					meta.get(Metadata.DERIVED_FROM),
					first(meta.raw(Metadata.CHANGE_NOTE).strip(), label + " から取り込み / imported from " + label),
					sections);
			return new SheetImport(c, sheet.name(), mapping, problems, alternatives, interpreter.account());
		} catch (IllegalArgumentException e) {
			throw new ImportException(label + " " + sheet.name(), e.getMessage(), e);
		}
	}

	/**
	 * The sheet named, or else the one whose header scores best (said in an info line); the runners-up are
	 * returned as alternatives, and a close runner-up is worth a warning.
	 */
	private static RawSheet choose(Workbook wb, ImportOptions o, String label, List<Problem> problems,
			List<SheetCandidate> alternatives) throws ImportException {
		if (o.sheet() != null && !o.sheet().isBlank() || wb.sheets().size() == 1) {
			return wb.sheets().get(0);
		}
		List<HeaderDetector.Scored> ranked = HeaderDetector.rank(wb.sheets());
		if (ranked.isEmpty()) {
			if (o.mapping() != null || o.headerRow() != null) {
				return wb.sheets().get(0);
			}
			throw new ImportException(label, "どのシートにも見出し行が見つかりません（「確認項目」「チェック内容」「Question」などの列見出し）。"
					+ "--sheet でシートを、--mapping で列を指定してください / no sheet has a recognisable header row; name the"
					+ " sheet with --sheet and the columns with --mapping (シート / sheets: "
					+ String.join(", ", wb.sheets().stream().map(RawSheet::name).toList()) + ")");
		}
		HeaderDetector.Scored best = ranked.get(0);
		for (HeaderDetector.Scored s : ranked.subList(1, ranked.size())) {
			alternatives.add(new SheetCandidate(s.sheet().name(), s.headerRow(), s.fields(), s.dataRows()));
		}
		problems.add(Problem.info(best.sheet().name(), "シート「" + best.sheet().name() + "」を取り込みました（"
				+ wb.sheets().size() + " 枚のうち見出しが最もよく合うシート） / imported the sheet whose header matches best"
				+ " of " + wb.sheets().size()));
		if (!alternatives.isEmpty() && alternatives.get(0).fields() >= best.fields() - 1
				&& alternatives.get(0).dataRows() * 2 >= best.dataRows()) {
			problems.add(Problem.warning(best.sheet().name(), "ほかにも取り込めそうなシートがあります: "
					+ alternatives.get(0).describe() + "。違う場合は --sheet で指定してください / another sheet looks like a"
					+ " checklist too; choose it with --sheet"));
		}
		return best.sheet();
	}

	/** The sheets of a workbook, in order, after the same guards as an import; no sheet is read. */
	public static List<String> sheetNames(Path file, ImportLimits limits) throws ImportException {
		String label = file.getFileName().toString();
		FileGuard.Format format = FileGuard.check(file, label, limits);
		SheetChoice none = SheetChoice.namesOnly(Metadata.SHEET);
		Workbook wb = format == FileGuard.Format.XLSX ? XlsxReader.read(file, label, none, limits)
				: XlsReader.read(file, label, none, limits);
		return List.copyOf(wb.sheetNames());
	}

	/** Formulas read as cached values and columns cut off are reported, never silently changed. */
	private static void notes(RawSheet sheet, List<Problem> problems) {
		List<String> formulas = sheet.formulaCells();
		for (int k = 0; k < Math.min(LISTED_FORMULAS, formulas.size()); k++) {
			String ref = formulas.get(k);
			boolean empty = sheet.formulasWithoutValue().contains(ref);
			problems.add(Problem.warning(sheet.name() + "!" + ref, empty
					? "数式に計算済みの値がないため空欄として読み込みました（Kansa は数式を評価しません。Excel で開いて保存し直すと値が入ります）"
							+ " / formula without a cached value read as empty; formulas are never evaluated"
					: "数式のセルです。計算済みの値を読み込みました（Kansa は数式を評価しません）"
							+ " / formula cell: its cached value was read; formulas are never evaluated"));
		}
		if (formulas.size() > LISTED_FORMULAS) {
			problems.add(Problem.warning(sheet.name(), "ほかに " + (formulas.size() - LISTED_FORMULAS)
					+ " 個の数式セルを計算済みの値で読み込みました / more formula cells read as cached values"));
		}
		if (sheet.ignoredColumnsFrom() >= 0) {
			problems.add(Problem.warning(sheet.name() + "!" + CellNames.column(sheet.ignoredColumnsFrom()),
					CellNames.column(sheet.ignoredColumnsFrom()) + " 列より右は読み込んでいません / columns from here on"
							+ " were not read"));
		}
	}

	private static String first(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return "";
	}

	private static String stem(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** 「委託先チェック 2026.xlsx」→ an id made of its ASCII part, or {@code imported}. */
	static String idFromName(String stem) {
		String n = Normalizer.normalize(stem, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "").replaceAll("[-.]+$", "")
				.replace("..", ".");
		return n.isEmpty() ? "imported" : n.length() > 60 ? n.substring(0, 60) : n;
	}
}
