package kansa.ui.checklist.internal.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportOptions;
import kansa.checklist.excel.ImportResult;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.jobs.LatestRead;

/**
 * Runs the importer in a Job, never on the UI thread, and hands the outcome back on it. Only the newest request
 * is delivered, so a slow read of a file the user has since replaced cannot overwrite the newer result.
 */
final class WorkbookReader {

	/** What a read gave: the sheet names when asked for, and either the result or the importer's message. */
	record Outcome(List<String> sheets, ImportResult result, String error) {
	}

	private final Control owner;
	private final LatestRead<Outcome> reads = new LatestRead<>(Messages.Import_filePageTitle, false);
	private boolean running;

	WorkbookReader(Control owner) {
		this.owner = owner;
	}

	boolean isRunning() {
		return running;
	}

	void read(Path file, ImportOptions options, boolean listSheets, Consumer<Outcome> done) {
		running = true;
		String task = NLS.bind(Messages.Import_reading, file.getFileName());
		reads.start(owner, task, monitor -> {
			monitor.beginTask(task, IProgressMonitor.UNKNOWN);
			Outcome outcome = read(file, options, listSheets);
			monitor.done();
			return outcome;
		}, outcome -> {
			running = false;
			done.accept(outcome);
		});
	}

	private static Outcome read(Path file, ImportOptions options, boolean listSheets) {
		ExcelImporter importer = new ExcelImporter();
		List<String> sheets = null;
		try {
			if (listSheets) {
				sheets = importer.sheetNames(file, options.limits());
			}
			return new Outcome(sheets, importer.read(file, options), null);
		} catch (ImportException e) {
			return new Outcome(sheets, null, e.getMessage());
		} catch (RuntimeException e) {
			// a reader bug must still end in a message naming the file, not a stack trace in the wizard
			return new Outcome(sheets, null, file.getFileName() + ": " + e);
		}
	}
}
