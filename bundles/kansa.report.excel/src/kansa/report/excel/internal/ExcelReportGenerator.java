package kansa.report.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import kansa.core.report.KeepOpenOutputStream;
import kansa.core.report.ReportException;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.core.text.LocalizedText;

/**
 * The Excel evidence sheet (証跡一覧): cover, summary, checklist results, findings, corrective actions and the
 * evidence files with their integrity check.
 * <p>
 * Option {@value #OPTION_LINK_PREFIX}: path from the folder the workbook will be saved in to the audit folder
 * (e.g. {@code ../}), for the links to evidence files; by default the workbook is expected in the audit folder.
 */
@Component(service = ReportGenerator.class, property = ReportGenerator.FORMAT + "=" + ExcelReportGenerator.FORMAT_ID)
public final class ExcelReportGenerator implements ReportGenerator {

	/** The format, also published as the service property {@link ReportGenerator#FORMAT}: consumers select by it. */
	static final String FORMAT_ID = "xlsx";

	public static final String OPTION_LINK_PREFIX = "xlsx.linkPrefix";

	private static final LocalizedText LABEL = LocalizedText.of("Excel 証跡一覧", "Excel evidence sheet");

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public LocalizedText label() {
		return LABEL;
	}

	@Override
	public String fileExtension() {
		return "xlsx";
	}

	@Override
	public void generate(ReportRequest request, OutputStream out, IProgressMonitor monitor) throws ReportException {
		if (request == null || out == null) {
			throw new ReportException("Excel 証跡一覧: 監査または出力先が指定されていません (no audit or output given)");
		}
		Texts t = new Texts(request.language());
		SubMonitor progress = SubMonitor.convert(monitor, t.t("Excel 証跡一覧を作成しています", "Writing the Excel evidence sheet"), 100);
		try {
			EvidenceWorkbook.write(request, new KeepOpenOutputStream(out), progress, LocalDate.now(),
					request.options().get(OPTION_LINK_PREFIX));
		} catch (OperationCanceledException e) {
			throw e;
		} catch (IOException e) {
			throw new ReportException(t.t("Excel ファイルを書き込めませんでした: ", "Could not write the Excel file: ")
					+ e.getMessage(), e);
		} catch (RuntimeException e) {
			// POI reports bad input as unchecked exceptions; the user gets a message, the log gets the cause
			throw new ReportException(t.t("Excel 証跡一覧を作成できませんでした: ", "Could not create the Excel evidence sheet: ")
					+ e, e);
		} finally {
			progress.done();
		}
	}
}
