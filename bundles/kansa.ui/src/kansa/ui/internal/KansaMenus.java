package kansa.ui.internal;

/**
 * Ids of the menus, tool bar and groups that plugin.xml files contribute into, e.g.
 * {@code menu:file?after=kansa.new} or {@code toolbar:kansa.toolbar.main?after=kansa.open}.
 */
final class KansaMenus {

	static final String AUDIT_MENU = "audit";
	static final String RECENT_MENU = "kansa.recent";
	static final String MAIN_TOOLBAR = "kansa.toolbar.main";
	static final String WORKSPACE_STATUS = "kansa.status.workspace";
	static final String GROUP_NEW = "kansa.new";
	static final String GROUP_OPEN = "kansa.open";
	static final String GROUP_SAVE = "kansa.save";
	static final String GROUP_EDIT = "kansa.edit";
	static final String GROUP_EXIT = "kansa.exit";

	private KansaMenus() {
	}
}
