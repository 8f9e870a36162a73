package kansa.report.excel.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.eclipse.core.runtime.SubMonitor;

import kansa.core.audit.Audit.RecordedEvidence;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceStatus;
import kansa.report.excel.internal.EvidenceIndex.Entry;
import kansa.report.excel.internal.Styles.Style;
import kansa.report.excel.internal.Table.Column;

/**
 * 証跡ファイル一覧: every evidence file with the SHA-256 recorded when it was attached and the result of re-hashing
 * it now (一致 / 改ざんの疑い / 欠落), so a reader can tell whether the files they were given are the ones audited.
 */
final class EvidenceSheet {

	private static final int MIN_FILE_WIDTH = 32;
	/** Excel's widest column, in characters. */
	private static final int MAX_WIDTH = 255;

	private final SheetContext ctx;

	EvidenceSheet(SheetContext ctx) {
		this.ctx = ctx;
	}

	/**
	 * Wide enough for the longest path: LibreOffice draws a linked cell as one unwrapped line, so a narrower column
	 * would cut the name.
	 */
	private int fileColumnWidth() {
		long widest = ctx.evidence().all().stream().mapToLong(e -> RowHeights.halfUnits(e.recorded().evidence().path()))
				.max().orElse(0);
		return (int) Math.min(MAX_WIDTH, Math.max(MIN_FILE_WIDTH, RowHeights.columnWidthFor(widest)));
	}

	void write(Workbook workbook, SubMonitor monitor) {
		Texts t = ctx.texts();
		boolean withSite = ctx.evidence().all().stream().anyMatch(e -> !e.recorded().site().isEmpty());
		List<Column> columns = new ArrayList<>(List.of(
				new Column(t.t("No.", "No."), 6),
				new Column(t.t("ファイル", "File"), fileColumnWidth()),
				new Column(t.t("種別", "Kind"), 8),
				new Column(t.t("説明", "Caption"), 30),
				new Column(t.t("確認項目", "Item"), 34)));
		if (withSite) {
			columns.add(new Column(t.t("拠点", "Site"), 12));
		}
		columns.addAll(List.of(
				new Column(t.t("取得日", "Captured"), 11),
				new Column("SHA-256", 34),
				new Column(t.t("バイト数", "Bytes"), 11),
				new Column(t.t("状態", "Status"), 13)));
		boolean withPictures = ctx.request().auditDirectory() != null
				&& ctx.evidence().all().stream().anyMatch(e -> Thumbnails.isImage(e.recorded().evidence()));
		if (withPictures) {
			columns.add(new Column(t.t("写真", "Picture"), 24));
		}
		Thumbnails thumbnails = new Thumbnails(workbook, ctx.request().auditDirectory());
		Sheet sheet = workbook.createSheet(SheetNames.evidence(t));
		Cells cells = ctx.cells();
		Table.header(sheet, columns, cells);
		List<Entry> entries = ctx.evidence().all();
		monitor.setWorkRemaining(entries.size());
		int r = Table.FIRST_DATA_ROW;
		for (Entry e : entries) {
			monitor.split(1);
			RecordedEvidence re = e.recorded();
			Evidence ev = re.evidence();
			Row row = sheet.createRow(r);
			int c = 0;
			cells.integer(row, c++, r++ - Table.FIRST_DATA_ROW + 1, Style.CENTER);
			Cell file = cells.text(row, c++, ev.path(), e.status() == EvidenceStatus.MISSING ? Style.TEXT : Style.LINK);
			if (e.status() != EvidenceStatus.MISSING) {
				ctx.links().file(file, ev.path());
			}
			cells.text(row, c++, ev.kind().label(ctx.locale()), Style.CENTER);
			cells.text(row, c++, ev.caption(), Style.TEXT);
			cells.text(row, c++, re.item().label(ctx.locale()), Style.TEXT);
			if (withSite) {
				cells.text(row, c++, re.site(), Style.TEXT);
			}
			cells.date(row, c++, ev.capturedOn(), Style.DATE);
			cells.text(row, c++, ev.sha256(), Style.HASH);
			cells.integer(row, c++, ev.size(), Style.INTEGER);
			cells.label(row, c++, e.status().label(ctx.locale()), cells.styles().evidence(e.status()));
			RowHeights.fit(row);
			if (withPictures) {
				thumbnails.add(sheet, row, c, ev, e.status());
			}
		}
		Table.finish(sheet, columns.size(), r - 1);
		PageLayout.apply(sheet, ctx.audit().title(), true, t);
	}
}
