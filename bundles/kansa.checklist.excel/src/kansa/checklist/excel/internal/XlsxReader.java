package kansa.checklist.excel.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportLimits;

/**
 * Streams an .xlsx sheet with SAX (POI's event model): rows are read one at a time and checked against the limits,
 * so memory stays bounded whatever the file holds. Formula cells give their cached value; nothing is evaluated.
 * The package is opened read-only and reverted, never saved.
 */
final class XlsxReader {

	private XlsxReader() {
	}

	static Workbook read(Path file, String label, SheetChoice choice, ImportLimits limits) throws ImportException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			try {
				return read(pkg, label, choice, limits);
			} finally {
				pkg.revert();
			}
		} catch (ImportException e) {
			throw e;
		} catch (Exception e) {
			throw Failures.translate(label, e);
		}
	}

	private static Workbook read(OPCPackage pkg, String label, SheetChoice choice, ImportLimits limits)
			throws Exception {
		XSSFReader reader = new XSSFReader(pkg);
		ReadOnlySharedStringsTable strings = sharedStrings(pkg, label, limits);
		List<String> names = new ArrayList<>();
		XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
		List<RawSheet> sheets = new ArrayList<>();
		RawSheet metadata = null;
		while (it.hasNext()) {
			try (InputStream in = it.next()) {
				String name = it.getSheetName();
				names.add(name);
				if (name.equals(choice.metadataSheet())) {
					metadata = parse(bounded(in, label, name, limits), label, name, strings,
							ImportLimits.DEFAULT.withMaxRows(200));
				} else if (choice.wants(name, names.size(), sheets.size())) {
					sheets.add(parse(bounded(in, label, name, limits), label, name, strings, limits));
				}
			}
		}
		return new Workbook(names, sheets, metadata);
	}

	/** Shared strings are read through a counting stream: a part that unpacks beyond the limit is refused. */
	private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, String label, ImportLimits limits)
			throws Exception {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return null;
		}
		try (InputStream in = new BoundedXml(new LimitedInputStream(parts.get(0).getInputStream(),
				limits.maxUnpackedBytes(), () -> FileGuard.bomb(label, "sharedStrings.xml")),
				FileGuard.maxXmlRun(limits), label, "sharedStrings.xml")) {
			return new ReadOnlySharedStringsTable(in, false);
		}
	}

	/**
	 * The file was checked whole before POI opened it; the sheet is bounded again as it is parsed, so a file
	 * replaced in between gains nothing.
	 */
	private static InputStream bounded(InputStream in, String label, String sheet, ImportLimits limits) {
		return new BoundedXml(new LimitedInputStream(in, limits.maxUnpackedBytes(),
				() -> FileGuard.bomb(label, sheet + " (" + (limits.maxUnpackedBytes() >> 20) + " MB)")),
				FileGuard.maxXmlRun(limits), label, sheet);
	}

	private static RawSheet parse(InputStream in, String label, String name, ReadOnlySharedStringsTable strings,
			ImportLimits limits) throws Exception {
		SheetSink sink = new SheetSink(label, name, limits);
		XMLReader xml = XMLHelper.newXMLReader();
		xml.setContentHandler(new Handler(sink, strings, limits));
		try {
			xml.parse(new InputSource(in));
		} catch (Stop s) {
			throw s.cause;
		}
		return sink.sheet();
	}

	/** Carries an ImportException out of the SAX callbacks. */
	private static final class Stop extends SAXException {
		private static final long serialVersionUID = 1L;
		private final transient ImportException cause;

		Stop(ImportException cause) {
			super(cause.getMessage());
			this.cause = cause;
		}
	}

	private static final class Handler extends DefaultHandler {
		private final SheetSink sink;
		private final ReadOnlySharedStringsTable strings;
		private final ImportLimits limits;
		private final StringBuilder value = new StringBuilder();
		private int row = -1;
		private int column = -1;
		private String type = "n";
		private boolean formula;
		private boolean hasValue;
		private boolean inValue;
		private boolean inInline;
		private boolean inText;
		private boolean inPhonetic;

		Handler(SheetSink sink, ReadOnlySharedStringsTable strings, ImportLimits limits) {
			this.sink = sink;
			this.strings = strings;
			this.limits = limits;
		}

		@Override
		public void startElement(String uri, String local, String qName, Attributes a) {
			switch (local) {
				case "row" -> {
					String r = a.getValue("r");
					row = r == null ? row + 1 : Integer.parseInt(r) - 1;
					String level = a.getValue("outlineLevel");
					sink.startRow(row, level == null ? 0 : Integer.parseInt(level));
					column = -1;
				}
				case "c" -> {
					String r = a.getValue("r");
					column = r == null ? column + 1 : CellNames.parse(r)[1];
					String t = a.getValue("t");
					type = t == null ? "n" : t;
					formula = false;
					hasValue = false;
					value.setLength(0);
				}
				case "f" -> formula = true;
				case "v" -> {
					inValue = true;
					value.setLength(0);
				}
				case "is" -> {
					inInline = true;
					value.setLength(0);
				}
				case "t" -> inText = inInline;
				case "rPh" -> inPhonetic = true;
				case "mergeCell" -> {
					String ref = a.getValue("ref");
					if (ref != null && ref.contains(":")) {
						int[] from = CellNames.parse(ref.substring(0, ref.indexOf(':')));
						int[] to = CellNames.parse(ref.substring(ref.indexOf(':') + 1));
						sink.merge(from[0], to[0], from[1], to[1]);
					}
				}
				default -> {
					// other elements carry formatting only
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (inValue || (inText && !inPhonetic)) {
				if (value.length() + length > limits.maxCellChars() + 1) {
					throw new Stop(new ImportException(sink.sheet().name() + "!" + CellNames.column(column) + (row + 1),
							"セルの文字数が上限 " + limits.maxCellChars() + " 文字を超えています / the cell is too long"));
				}
				value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String local, String qName) throws SAXException {
			try {
				switch (local) {
					case "v" -> {
						inValue = false;
						hasValue = true;
					}
					case "t" -> inText = false;
					case "rPh" -> inPhonetic = false;
					case "is" -> {
						inInline = false;
						hasValue = true;
					}
					case "c" -> sink.cell(column, hasValue ? text() : "", formula, hasValue);
					case "row" -> sink.endRow();
					default -> {
						// nothing to close
					}
				}
			} catch (ImportException e) {
				throw new Stop(e);
			}
		}

		private String text() {
			String raw = value.toString();
			return switch (type) {
				case "s" -> sharedString(raw);
				case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
				case "inlineStr", "str", "e", "d" -> raw;
				default -> Numbers.format(raw.strip());
			};
		}

		private String sharedString(String raw) {
			try {
				int index = Integer.parseInt(raw.strip());
				return strings == null || index < 0 || index >= strings.getCount() ? ""
						: strings.getItemAt(index).getString();
			} catch (NumberFormatException e) {
				return "";
			}
		}
	}
}
