package kansa.checklist.excel.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import kansa.checklist.excel.ImportException;

/**
 * Parses an XML part once, reporting nothing, only to know it is well-formed and has no DOCTYPE. POI answers a
 * malformed part with a logged stack trace and a DOCTYPE with a FATAL log line before its exception; checked here
 * first, the user gets one line naming the part and the line in it.
 */
final class XmlCheck {

	/** Thrown from the DTD callback: a DOCTYPE is refused before its internal subset is read. */
	private static final class Doctype extends SAXException {
		private static final long serialVersionUID = 1L;
	}

	private XmlCheck() {
	}

	static void wellFormed(InputStream in, String label, String part) throws IOException, ImportException {
		DefaultHandler2 quiet = new DefaultHandler2() {
			@Override
			public void startDTD(String name, String publicId, String systemId) throws SAXException {
				throw new Doctype();
			}
		};
		try {
			SAXParser parser = factory().newSAXParser();
			parser.setProperty("http://xml.org/sax/properties/lexical-handler", quiet);
			// the handler is also the error handler, so nothing is printed; the caller reads on to the end
			parser.parse(new FilterInputStream(in) {
				@Override
				public void close() {
					// the parser closes what it read; the part is the caller's to close
				}
			}, quiet);
		} catch (Doctype d) {
			throw new ImportException(label, part + " に DOCTYPE（DTD）があるため読み込みません。Excel で開いて保存し直して"
					+ "ください / " + part + " holds a DOCTYPE, which Kansa does not read; open and save it in Excel");
		} catch (SAXParseException x) {
			throw new ImportException(label, part + " の " + x.getLineNumber() + " 行目が XML として正しくありません。"
					+ "ファイルが壊れています / " + part + " is not well-formed XML at line " + x.getLineNumber() + ": "
					+ String.valueOf(x.getMessage()).lines().findFirst().orElse(""), x);
		} catch (SAXException x) {
			if (x.getCause() instanceof IOException io) {
				throw io;
			}
			throw new ImportException(label, part + ": " + x.getMessage(), x);
		} catch (ParserConfigurationException x) {
			throw new IllegalStateException("the JDK's SAX parser is not configurable", x);
		}
	}

	private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
		SAXParserFactory f = SAXParserFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://xml.org/sax/features/external-general-entities", false);
		f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return f;
	}
}
