package kansa.report.excel.internal;

import org.apache.poi.xssf.usermodel.IndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFColor;

import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;

/** Colours of the workbook: soft fills that stay readable when printed in black and white. */
final class Palette {

	static final int HEADER = 0xD9E1F2;
	static final int SECTION = 0xE7E6E6;
	static final int SUBSECTION = 0xF2F2F2;
	static final int LABEL = 0xF2F2F2;
	static final int LINK_TEXT = 0x0563C1;
	static final int BORDER = 0xA6A6A6;
	/** The ドラフト mark: the red of a rubber stamp. */
	static final int DRAFT = 0xC00000;

	private Palette() {
	}

	/** Fill of a verdict cell; -1 for none (未評価 stays white so that gaps stand out as blanks). */
	static int verdict(Verdict v) {
		return switch (v) {
			case CONFORMING -> 0xE2EFDA;
			case MINOR_NONCONFORMITY -> 0xFCE4D6;
			case MAJOR_NONCONFORMITY -> 0xF4B6B6;
			case OBSERVATION -> 0xFFF2CC;
			case OPPORTUNITY_FOR_IMPROVEMENT -> 0xDDEBF7;
			case NOT_APPLICABLE -> 0xEDEDED;
			case NOT_ASSESSED -> -1;
		};
	}

	static int grade(FindingGrade g) {
		return verdict(Verdict.valueOf(g.name()));
	}

	static int evidence(EvidenceStatus s) {
		return switch (s) {
			case INTACT -> 0xE2EFDA;
			case CHANGED, MISSING -> 0xF4B6B6;
			case NOT_CHECKED -> 0xEDEDED;
		};
	}

	static XSSFColor color(int rgb) {
		return new XSSFColor(new byte[] { (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb }, (IndexedColorMap) null);
	}
}
