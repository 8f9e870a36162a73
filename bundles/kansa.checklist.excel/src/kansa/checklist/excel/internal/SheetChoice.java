package kansa.checklist.excel.internal;

/**
 * Which sheets to read: the one named (by name or 1-based position), or, when none is named, every sheet but
 * Kansa's metadata sheet, so that detection can score them all and choose.
 */
record SheetChoice(String wanted, String metadataSheet) {

	/** Sheets read at most when none is named; workbooks with more keep their checklist among the first. */
	static final int MAX_CANDIDATES = 32;

	/** Lists the sheets without reading any: Excel forbids '[' in sheet names, so "[]" never matches. */
	static SheetChoice namesOnly(String metadataSheet) {
		return new SheetChoice("[]", metadataSheet);
	}

	boolean named() {
		return wanted != null && !wanted.isBlank();
	}

	/** Whether to read this sheet, given how many were read already. */
	boolean wants(String name, int position, int alreadyRead) {
		if (!named()) {
			return !name.equals(metadataSheet) && alreadyRead < MAX_CANDIDATES;
		}
		return alreadyRead == 0 && (name.equals(wanted.strip()) || wanted.strip().equals(Integer.toString(position)));
	}
}
