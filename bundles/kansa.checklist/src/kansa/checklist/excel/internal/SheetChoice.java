package kansa.checklist.excel.internal;

/**
 * Which sheet to import: by name, by 1-based position, or the first one that is not Kansa's metadata sheet.
 */
record SheetChoice(String wanted, String metadataSheet) {

	/** Lists the sheets without reading any: Excel forbids '[' in sheet names, so "[]" never matches. */
	static SheetChoice namesOnly(String metadataSheet) {
		return new SheetChoice("[]", metadataSheet);
	}

	boolean accepts(String name, int position) {
		if (wanted == null || wanted.isBlank()) {
			return !name.equals(metadataSheet);
		}
		return name.equals(wanted.strip()) || wanted.strip().equals(Integer.toString(position));
	}
}
