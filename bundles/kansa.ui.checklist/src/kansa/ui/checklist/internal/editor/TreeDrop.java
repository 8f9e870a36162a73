package kansa.ui.checklist.internal.editor;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import kansa.checklist.edit.EditCommand;
import kansa.checklist.edit.Edits;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/**
 * Drag and drop inside the tree: an item dropped before or after another item moves there (also into another
 * section), dropped on a section it goes to that section's end; a section dropped before or after another section
 * becomes its sibling, dropped on one it becomes its last sub-section. Each drop is one move command.
 */
final class TreeDrop extends ViewerDropAdapter {

	private final Supplier<Checklist> checklist;
	private final CommandSink sink;

	private TreeDrop(TreeViewer viewer, Supplier<Checklist> checklist, CommandSink sink) {
		super(viewer);
		this.checklist = checklist;
		this.sink = sink;
	}

	static void install(TreeViewer viewer, Supplier<Checklist> checklist, CommandSink sink) {
		Transfer[] types = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, types, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = selection.size() == 1;
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, types, new TreeDrop(viewer, checklist, sink));
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		Object dragged = dragged();
		return dragged != null && target != null && command(dragged, target, getCurrentLocation()).isPresent();
	}

	@Override
	public boolean performDrop(Object data) {
		Object dragged = dragged();
		Optional<EditCommand> move = dragged == null ? Optional.empty()
				: command(dragged, getCurrentTarget(), getCurrentLocation());
		return move.isPresent() && sink.execute(move.get());
	}

	private static Object dragged() {
		var selection = LocalSelectionTransfer.getTransfer().getSelection();
		return selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
	}

	/** The move that dropping {@code dragged} at {@code location} of {@code target} means, if any. */
	Optional<EditCommand> command(Object dragged, Object target, int location) {
		return move(checklist.get(), dragged, target, location);
	}

	static Optional<EditCommand> move(Checklist c, Object dragged, Object target, int location) {
		if (dragged instanceof ChecklistItem item) {
			if (target instanceof Section s) {
				return Optional.of(Edits.moveItem(item.id(), s.id(), -1));
			}
			if (target instanceof ChecklistItem other && !other.id().equals(item.id())) {
				Positions from = Positions.ofItem(c, item.id()).orElse(null);
				Positions to = Positions.ofItem(c, other.id()).orElse(null);
				if (from == null || to == null) {
					return Optional.empty();
				}
				int index = to.index() + (location == LOCATION_AFTER ? 1 : 0);
				if (from.parentId().equals(to.parentId()) && from.index() < index) {
					index--; // the item leaves its place before it is inserted
				}
				return Optional.of(Edits.moveItem(item.id(), to.parentId(), index));
			}
		} else if (dragged instanceof Section section && target instanceof Section other
				&& !other.id().equals(section.id())) {
			if (location == LOCATION_ON || location == LOCATION_NONE) {
				return Optional.of(Edits.moveSection(section.id(), other.id(), -1));
			}
			Positions from = Positions.ofSection(c, section.id()).orElse(null);
			Positions to = Positions.ofSection(c, other.id()).orElse(null);
			if (from == null || to == null) {
				return Optional.empty();
			}
			int index = to.index() + (location == LOCATION_AFTER ? 1 : 0);
			if (java.util.Objects.equals(from.parentId(), to.parentId()) && from.index() < index) {
				index--;
			}
			return Optional.of(Edits.moveSection(section.id(), to.parentId(), index));
		}
		return Optional.empty();
	}
}
