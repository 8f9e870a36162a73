package kansa.checklist.excel.internal;

import org.apache.poi.EncryptedDocumentException;

import kansa.checklist.excel.ImportException;

/** Turns whatever POI throws on a damaged or hostile file into one message the user can act on. */
final class Failures {

	private Failures() {
	}

	static ImportException translate(String label, Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ImportException ie) {
				return ie;
			}
			if (t instanceof LimitedInputStream.LimitReached lr) {
				return lr.reason;
			}
			if (t instanceof EncryptedDocumentException) {
				return new ImportException(label, "パスワードで保護（暗号化）されているため読み込めません。Excel でパスワードを"
						+ "解除して保存し直してから読み込んでください / the workbook is encrypted with a password", e);
			}
			String m = String.valueOf(t.getMessage());
			if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")) {
				return FileGuard.bomb(label, m.lines().findFirst().orElse(""));
			}
		}
		if (e instanceof OutOfMemoryError) {
			return new ImportException(label, "メモリが足りず読み込めません / not enough memory to read the file", e);
		}
		return new ImportException(label, "ファイルが壊れているか、Excel のブックではないため読み込めません / the file is"
				+ " damaged or not an Excel workbook (" + e.getClass().getSimpleName() + ": "
				+ String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
	}
}
