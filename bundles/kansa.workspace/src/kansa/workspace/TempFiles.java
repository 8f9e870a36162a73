package kansa.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Kansa's temporary files ({@code .<name>.<digits>.tmp}: interrupted saves, evidence being copied in). Each is
 * locked by its writer from creation until it is renamed into place, so a later cleanup can tell a live one (locked)
 * from one a crash or kill left behind (the system released the lock with the process) without guessing by age.
 */
final class TempFiles {

	/** Names {@link #create} gives with our prefixes: AtomicFiles' and evidence's. */
	static final Pattern NAME = Pattern.compile("\\..+\\.[0-9]+\\.tmp");

	/**
	 * Temp files this JVM is writing: never opened by a cleanup here, since closing any channel on a file releases
	 * the process's lock on it.
	 */
	private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

	/** An open, locked temporary file; closing it unlocks it and forgets it (the file itself stays). */
	static final class Locked implements AutoCloseable {
		final Path path;
		final FileChannel channel;

		private Locked(Path path, FileChannel channel) {
			this.path = path;
			this.channel = channel;
		}

		@Override
		public void close() throws IOException {
			try {
				channel.close();
			} finally {
				LIVE.remove(path);
			}
		}
	}

	private TempFiles() {
	}

	/** Creates a temporary file in {@code dir} and locks it before anything is written to it. */
	static Locked create(Path dir, String prefix) throws IOException {
		while (true) {
			// created and opened in one step: a cleanup in another process may delete the file before we lock
			// it, but never between its creation and our open
			Path path = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp")
					.toAbsolutePath();
			LIVE.add(path);
			FileChannel channel = null;
			try {
				channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				lock(channel);
				// a cleanup deletes only while it holds the lock: if the file is still there, it is ours
				if (Files.exists(path)) {
					return new Locked(path, channel);
				}
			} catch (FileAlreadyExistsException e) {
				LIVE.remove(path); // another writer's name: draw again
				continue;
			} catch (IOException | RuntimeException e) {
				if (channel != null) {
					channel.close();
				}
				LIVE.remove(path);
				Files.deleteIfExists(path);
				throw e;
			}
			channel.close();
			LIVE.remove(path);
		}
	}

	private static void lock(FileChannel channel) throws IOException {
		while (true) {
			try {
				channel.lock();
				return;
			} catch (OverlappingFileLockException e) {
				// a cleanup of this JVM is looking at it; it will let go at once
				Thread.onSpinWait();
			}
		}
	}

	/** Whether a file has the name of one of Kansa's temporary files. */
	static boolean isTempName(Path file) {
		return NAME.matcher(file.getFileName().toString()).matches();
	}

	/**
	 * Deletes a temporary file no process is writing (none holds its lock); leaves one being written alone.
	 *
	 * @return whether it was deleted
	 */
	static boolean deleteIfAbandoned(Path file) {
		if (LIVE.contains(file.toAbsolutePath())) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				return false;
			}
			if (lock == null) {
				return false;
			}
			// deleted while locked, so a writer that locks it after us finds it gone (see create)
			Files.delete(file);
			return true;
		} catch (IOException e) {
			return false; // in use on Windows, or already gone: not ours to force
		}
	}
}
