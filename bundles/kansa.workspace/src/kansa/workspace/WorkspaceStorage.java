package kansa.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a workspace's files are kept. Every store of the workspace reads and writes through this and nothing else,
 * naming files by their path inside the workspace with '/' between folders ({@code audits/a1/audit.json}), so that
 * another storage (one that encrypts names and content) can replace the plain one without any store changing.
 * Content is streamed both ways: an evidence file of gigabytes is never held in memory.
 * <p>
 * Failures are {@link WorkspaceException}s whose message names the file; names beginning with a dot are the
 * storage's own (temporary files, locks) and never listed.
 */
public interface WorkspaceStorage {

	/** The workspace's root folder on disk, for messages and for callers that hand files to other programs. */
	Path root();

	/** Whether the path names a file (not a folder). */
	boolean isFile(String path);

	/** Whether the path names a folder. */
	boolean isFolder(String path);

	/**
	 * Names of the files and folders directly in a folder, sorted; empty when the folder does not exist.
	 */
	List<String> list(String folder) throws WorkspaceException;

	/** Opens a file to read its content; fails with "not found" when there is none. */
	InputStream read(String path) throws WorkspaceException;

	/** The whole content of a small file. */
	default byte[] readAllBytes(String path) throws WorkspaceException {
		try (InputStream in = read(path)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new WorkspaceException("読めません / cannot read " + describe(path) + ": " + e.getMessage(), e);
		}
	}

	/** When the file was last written; empty when there is none. */
	Optional<Instant> lastModified(String path) throws WorkspaceException;

	/**
	 * Replaces (or creates) the file so that it holds either its old content or all of the new one, even after a
	 * crash: the bytes are written aside, forced to disk and only then put in place. Folders are created as needed.
	 */
	void write(String path, byte[] content) throws WorkspaceException;

	/** Creates the folder and its parents when missing. */
	void createFolder(String folder) throws WorkspaceException;

	/** Deletes a file; false when there was none. */
	boolean delete(String path) throws WorkspaceException;

	/**
	 * Starts a file in the folder that no one sees under any name until it is {@linkplain NewFile#publish published},
	 * for content that arrives slowly (an evidence file being copied in).
	 */
	NewFile create(String folder) throws WorkspaceException;

	/** A file being written that has no name in its folder yet. */
	interface NewFile extends AutoCloseable {

		/** Where its content goes; not to be closed by the caller. */
		OutputStream content();

		/**
		 * Gives the content its name, atomically: when the name is already taken (by a file
		 * written at this very moment by another thread, process or program) nothing is replaced and the answer is
		 * false, so the caller can try another name. Once published, the file stays when this is closed.
		 */
		boolean publish(String name) throws WorkspaceException;

		/** Ends the writing; a file never published is removed. */
		@Override
		void close() throws WorkspaceException;
	}

	/**
	 * Takes the folder's exclusive lock, waiting a while for another thread or process that holds it, so that a
	 * read-modify-write of the folder's files sees no other writer in between.
	 *
	 * @param what the folder's name in a message saying another Kansa is changing it
	 */
	Lock lock(String folder, String what) throws WorkspaceException;

	/** A held lock; closing it lets the next writer in. */
	interface Lock extends AutoCloseable {
		@Override
		void close();
	}

	/**
	 * The workspace path of a file given by its place on disk, when it is a file of this workspace that the storage
	 * keeps as it is (not through a link); empty otherwise.
	 */
	Optional<String> pathOf(Path file);

	/** How a file is named in messages: its place on disk. */
	String describe(String path);

	/**
	 * Removes temporary files that interrupted saves and copies left behind (no process writes them any more).
	 *
	 * @return the files removed
	 */
	List<Path> removeAbandonedTemporaryFiles();
}
