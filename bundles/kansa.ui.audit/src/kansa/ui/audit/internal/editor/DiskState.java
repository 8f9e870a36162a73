package kansa.ui.audit.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What the audit file looked like when the editor last read or wrote it (modification time and size), to notice
 * when another program changed it meanwhile.
 */
record DiskState(long modified, long size) {

	static DiskState of(Path file) {
		try {
			BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
			return new DiskState(a.lastModifiedTime().toMillis(), a.size());
		} catch (IOException e) {
			return new DiskState(-1, -1);
		}
	}

	boolean changedOnDisk(Path file) {
		return !equals(of(file));
	}
}
