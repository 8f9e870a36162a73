package kansa.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash, a full disk or a failed write never leaves a half-written file: the bytes go to a
 * temporary file in the same folder, are forced to disk, and only then replace the target in one rename.
 */
public final class AtomicFiles {

	/** Produces a file's content; may fail half-way, in which case the target is left as it was. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content));
	}

	public static void write(Path target, ContentWriter writer) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = null;
		// locked until renamed into place: a cleanup after a crash removes only unlocked ones
		try (TempFiles.Locked locked = TempFiles.create(dir, "." + target.getFileName() + ".")) {
			temp = locked.path;
			OutputStream out = Channels.newOutputStream(locked.channel);
			writer.writeTo(out);
			out.flush();
			locked.channel.force(true);
			move(temp, target);
			syncDirectory(dir);
		} finally {
			if (temp != null) {
				Files.deleteIfExists(temp);
			}
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// some network file systems: still better than writing in place
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable; not possible (nor needed) on every platform. */
	private static void syncDirectory(Path dir) {
		try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
			ch.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open directories; NTFS journals the rename
		}
	}
}
