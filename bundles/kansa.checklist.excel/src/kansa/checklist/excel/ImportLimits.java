package kansa.checklist.excel;

/**
 * Bounds on what an import reads, so a huge or hostile file fails with a message instead of exhausting memory.
 *
 * @param maxFileBytes          largest file opened at all
 * @param maxRows               most non-empty rows read from a sheet (a checklist has hundreds, not thousands)
 * @param maxColumns            columns read; cells further right are ignored with a warning
 * @param maxCellChars          longest cell text (Excel's own limit is 32,767)
 * @param maxTotalChars         all cell text of the sheet together
 * @param maxUnpackedBytes      largest part of an .xlsx once unpacked, and all parts together times 4
 * @param maxCompressionRatio   unpacked/packed size above which a part is treated as a zip bomb
 */
public record ImportLimits(long maxFileBytes, int maxRows, int maxColumns, int maxCellChars, long maxTotalChars,
		long maxUnpackedBytes, int maxCompressionRatio) {

	public static final ImportLimits DEFAULT = new ImportLimits(50L << 20, 10_000, 64, 32_767, 20_000_000L,
			100L << 20, 100);

	public ImportLimits withMaxRows(int rows) {
		return new ImportLimits(maxFileBytes, rows, maxColumns, maxCellChars, maxTotalChars, maxUnpackedBytes,
				maxCompressionRatio);
	}
}
