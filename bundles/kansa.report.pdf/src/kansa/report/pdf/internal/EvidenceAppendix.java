package kansa.report.pdf.internal;

import java.util.List;

import org.eclipse.core.runtime.SubMonitor;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;

import kansa.core.audit.Audit.RecordedEvidence;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceStatus;

/**
 * 付録 証拠ファイル一覧: every evidence file with the SHA-256 recorded when it was attached and the result of
 * re-hashing it now, so the reader can tell whether the evidence still is what the auditor saw.
 */
final class EvidenceAppendix {

	private EvidenceAppendix() {
	}

	static void add(Document doc, ReportContext ctx, SubMonitor monitor) {
		Styles s = ctx.styles;
		List<RecordedEvidence> all = ctx.audit.evidence();
		SubMonitor sub = SubMonitor.convert(monitor, Math.max(1, all.size()));
		doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
		doc.add(ctx.chapter("", ctx.t("付録　証拠ファイル一覧", "Appendix: Evidence Files")));
		if (all.isEmpty()) {
			doc.add(s.prose(ctx.t("証拠ファイルは添付されていません。", "No evidence files are attached.")));
			return;
		}
		doc.add(s.prose(ctx.request.auditDirectory() == null
				? ctx.t("証拠ファイルの保存場所が指定されなかったため、ハッシュ値の照合は行っていません。",
						"The evidence folder was not given, so the files were not re-hashed.")
				: ctx.t(ctx.date(ctx.reportDate) + " 時点で各ファイルの SHA-256 を再計算し、添付時の値と照合しました。",
						"Each file's SHA-256 was recomputed for this report and compared with the value recorded when "
								+ "it was attached.")));
		Table t = s.table(5, 10, 33, 7, 31, 14); // a hash half (32 digits) fits its column on one line
		t.addHeaderCell(s.header("No."));
		t.addHeaderCell(s.header(ctx.t("確認項目", "Item")));
		t.addHeaderCell(s.header(ctx.t("ファイル／内容", "File / content")));
		t.addHeaderCell(s.header(ctx.t("種別", "Kind")));
		t.addHeaderCell(s.header("SHA-256"));
		t.addHeaderCell(s.header(ctx.t("照合結果", "Check")));
		int n = 0;
		for (RecordedEvidence re : all) {
			sub.split(1); // re-hashing large files is the slow part
			Evidence e = re.evidence();
			EvidenceStatus status = EvidenceCheck.check(ctx.request.auditDirectory(), e);
			n++;
			// the findings link here; a row never splits over pages, so its number is where the row is
			t.addCell(s.cell(s.text(String.valueOf(n), Styles.TABLE)
					.setDestination(ReportContext.evidenceDestination(n))));
			t.addCell(s.cell(re.item().number().isEmpty() ? re.item().title().get(ctx.locale) : re.item().number()));
			Div file = new Div().add(s.text(e.path(), Styles.SMALL).setFontColor(s.accent));
			if (!e.caption().isEmpty()) {
				file.add(s.text(e.caption(), Styles.TABLE).setMarginTop(1));
			}
			t.addCell(s.cell(file));
			t.addCell(s.cell(e.kind().label(ctx.locale)));
			// 64 hex digits in two halves keep the column narrow and the value easy to compare by eye
			t.addCell(s.cell(new Div().add(s.text(e.sha256().substring(0, 32), 6.3f))
					.add(s.text(e.sha256().substring(32), 6.3f))));
			t.addCell(s.cell(s.text(status.label(ctx.locale), Styles.TABLE).setFontColor(Palette.strong(status))));
		}
		doc.add(t);
	}
}
