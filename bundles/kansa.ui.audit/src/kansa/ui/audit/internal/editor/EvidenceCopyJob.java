package kansa.ui.audit.internal.editor;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.ui.audit.internal.Messages;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * Copies files into an audit's evidence folder and hashes them, off the UI thread: a large video must not freeze
 * the editor. Progress is per file (by size) and cancellable; a cancelled run removes the copies it made. A file
 * that fails is named in {@link Result#problems()} and leaves nothing behind; the others are still copied.
 */
final class EvidenceCopyJob extends Job {

	/** Lets tests and callers find the running copies. */
	static final Object FAMILY = EvidenceCopyJob.class;

	/** What the run produced: the copied files (not yet attached), and one message per file that failed. */
	record Result(Path auditDirectory, List<Evidence> added, List<String> problems) {

		/** Removes the copies when they will not be attached, so the folder holds only recorded evidence. */
		void discard() {
			added.forEach(e -> delete(auditDirectory, e));
		}
	}

	private final Workspace workspace;
	private final String auditId;
	private final List<Path> files;
	private final Consumer<Result> onDone;

	/** @param onDone gets the result when the run was not cancelled; runs in the job's thread */
	EvidenceCopyJob(Workspace workspace, String auditId, List<Path> files, Consumer<Result> onDone) {
		super(NLS.bind(Messages.Evidence_jobName, files.size()));
		this.workspace = workspace;
		this.auditId = auditId;
		this.files = List.copyOf(files);
		this.onDone = onDone;
		setUser(true);
		// one copy at a time per audit: two runs choosing "unused" names in the same folder could collide
		setRule(new FolderRule(workspace.auditDirectory(auditId)));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), files.stream().mapToInt(EvidenceCopyJob::units).sum());
		List<Evidence> added = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			for (Path file : files) {
				sub.subTask(NLS.bind(Messages.Evidence_copying, file.getFileName()));
				copy(file, sub.split(units(file)), added, problems);
			}
		} catch (OperationCanceledException e) {
			new Result(workspace.auditDirectory(auditId), added, problems).discard();
			return Status.CANCEL_STATUS;
		}
		onDone.accept(new Result(workspace.auditDirectory(auditId), List.copyOf(added), List.copyOf(problems)));
		return Status.OK_STATUS;
	}

	private void copy(Path file, SubMonitor progress, List<Evidence> added, List<String> problems) {
		String name = file.toString();
		if (Files.isDirectory(file)) {
			problems.add(NLS.bind(Messages.Evidence_notAFile, name));
			return;
		}
		try (InputStream in = new Progress(Files.newInputStream(file), progress)) {
			added.add(workspace.addEvidence(auditId, file.getFileName().toString(), in, kindOf(file), caption(file),
					LocalDate.now()));
		} catch (NoSuchFileException e) {
			problems.add(NLS.bind(Messages.Evidence_missing, name));
		} catch (AccessDeniedException e) {
			problems.add(NLS.bind(Messages.Evidence_unreadable, name, Messages.Evidence_accessDenied));
		} catch (IOException e) {
			problems.add(NLS.bind(Messages.Evidence_unreadable, name, e.getMessage()));
		} catch (WorkspaceException e) {
			// reading the source or writing the copy failed (disk full); Workspace removed the partial copy
			problems.add(NLS.bind(Messages.Evidence_copyFailed, name, e.getMessage()));
		}
	}

	private static void delete(Path auditDirectory, Evidence evidence) {
		try {
			Files.deleteIfExists(auditDirectory.resolve(evidence.path()));
		} catch (IOException e) {
			// a stray copy is harmless: it is not referenced by the audit
		}
	}

	/** Work units of a file: its size in KiB (at least 1), so progress moves with the bytes copied. */
	private static int units(Path file) {
		try {
			return (int) Math.min(Integer.MAX_VALUE / 1024, Math.max(1, Files.size(file) / 1024));
		} catch (IOException e) {
			return 1;
		}
	}

	static EvidenceKind kindOf(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		return switch (ext) {
			case "jpg", "jpeg", "png", "heic", "heif", "gif", "webp", "tif", "tiff" -> EvidenceKind.PHOTO;
			case "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "txt", "md", "rtf" ->
				EvidenceKind.DOCUMENT;
			case "csv", "log", "eml", "msg" -> EvidenceKind.RECORD;
			default -> EvidenceKind.OTHER;
		};
	}

	private static String caption(Path file) {
		String name = file.getFileName().toString();
		return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}

	/** Reports the bytes read as progress and stops the copy when the user cancels. */
	private static final class Progress extends FilterInputStream {

		private final SubMonitor monitor;
		private long unreported;

		Progress(InputStream in, SubMonitor monitor) {
			super(in);
			this.monitor = monitor;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			int n = super.read(b, off, len);
			if (n > 0) {
				unreported += n;
				if (unreported >= 1024) {
					monitor.worked((int) (unreported / 1024));
					unreported %= 1024;
				}
			}
			return n;
		}
	}

	/** Conflicts with the other copies into the same audit folder. */
	private record FolderRule(Path folder) implements ISchedulingRule {

		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}
}
