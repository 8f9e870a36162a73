package kansa.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import kansa.cli.command.UsageException;
import kansa.core.report.ReportException;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.workspace.AtomicFiles;

/** Writes a report to a file atomically: a failed generation never leaves a broken or half-overwritten file. */
public final class ReportFiles {

	private ReportFiles() {
	}

	public static void write(ReportGenerator generator, ReportRequest request, Path target, PrintStream progress)
			throws ReportException, UsageException {
		if (Files.isDirectory(target)) {
			throw new UsageException(target + " is a folder; give a file name for the report");
		}
		long start = System.nanoTime();
		try {
			AtomicFiles.write(target, out -> {
				try {
					generator.generate(request, out, new NullProgressMonitor());
				} catch (ReportException e) {
					throw new WrappedReportException(e);
				}
			});
		} catch (WrappedReportException e) {
			throw e.reportException;
		} catch (IOException e) {
			throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
		}
		progress.printf("  %s: %s (%d ms)%n", generator.formatId(), target, (System.nanoTime() - start) / 1_000_000);
	}

	/** Carries a ReportException through the IOException-only content writer. */
	private static final class WrappedReportException extends IOException {
		private static final long serialVersionUID = 1L;
		private final ReportException reportException;

		WrappedReportException(ReportException e) {
			super(e.getMessage(), e);
			this.reportException = e;
		}
	}
}
