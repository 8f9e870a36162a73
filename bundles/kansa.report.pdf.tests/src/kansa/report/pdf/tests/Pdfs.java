package kansa.report.pdf.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;

import kansa.core.audit.Audit;
import kansa.core.report.ReportException;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.report.pdf.internal.PdfReportGenerator;

/** Generating a report into memory and reading it back with iText's parser. */
final class Pdfs {

	static final String REPORT_DATE = "2026-04-24";

	private Pdfs() {
	}

	static byte[] generate(Audit audit) throws ReportException {
		return generate(new PdfReportGenerator(), request(audit, Locale.JAPANESE), new NullProgressMonitor());
	}

	static ReportRequest request(Audit audit, Locale locale) {
		return new ReportRequest(audit, null, locale, Map.of(PdfReportGenerator.OPTION_REPORT_DATE, REPORT_DATE));
	}

	static byte[] generate(ReportGenerator generator, ReportRequest request, IProgressMonitor monitor)
			throws ReportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		generator.generate(request, out, monitor);
		return out.toByteArray();
	}

	static PdfDocument open(byte[] pdf) {
		try {
			return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Text of each page, as a reader's copy-and-paste would give it. */
	static List<String> pageTexts(byte[] pdf) {
		try (PdfDocument doc = open(pdf)) {
			List<String> pages = new ArrayList<>();
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
			}
			return pages;
		}
	}

	/**
	 * Whole text in drawing order, without any white space: a table cell's lines stay together and wrapped lines
	 * still match a sentence.
	 */
	static String flatText(byte[] pdf) {
		StringBuilder all = new StringBuilder();
		try (PdfDocument doc = open(pdf)) {
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				all.append(PdfTextExtractor.getTextFromPage(doc.getPage(i), new SimpleTextExtractionStrategy()));
			}
		}
		return squeeze(all.toString());
	}

	static String squeeze(String s) {
		return s.replaceAll("[\\s\\u3000]+", "");
	}

	/** Page number of every named destination in the document. */
	static Map<String, Integer> destinationPages(PdfDocument doc) {
		Map<String, Integer> pages = new java.util.HashMap<>();
		for (Map.Entry<PdfString, PdfObject> e : doc.getCatalog().getNameTree(PdfName.Dests).getNames().entrySet()) {
			PdfObject target = e.getValue();
			if (target instanceof PdfDictionary d) {
				target = d.get(PdfName.D);
			}
			PdfArray array = (PdfArray) target;
			pages.put(e.getKey().toUnicodeString(), doc.getPageNumber(array.getAsDictionary(0)));
		}
		return pages;
	}

	/** Names of the destinations the page's link annotations go to (GoTo actions with a named destination). */
	static List<String> linkTargets(PdfDocument doc, int page) {
		List<String> targets = new ArrayList<>();
		for (PdfAnnotation a : doc.getPage(page).getAnnotations()) {
			if (a instanceof PdfLinkAnnotation link && link.getAction() != null
					&& link.getAction().get(PdfName.D) instanceof PdfString name) {
				targets.add(name.toUnicodeString());
			}
		}
		return targets;
	}

	static int pageCount(byte[] pdf) {
		try (PdfDocument doc = open(pdf)) {
			return doc.getNumberOfPages();
		}
	}

	/** One line per font resource found on any page or form: "BaseFont embedded|NOT EMBEDDED". */
	static List<String> fonts(byte[] pdf) {
		List<String> found = new ArrayList<>();
		try (PdfDocument doc = open(pdf)) {
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				collectFonts(doc.getPage(i).getResources().getPdfObject(), found, 0);
			}
		}
		return found;
	}

	private static void collectFonts(PdfDictionary resources, List<String> found, int depth) {
		if (resources == null || depth > 8) {
			return;
		}
		PdfDictionary fonts = resources.getAsDictionary(PdfName.Font);
		if (fonts != null) {
			for (PdfName key : fonts.keySet()) {
				PdfDictionary font = fonts.getAsDictionary(key);
				found.add(font.getAsName(PdfName.BaseFont) + " " + (isEmbedded(font) ? "embedded" : "NOT EMBEDDED"));
			}
		}
		PdfDictionary xobjects = resources.getAsDictionary(PdfName.XObject);
		if (xobjects != null) {
			for (PdfName key : xobjects.keySet()) {
				PdfStream x = xobjects.getAsStream(key);
				if (x != null && PdfName.Form.equals(x.getAsName(PdfName.Subtype))) {
					collectFonts(x.getAsDictionary(PdfName.Resources), found, depth + 1);
				}
			}
		}
	}

	private static boolean isEmbedded(PdfDictionary font) {
		PdfDictionary descriptorOwner = font;
		if (PdfName.Type0.equals(font.getAsName(PdfName.Subtype))) {
			descriptorOwner = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
		}
		PdfDictionary descriptor = descriptorOwner.getAsDictionary(PdfName.FontDescriptor);
		if (descriptor == null) {
			return false;
		}
		for (PdfName file : new PdfName[] { PdfName.FontFile, PdfName.FontFile2, PdfName.FontFile3 }) {
			PdfObject o = descriptor.get(file);
			if (o instanceof PdfStream stream && stream.getBytes().length > 1000) {
				return true; // a real font program, not an empty placeholder
			}
		}
		return false;
	}
}
