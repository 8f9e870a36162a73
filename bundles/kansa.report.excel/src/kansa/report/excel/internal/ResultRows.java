package kansa.report.excel.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.office.CellText;

/**
 * Where the checklist sheet put each result, and what it wrote there: {@link IdentitySheet} stores it so that the
 * reader can find the rows again (also after the person sorted them) and tell edited cells from written ones.
 */
final class ResultRows {

	/** One result row as written; the notes are kept as a digest only. */
	record Written(int row, String itemId, String site, String number, Verdict verdict, String notesDigest) {
	}

	/** The columns the reader needs, with their header text to notice columns that were moved. */
	record Layout(String sheetName, int number, int site, int verdict, int notes, String numberHeader,
			String siteHeader, String verdictHeader, String notesHeader) {
	}

	private final List<Written> rows = new ArrayList<>();
	private Layout layout;

	void layout(Layout l) {
		layout = l;
	}

	Layout layout() {
		return layout;
	}

	void add(int row, ChecklistItem item, ItemResult result) {
		rows.add(new Written(row, item.id(), CellText.clean(result.site()), CellText.clean(item.number()),
				result.verdict(), digest(CellText.clean(result.notes()))));
	}

	List<Written> rows() {
		return rows;
	}

	/** A short digest of a cell's text, enough to tell whether the person changed it. */
	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
