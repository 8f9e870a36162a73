package kansa.ui.editors;

/**
 * Implemented (as an adapter) by editors that show checklist items: lets the workbench, other views and start-up
 * options bring one item into view, e.g. an incident's mapped item.
 */
public interface ItemNavigation {

	/** Selects and reveals the item; false when the editor has no such item. */
	boolean reveal(String itemId);
}
