package kansa.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workspace's files as they are: plain files the user can read, back up and put under version control. Nothing
 * is written through a link that leads out of the workspace.
 */
final class PlainStorage implements WorkspaceStorage {

	private final Path root;

	PlainStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public Path root() {
		return root;
	}

	private Path file(String path) {
		return path.isEmpty() ? root : root.resolve(path);
	}

	@Override
	public String describe(String path) {
		return file(path).toString();
	}

	@Override
	public boolean isFile(String path) {
		return Files.isRegularFile(file(path));
	}

	@Override
	public boolean isFolder(String path) {
		return Files.isDirectory(file(path));
	}

	@Override
	public List<String> list(String folder) throws WorkspaceException {
		Path dir = file(folder);
		List<String> names = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return names;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!name.startsWith(".")) {
					names.add(name);
				}
			}
		} catch (IOException e) {
			throw new WorkspaceException("一覧を読めません / cannot list " + dir + ": " + e.getMessage(), e);
		}
		names.sort(null);
		return names;
	}

	@Override
	public InputStream read(String path) throws WorkspaceException {
		Path file = file(path);
		try {
			return Files.newInputStream(file);
		} catch (NoSuchFileException e) {
			throw new WorkspaceException("ファイルがありません / not found: " + file);
		} catch (IOException e) {
			throw new WorkspaceException("読めません / cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public Optional<Instant> lastModified(String path) throws WorkspaceException {
		Path file = file(path);
		try {
			return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant())
					: Optional.empty();
		} catch (IOException e) {
			throw new WorkspaceException("更新日時を読めません / cannot read the time of " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void write(String path, byte[] content) throws WorkspaceException {
		Path file = file(path);
		refuseLinksOut(file.getParent());
		try {
			AtomicFiles.write(file, content);
		} catch (IOException e) {
			throw new WorkspaceException("保存できません / cannot save " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void createFolder(String folder) throws WorkspaceException {
		Path dir = file(folder);
		refuseLinksOut(dir);
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new WorkspaceException("作成できません / cannot create " + dir + ": " + e.getMessage(), e);
		}
	}

	@Override
	public boolean delete(String path) throws WorkspaceException {
		Path file = file(path);
		try {
			return Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new WorkspaceException("削除できません / cannot delete " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public NewFile create(String folder) throws WorkspaceException {
		Path dir = file(folder);
		refuseLinksOut(dir);
		if (Files.isSymbolicLink(dir)) {
			throw new WorkspaceException(dir + ": 証跡フォルダがリンクのため書き込みません / the evidence folder is a link; "
					+ "Kansa does not write through it (replace it with a real folder)");
		}
		try {
			Files.createDirectories(dir);
			// locked until published, so a cleanup can tell it from an abandoned one
			return new PlainNewFile(dir, TempFiles.create(dir, ".incoming."));
		} catch (IOException e) {
			throw new WorkspaceException("書き込めません / cannot write into " + dir + ": " + e.getMessage(), e);
		}
	}

	/** A temporary file in the target folder, given its name by a hard link, which never replaces a file. */
	private static final class PlainNewFile implements NewFile {
		private final Path dir;
		private final TempFiles.Locked temp;
		private final OutputStream content;

		PlainNewFile(Path dir, TempFiles.Locked temp) {
			this.dir = dir;
			this.temp = temp;
			this.content = Channels.newOutputStream(temp.channel);
		}

		@Override
		public OutputStream content() {
			return content;
		}

		@Override
		public boolean publish(String name) throws WorkspaceException {
			Path target = dir.resolve(name);
			try {
				content.flush(); // not forced to disk (as before): one a power cut left empty fails its hash check
				try {
					// link(2) fails when the name exists: the check and the claim are one step (a rename would
					// silently replace a file that appeared after a check)
					Files.createLink(target, temp.path);
				} catch (FileAlreadyExistsException e) {
					return false;
				} catch (UnsupportedOperationException | FileSystemException e) {
					// no hard links here (FAT, some shares): claim the name with an empty file first, then fill it
					if (!claimWithPlaceholder(target)) {
						return false;
					}
					Files.move(temp.path, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
				Files.deleteIfExists(temp.path);
				return true;
			} catch (IOException e) {
				throw new WorkspaceException("保存できません / cannot save " + target + ": " + e.getMessage(), e);
			}
		}

		private static boolean claimWithPlaceholder(Path target) throws IOException {
			try {
				Files.createFile(target);
				return true;
			} catch (FileAlreadyExistsException e) {
				return false;
			}
		}

		@Override
		public void close() throws WorkspaceException {
			try {
				try {
					temp.close();
				} finally {
					Files.deleteIfExists(temp.path);
				}
			} catch (IOException e) {
				throw new WorkspaceException("削除できません / cannot remove " + temp.path + ": " + e.getMessage(), e);
			}
		}
	}

	@Override
	public Lock lock(String folder, String what) throws WorkspaceException {
		Path dir = file(folder);
		refuseLinksOut(dir);
		return FolderLock.acquire(dir, what);
	}

	@Override
	public Optional<String> pathOf(Path file) {
		try {
			if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				return Optional.empty();
			}
			Path real = file.toRealPath();
			Path realRoot = root.toRealPath();
			if (!real.startsWith(realRoot)) {
				return Optional.empty();
			}
			List<String> names = new ArrayList<>();
			realRoot.relativize(real).forEach(n -> names.add(n.toString()));
			return Optional.of(String.join("/", names));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	@Override
	public List<Path> removeAbandonedTemporaryFiles() {
		List<Path> removed = new ArrayList<>();
		// deep enough for audits/<id>/evidence/<file>; links are not followed
		try (Stream<Path> files = Files.walk(root, 4)) {
			files.filter(f -> TempFiles.isTempName(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
					.filter(TempFiles::deleteIfAbandoned).forEach(removed::add);
		} catch (IOException | UncheckedIOException e) {
			// a leftover temporary file harms nothing; the next open tries again
		}
		return List.copyOf(removed);
	}

	/** Refuses to write into a folder that links lead out of the workspace (nothing may escape it). */
	private void refuseLinksOut(Path dir) throws WorkspaceException {
		// a folder not there yet is created in its nearest existing ancestor: that one must be inside
		Path existing = dir;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.exists(root)) {
			return; // the workspace being created: no link can lead out of what is not there yet
		}
		try {
			Path real = existing.toRealPath();
			if (!real.startsWith(root.toRealPath())) {
				throw new WorkspaceException(dir + ": リンクでワークスペースの外 (" + real + ") を指しているため書き込みません / "
						+ "links lead out of the workspace (to " + real + "); Kansa does not write there");
			}
		} catch (IOException e) {
			throw new WorkspaceException("読めません / cannot read " + root + ": " + e.getMessage(), e);
		}
	}
}
