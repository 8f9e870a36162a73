package kansa.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on one folder of the workspace (an audit's), held across a read-modify-write so that no other
 * Kansa process or thread writes the folder's files in between. Between processes it is an operating-system lock on
 * {@value #FILE} in the folder, released by the system even when the holder is killed. Within one JVM file locks are
 * held by the process (a second lock attempt throws, closing any channel on the file may release them), so threads
 * are serialised by an in-JVM lock first and only its first holder touches the file. Re-entrant for one thread.
 */
final class FolderLock implements WorkspaceStorage.Lock {

	static final String FILE = ".kansa.lock";

	/** How long a writer waits for another one before giving up with a message. */
	static final long WAIT_MILLIS = 30_000;

	/**
	 * One lock per lock file for the whole JVM: file locks belong to the process, so two Workspace objects (the
	 * workbench and a job) on the same folder must share it.
	 */
	private static final ConcurrentMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

	private final ReentrantLock threads;
	private final FileChannel channel;

	private FolderLock(ReentrantLock threads, FileChannel channel) {
		this.threads = threads;
		this.channel = channel;
	}

	static FolderLock acquire(Path folder, String what) throws WorkspaceException {
		Path file;
		try {
			Files.createDirectories(folder);
			file = folder.toRealPath().resolve(FILE);
		} catch (IOException e) {
			throw new WorkspaceException("ロックできません / cannot lock " + folder + ": " + e.getMessage(), e);
		}
		ReentrantLock threads = IN_JVM.computeIfAbsent(file, f -> new ReentrantLock());
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
		try {
			if (!threads.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
				throw busy(what, file);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new WorkspaceException("変更の待機中に中断されました / interrupted while waiting to change " + what, e);
		}
		if (threads.getHoldCount() > 1) {
			return new FolderLock(threads, null);
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			for (FileLock lock = channel.tryLock(); lock == null; lock = channel.tryLock()) {
				if (System.nanoTime() > deadline) {
					throw busy(what, file);
				}
				Thread.sleep(10);
			}
			return new FolderLock(threads, channel);
		} catch (IOException | InterruptedException | RuntimeException | WorkspaceException e) {
			closeQuietly(channel);
			threads.unlock();
			if (e instanceof WorkspaceException we) {
				throw we;
			}
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new WorkspaceException("ロックできません / cannot lock " + file + ": " + e.getMessage(), e);
		}
	}

	private static WorkspaceException busy(String what, Path file) {
		return new WorkspaceException(what + " は別の Kansa が変更中です。しばらくして再実行してください / " + what
				+ " is being changed by another Kansa process (lock " + file + "); try again");
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// closing releases the lock; nothing else to undo
			}
		}
	}

	@Override
	public void close() {
		try {
			closeQuietly(channel);
		} finally {
			threads.unlock();
		}
	}
}
