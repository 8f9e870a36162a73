package kansa.report.excel.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.osgi.service.component.annotations.Component;

import kansa.core.audit.Verdict;
import kansa.core.report.ResultSheet;
import kansa.core.report.ResultSheetException;
import kansa.core.report.ResultSheetReader;
import kansa.core.text.Language;
import kansa.core.text.LocalizedText;
import kansa.core.text.Message;
import kansa.report.excel.internal.IdentitySheet.Identity;
import kansa.report.excel.internal.ResultRows.Layout;
import kansa.report.excel.internal.ResultRows.Written;

/**
 * Reads back the checklist sheet of an Excel evidence sheet that {@link ExcelReportGenerator} wrote: verdicts by
 * the Japanese or English labels of the drop-down, and notes. Rows are found through the identity sheet by their
 * position, or by their No. and site when the person sorted them. The file is opened read-only and never saved.
 */
@Component(service = ResultSheetReader.class, property = ResultSheetReader.FORMAT + "=" + ExcelResultSheetReader.FORMAT_ID)
public final class ExcelResultSheetReader implements ResultSheetReader {

	/** The format, also published as the service property {@link ResultSheetReader#FORMAT}: consumers select by it. */
	static final String FORMAT_ID = "xlsx";

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public ResultSheet read(Path file) throws ResultSheetException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		ResultFileGuard.check(file);
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			try {
				return read(new XSSFWorkbook(pkg), name);
			} finally {
				pkg.revert();
			}
		} catch (ResultSheetException e) {
			throw e;
		} catch (Exception | OutOfMemoryError e) {
			// the whole workbook is parsed at once; a sheet within the size bounds may still not fit a small heap
			throw failure(name, e);
		}
	}

	private static ResultSheet read(XSSFWorkbook workbook, String name) throws ResultSheetException {
		CellValues values = new CellValues();
		Identity id;
		try {
			id = IdentitySheet.read(workbook, values);
		} catch (IllegalArgumentException e) {
			throw new ResultSheetException(name + ": Kansa の識別情報が壊れています / Kansa's identity sheet is damaged: "
					+ e.getMessage(), e);
		}
		if (id == null) {
			throw new ResultSheetException(name + ": Kansa が書き出した証跡一覧ではありません（識別情報がありません） / not an"
					+ " evidence sheet written by Kansa (it has no identity sheet)");
		}
		if (id.schema() > IdentitySheet.SCHEMA) {
			throw new ResultSheetException(name + ": 新しい版の Kansa で書き出されたシートです / written by a newer Kansa"
					+ " (schema " + id.schema() + ")");
		}
		Layout layout = id.layout();
		Sheet sheet = workbook.getSheet(layout.sheetName());
		if (sheet == null) {
			throw new ResultSheetException(name + ": シート「" + layout.sheetName() + "」がありません / sheet '"
					+ layout.sheetName() + "' is missing");
		}
		checkHeaders(sheet, layout, values, name);
		try {
			return new ResultSheet(id.auditId(), id.checklistId(), id.checklistVersion(),
					rows(sheet, id, values, name));
		} catch (IllegalArgumentException e) {
			throw new ResultSheetException(name + ": Kansa の識別情報が壊れています / Kansa's identity sheet is damaged: "
					+ e.getMessage(), e);
		}
	}

	/** Columns moved or deleted in Excel would make every row wrong: refuse rather than guess. */
	private static void checkHeaders(Sheet sheet, Layout l, CellValues values, String name)
			throws ResultSheetException {
		Row header = sheet.getRow(Table.HEADER_ROW);
		int[] columns = { l.number(), l.site(), l.verdict(), l.notes() };
		String[] titles = { l.numberHeader(), l.siteHeader(), l.verdictHeader(), l.notesHeader() };
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] < 0) {
				continue;
			}
			String found = header == null ? "" : values.text(header.getCell(columns[i])).strip();
			if (!found.equals(titles[i])) {
				throw new ResultSheetException(name + " " + location(sheet, Table.HEADER_ROW, columns[i]) + ": 列「"
						+ titles[i] + "」がありません（列が移動・削除されています） / column '" + titles[i]
						+ "' is not where Kansa wrote it (moved or deleted)");
			}
		}
	}

	private static List<ResultSheet.Row> rows(Sheet sheet, Identity id, CellValues values, String name)
			throws ResultSheetException {
		Layout l = id.layout();
		Map<Integer, Written> byRow = new HashMap<>();
		Map<String, List<Written>> byKey = new HashMap<>();
		for (Written w : id.rows()) {
			byRow.put(w.row(), w);
			byKey.computeIfAbsent(key(w.number(), w.site()), k -> new ArrayList<>()).add(w);
		}
		List<ResultSheet.Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int r = Table.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String number = values.text(row.getCell(l.number())).strip();
			String site = l.site() < 0 ? "" : values.text(row.getCell(l.site())).strip();
			String verdictText = values.text(row.getCell(l.verdict())).strip();
			String notes = values.text(row.getCell(l.notes()));
			Written w = byRow.get(r);
			if (w == null || !w.number().strip().equals(number) || !w.site().strip().equals(site)) {
				if (verdictText.isEmpty() && notes.isBlank()) {
					continue; // a section heading or an empty row
				}
				List<Written> candidates = byKey.getOrDefault(key(number, site), List.of());
				if (candidates.size() != 1) {
					throw new ResultSheetException(name + " " + location(sheet, r, l.number()) + ": "
							+ (r + 1) + " 行目がどの項目か分かりません（No.「" + number + "」） / row " + (r + 1)
							+ ": cannot tell which item it is (No. '" + number + "')");
				}
				w = candidates.get(0);
			}
			if (!seen.add(key(w.itemId(), w.site()))) {
				throw new ResultSheetException(name + " " + location(sheet, r, l.number()) + ": 項目 " + w.number()
						+ " の行が二つあります / row " + (r + 1) + ": item " + w.number() + " appears twice");
			}
			String at = location(sheet, r, l.verdict());
			Verdict verdict = verdict(verdictText, name + " " + at, r);
			rows.add(new ResultSheet.Row(w.itemId(), w.site(), verdict, notes, verdict != w.verdict(),
					!ResultRows.digest(notes).equals(w.notesDigest()), at));
		}
		return rows;
	}

	/** A verdict by its Japanese or English label as the drop-down writes it; a blank cell is 未評価. */
	static Verdict verdict(String text, String where, int row) throws ResultSheetException {
		if (text.isEmpty()) {
			return Verdict.NOT_ASSESSED;
		}
		for (Verdict v : Verdict.values()) {
			if (v.label(Language.JA).equals(text) || v.label(Language.EN).equalsIgnoreCase(text)) {
				return v;
			}
		}
		// the choices as the drop-down offers them, capitalised in English
		throw new ResultSheetException(Message.of(ExcelResultSheetReader.class, "sheet.unknownVerdict", where, row + 1,
				text, LocalizedText.of(labels(Language.JA), labels(Language.EN))));
	}

	private static String labels(Language language) {
		return Stream.of(Verdict.values()).map(v -> v.label(language)).collect(Collectors.joining(", "));
	}

	private static String key(String number, String site) {
		return number.strip() + '\u0000' + site.strip();
	}

	private static String location(Sheet sheet, int row, int column) {
		return sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString();
	}

	/** Whatever POI throws on a damaged or hostile file, as one line. */
	private static ResultSheetException failure(String name, Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String m = String.valueOf(t.getMessage());
			if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")) {
				return new ResultSheetException(name + ": 展開すると異常に大きくなるファイルです（zip bomb の疑い）。読み込みを"
						+ "中止しました / refused as a probable zip bomb", e);
			}
		}
		if (e instanceof OutOfMemoryError) {
			return new ResultSheetException(name + ": メモリが足りず読み込めません / not enough memory to read the file", e);
		}
		return new ResultSheetException(name + ": 壊れているか Excel のブックではないため読み込めません / damaged or not an"
				+ " Excel workbook (" + e.getClass().getSimpleName() + ": "
				+ String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
	}
}
