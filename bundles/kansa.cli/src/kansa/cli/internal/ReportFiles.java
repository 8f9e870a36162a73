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
import kansa.core.report.ReportResult;
import kansa.core.text.Message;
import kansa.workspace.AtomicFiles;

/** Writes a report to a file atomically: a failed generation never leaves a broken or half-overwritten file. */
public final class ReportFiles {

	private ReportFiles() {
	}

	/**
	 * Writes the report, prints its path to {@code progress} and one line per warning of the written report (a
	 * character no font can show...) to {@code warnings}: the report was written, so they do not fail the command.
	 */
	public static void write(ReportGenerator generator, ReportRequest request, Path target, PrintStream progress,
			PrintStream warnings) throws ReportException, UsageException {
		if (Files.isDirectory(target)) {
			throw new UsageException(target + " is a folder; give a file name for the report");
		}
		long start = System.nanoTime();
		ReportResult[] result = { ReportResult.NONE };
		try {
			AtomicFiles.write(target, out -> {
				try {
					result[0] = generator.write(request, out, new NullProgressMonitor());
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
		for (Message warning : result[0].warnings()) {
			warnings.println("kansa report: 警告 / warning: " + warning.inBoth());
		}
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
