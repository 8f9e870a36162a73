package kansa.ui.checklist.internal.editor;

import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyListener;

import kansa.checklist.edit.Edits;
import kansa.core.checklist.Checklist;
import kansa.ui.checklist.internal.Messages;

/**
 * The tree's context menu: add item (Insert), add section, delete (Delete), renumber, then save as a new version
 * and the history. Structure steps go through the editor's command stack, so Ctrl+Z undoes them.
 */
final class StructureMenu {

	/** What the menu asks of the editor. */
	interface Target {
		Checklist checklist();

		Object selected();

		/** Runs the step; when it added an element, selects it and starts editing its title. */
		boolean run(StructureEdits edit);

		void saveAsNewVersion();

		void showHistory();
	}

	private final Target target;

	StructureMenu(ChecklistTree tree, Target target) {
		this.target = target;
		MenuManager menu = new MenuManager();
		IAction addItem = action(Messages.Structure_addItem, this::addItem);
		addItem.setAccelerator(SWT.INSERT);
		IAction delete = action(Messages.Structure_delete, this::delete);
		delete.setAccelerator(SWT.DEL);
		menu.add(addItem);
		menu.add(action(Messages.Structure_addSection, this::addSection));
		menu.add(delete);
		menu.add(action(Messages.Structure_renumber, this::renumber));
		menu.add(new Separator());
		menu.add(action(Messages.Version_save, target::saveAsNewVersion));
		menu.add(action(Messages.Version_history, target::showHistory));
		menu.addMenuListener(m -> delete.setEnabled(target.selected() != null));
		tree.viewer().getControl().setMenu(menu.createContextMenu(tree.viewer().getControl()));
		tree.viewer().getControl().addKeyListener(KeyListener.keyPressedAdapter(e -> {
			if (e.keyCode == SWT.INSERT && e.stateMask == 0) {
				addItem();
			} else if (e.keyCode == SWT.DEL && e.stateMask == 0) {
				delete();
			}
		}));
	}

	private static IAction action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	boolean addItem() {
		Optional<StructureEdits> edit = StructureEdits.addItem(target.checklist(), target.selected(),
				kansa.ui.checklist.internal.Messages.contentLocale());
		return edit.isPresent() ? target.run(edit.get()) : addSection();
	}

	boolean addSection() {
		return target.run(StructureEdits.addSection(target.checklist(), target.selected(),
				kansa.ui.checklist.internal.Messages.contentLocale()));
	}

	boolean delete() {
		return StructureEdits.delete(target.selected()).map(target::run).orElse(false);
	}

	boolean renumber() {
		return target.run(new StructureEdits(Edits.renumber(), null));
	}
}
