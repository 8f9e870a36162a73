package kansa.report.excel.internal;

import java.nio.charset.StandardCharsets;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;

/**
 * Hyperlinks to evidence files, relative to where the workbook is saved: by default the audit folder, so the
 * links keep working when the folder is copied or zipped for the client.
 */
final class Links {

	/** Unreserved and sub-delimiter characters, which may stay as they are in a URI path segment. */
	private static final String SAFE = "-._~!$&'()*+,;=@";

	private final CreationHelper helper;
	private final String prefix;

	/**
	 * @param prefix path from the workbook's folder to the audit folder, e.g. {@code ../}; empty when the workbook
	 *               is saved in the audit folder
	 */
	Links(CreationHelper helper, String prefix) {
		this.helper = helper;
		String p = prefix == null ? "" : prefix.strip().replace('\\', '/');
		this.prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
	}

	/** Links the cell to an evidence file (path relative to the audit folder, '/' separated). */
	void file(Cell cell, String evidencePath) {
		Hyperlink link = helper.createHyperlink(HyperlinkType.FILE);
		link.setAddress(encodePath(prefix) + encodePath(evidencePath));
		cell.setHyperlink(link);
	}

	/**
	 * Percent-encodes the characters a URI path may not hold (space, '%', '#', '?' ...). Non-ASCII characters stay
	 * as they are, as Excel itself writes them, so that Japanese file names are readable in the link.
	 */
	static String encodePath(String path) {
		StringBuilder b = new StringBuilder(path.length() + 16);
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c > 0x7F || c == '/' || Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0) {
				b.append(c);
			} else {
				for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
					b.append('%').append(String.format("%02X", x & 0xFF));
				}
			}
		}
		return b.toString();
	}
}
