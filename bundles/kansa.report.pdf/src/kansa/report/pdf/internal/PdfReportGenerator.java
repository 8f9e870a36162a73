package kansa.report.pdf.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.core.incident.IncidentLibrary;
import kansa.core.report.ReportException;
import kansa.core.report.KeepOpenOutputStream;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.core.report.ReportResult;
import kansa.core.text.LocalizedText;

/**
 * The PDF audit report (内部監査報告書), contributed as a {@link ReportGenerator} service.
 * <p>
 * Options: {@code reportDate} (ISO date printed as the report date; today when absent), {@code template} (folder
 * of the firm's branding). The previous audit in the request adds 前回監査からの変化.
 */
@Component(service = ReportGenerator.class, property = ReportGenerator.FORMAT + "=" + PdfReportGenerator.FORMAT_ID)
public final class PdfReportGenerator implements ReportGenerator {

	/** The format, also published as the service property {@link ReportGenerator#FORMAT}: consumers select by it. */
	static final String FORMAT_ID = "pdf";

	/** Option key: the date printed on the report, ISO format. */
	public static final String OPTION_REPORT_DATE = "reportDate";
	/** Option key: a folder with the firm's branding, {@code report.json} and {@code logo.png} (see Template). */
	public static final String OPTION_TEMPLATE = "template";

	private static final LocalizedText LABEL = LocalizedText.of("PDF 監査報告書", "PDF audit report");

	private final FontFiles fontFiles;
	private final ColourProfile colourProfile = new ColourProfile();

	/** Every incident library present; a library that comes or goes later is seen by the next report. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	private volatile List<IncidentLibrary> libraries = List.of();

	public PdfReportGenerator() {
		this(FontFiles.fromBundle());
	}

	/** For tests: fonts from elsewhere (or from nowhere). */
	public PdfReportGenerator(FontFiles fontFiles) {
		this.fontFiles = fontFiles;
	}

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
		return "pdf";
	}

	@Override
	public void generate(ReportRequest request, OutputStream out, IProgressMonitor monitor) throws ReportException {
		write(request, out, monitor);
	}

	/** Writes the report; warns of each character no embedded font can show (printed as 〓), with where it is. */
	@Override
	public ReportResult write(ReportRequest request, OutputStream out, IProgressMonitor monitor)
			throws ReportException {
		SubMonitor progress = SubMonitor.convert(monitor,
				request.english() ? "Writing the PDF report" : "PDF 監査報告書を作成しています", 100);
		List<IncidentLibrary> present = libraries;
		ReportContext ctx = new ReportContext(request, fontFiles.createFonts(), reportDate(request),
				new RelatedIncidents(present == null ? List.of() : present), colourProfile.outputIntent(),
				template(request));
		progress.split(10);
		try {
			new ReportWriter(ctx).write(new KeepOpenOutputStream(out), progress.split(90));
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			// iText reports I/O and layout problems as unchecked exceptions
			throw new ReportException(ctx.t("PDF 監査報告書を作成できませんでした: ", "The PDF report could not be written: ")
					+ rootMessage(e), e);
		}
		return new ReportResult(ctx.styles.missingGlyphs());
	}

	private static LocalDate reportDate(ReportRequest request) throws ReportException {
		String value = request.options().get(OPTION_REPORT_DATE);
		if (value == null || value.isBlank()) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new ReportException("報告日の指定が日付ではありません (YYYY-MM-DD): " + value
					+ " / reportDate is not a date (YYYY-MM-DD): " + value, e);
		}
	}

	private static Template template(ReportRequest request) throws ReportException {
		String folder = request.options().get(OPTION_TEMPLATE);
		return folder == null || folder.isBlank() ? Template.NONE : Template.read(Path.of(folder.strip()));
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
