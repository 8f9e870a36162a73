package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;

/**
 * Hostile .xls files, made here from a valid workbook: a few bytes that stand for hundreds of thousands of cells, a
 * directory that promises a stream far longer than the file, and seeded random damage. Each gives one
 * {@link ImportException} naming the file, or imports; never another exception, never an {@code Error}.
 */
class HostileXlsTest {

	private static final int MULBLANK = 0x00BE;

	@TempDir
	Path dir;

	private final ExcelImporter importer = new ExcelImporter();

	/** A checklist sheet whose row 3 holds 255 blank cells, which POI writes as one MULBLANK record. */
	private static byte[] workbook() throws Exception {
		try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			HSSFSheet s = wb.createSheet("点検");
			String[][] rows = { { "No.", "確認項目", "確認方法" }, { "1", "方針はありますか。", "閲覧する。" },
					{ "2", "教育をしていますか。", "記録を見る。" } };
			for (int r = 0; r < rows.length; r++) {
				HSSFRow row = s.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			HSSFRow blanks = s.createRow(3);
			for (int c = 0; c < 255; c++) {
				blanks.createCell(c).setCellStyle(wb.createCellStyle());
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] workbookStream(byte[] xls) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls));
				InputStream in = fs.createDocumentInputStream("Workbook")) {
			return in.readAllBytes();
		}
	}

	private static byte[] withWorkbookStream(byte[] stream) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	private ImportException refused(Path file) {
		ImportException e = assertThrows(ImportException.class, () -> importer.read(file, null));
		assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
		return e;
	}

	@Test
	void theValidWorkbookImports() throws Exception {
		Path file = Files.write(dir.resolve("valid.xls"), workbook());
		assertEquals(2, importer.read(file, null).checklist().itemCount());
	}

	/**
	 * The MULBLANK record copied 2,600 times, each for a row of its own: 1.4 MB that POI would build into 663,000 cell
	 * objects (a 50 MB file like it: tens of millions, far beyond any heap).
	 */
	@Test
	void aFewBytesStandingForManyCellsAreRefusedBeforePoiBuildsThem() throws Exception {
		byte[] stream = workbookStream(workbook());
		int at = record(stream, MULBLANK);
		int length = 4 + u16(stream, at + 2);
		ByteArrayOutputStream patched = new ByteArrayOutputStream();
		patched.write(stream, 0, at + length);
		for (int row = 4; row < 4 + 2_600; row++) {
			byte[] copy = Arrays.copyOfRange(stream, at, at + length);
			ByteBuffer.wrap(copy, 4, 2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) row);
			patched.write(copy);
		}
		patched.write(stream, at + length, stream.length - at - length);
		Path file = Files.write(dir.resolve("cells.xls"), withWorkbookStream(patched.toByteArray()));
		assertTrue(Files.size(file) < 2 << 20, "a small file: " + Files.size(file));
		ImportException e = refused(file);
		assertTrue(e.getMessage().contains("セルが多すぎる") && e.getMessage().contains("more cells"), e.getMessage());
	}

	@Test
	void aDirectoryPromisingAHugeStreamIsRefusedInOneLine() throws Exception {
		byte[] xls = workbook();
		int entry = directoryEntry(xls, "Workbook");
		for (int size : new int[] { 0x7fff_fff0, 0x1000_0000, 5_000_000 }) {
			byte[] b = xls.clone();
			ByteBuffer.wrap(b, entry + 0x78, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(size);
			refused(Files.write(dir.resolve("size-" + size + ".xls"), b));
		}
	}

	/** Seeded damage (bytes, 0xFF runs, huge little-endian ints anywhere): only ImportException or a result. */
	@Test
	void randomDamageGivesAnImportExceptionOrAResultNeverAnotherThrowable() throws Exception {
		byte[] xls = workbook();
		Random random = new Random(14);
		Path file = dir.resolve("damaged.xls");
		int refused = 0;
		for (int round = 0; round < 300; round++) {
			byte[] b = xls.clone();
			for (int n = 1 + random.nextInt(8); n > 0; n--) {
				int p = random.nextInt(b.length - 4);
				switch (random.nextInt(3)) {
					case 0 -> b[p] = (byte) random.nextInt(256);
					case 1 -> b[p] = (byte) 0xff;
					default -> ByteBuffer.wrap(b, p, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7fff_0000 | random.nextInt());
				}
			}
			Files.write(file, b);
			try {
				importer.read(file, null);
			} catch (ImportException e) {
				refused++;
				assertTrue(e.getMessage().startsWith("damaged.xls"), e.getMessage());
			} catch (Throwable t) {
				throw new AssertionError("round " + round + ": " + t, t);
			}
		}
		assertTrue(refused > 0, "the damage was noticed at least once");
	}

	private static int record(byte[] stream, int sid) {
		for (int p = 0; p + 4 <= stream.length; p += 4 + u16(stream, p + 2)) {
			if (u16(stream, p) == sid) {
				return p;
			}
		}
		throw new AssertionError("no record " + Integer.toHexString(sid));
	}

	private static int directoryEntry(byte[] xls, String name) {
		byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
		for (int p = 512; p + 128 <= xls.length; p += 128) {
			if (Arrays.equals(Arrays.copyOfRange(xls, p, p + utf16.length), utf16)) {
				return p;
			}
		}
		throw new AssertionError("no directory entry " + name);
	}

	private static int u16(byte[] b, int p) {
		return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
	}
}
