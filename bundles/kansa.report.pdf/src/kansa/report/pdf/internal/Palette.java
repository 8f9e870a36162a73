package kansa.report.pdf.internal;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;

import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;

/** The report's colours: one restrained accent (indigo, 藍) plus muted verdict tints. */
final class Palette {

	static final Color ACCENT = new DeviceRgb(0x1F, 0x3A, 0x5F);
	static final Color ACCENT_LIGHT = new DeviceRgb(0xE9, 0xEE, 0xF4);
	static final Color ACCENT_MID = new DeviceRgb(0xC9, 0xD5, 0xE3);
	static final Color TEXT = new DeviceRgb(0x22, 0x22, 0x22);
	static final Color MUTED = new DeviceRgb(0x6B, 0x72, 0x7D);
	static final Color RULE = new DeviceRgb(0xB8, 0xC0, 0xCA);
	static final Color HAIRLINE = new DeviceRgb(0xDD, 0xE1, 0xE6);
	static final Color LABEL_FILL = new DeviceRgb(0xF3, 0xF5, 0xF8);
	static final Color CONFIDENTIAL = new DeviceRgb(0xA3, 0x2A, 0x2A);
	static final Color WHITE = new DeviceRgb(0xFF, 0xFF, 0xFF);

	private Palette() {
	}

	/** Cell tint behind a verdict label: light enough to print in grey and keep black text readable. */
	static Color fill(Verdict v) {
		return switch (v) {
			case CONFORMING -> new DeviceRgb(0xE7, 0xF3, 0xE8);
			case MINOR_NONCONFORMITY -> new DeviceRgb(0xFC, 0xF0, 0xD9);
			case MAJOR_NONCONFORMITY -> new DeviceRgb(0xF8, 0xDF, 0xDD);
			case OBSERVATION -> new DeviceRgb(0xE3, 0xED, 0xF8);
			case OPPORTUNITY_FOR_IMPROVEMENT -> new DeviceRgb(0xEE, 0xE8, 0xF5);
			case NOT_APPLICABLE -> new DeviceRgb(0xF0, 0xF0, 0xF0);
			case NOT_ASSESSED -> new DeviceRgb(0xFA, 0xFA, 0xFA);
		};
	}

	/** Text colour of a verdict label, and the colour of its bar in the charts. */
	static Color strong(Verdict v) {
		return switch (v) {
			case CONFORMING -> new DeviceRgb(0x3F, 0x84, 0x4E);
			case MINOR_NONCONFORMITY -> new DeviceRgb(0xC2, 0x7C, 0x0E);
			case MAJOR_NONCONFORMITY -> new DeviceRgb(0xB0, 0x2E, 0x26);
			case OBSERVATION -> new DeviceRgb(0x3B, 0x6E, 0xA5);
			case OPPORTUNITY_FOR_IMPROVEMENT -> new DeviceRgb(0x7A, 0x5C, 0xA8);
			case NOT_APPLICABLE -> new DeviceRgb(0x9A, 0x9A, 0x9A);
			case NOT_ASSESSED -> new DeviceRgb(0xC8, 0xC8, 0xC8);
		};
	}

	/** The colour mixed with white: {@code share} of the colour, the rest white. */
	static DeviceRgb tint(DeviceRgb colour, float share) {
		float[] c = colour.getColorValue();
		return new DeviceRgb(mix(c[0], share), mix(c[1], share), mix(c[2], share));
	}

	private static float mix(float channel, float share) {
		return channel * share + (1 - share);
	}

	static Verdict asVerdict(FindingGrade g) {
		return Verdict.valueOf(g.name());
	}

	static Color strong(EvidenceStatus s) {
		return switch (s) {
			case INTACT -> strong(Verdict.CONFORMING);
			case CHANGED, MISSING -> strong(Verdict.MAJOR_NONCONFORMITY);
			case NOT_CHECKED -> MUTED;
		};
	}
}
