package kansa.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import kansa.ui.internal.Messages;

/**
 * Reads a workspace's documents into navigator lines for a {@link NavigatorContribution}: a document (or the
 * listing) that cannot be read becomes a {@link NavigatorNote} saying so instead of hiding the rest.
 */
public final class WorkspaceReads {

	/** Lists the ids of a kind of document, e.g. {@code Workspace::auditIds}. */
	@FunctionalInterface
	public interface Ids {
		List<String> list() throws Exception;
	}

	/** Reads one document, e.g. {@code Workspace::loadAudit}. */
	@FunctionalInterface
	public interface Load<T> {
		T load(String id) throws Exception;
	}

	private WorkspaceReads() {
	}

	/** One line per document, in the listing's order; notes for what cannot be read. */
	public static <T> List<Object> each(Ids ids, Load<T> load, Function<? super T, ?> line) {
		List<Object> lines = new ArrayList<>();
		List<String> listed;
		try {
			listed = ids.list();
		} catch (Exception e) {
			lines.add(new NavigatorNote(e.getMessage()));
			return lines;
		}
		for (String id : listed) {
			try {
				lines.add(line.apply(load.load(id)));
			} catch (Exception e) { // a broken file, whatever its fault, must not hide the others
				lines.add(new NavigatorNote(NLS.bind(Messages.Navigator_unreadable, id, e.getMessage())));
			}
		}
		return lines;
	}
}
