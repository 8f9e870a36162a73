package kansa.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import kansa.core.text.Language;

/**
 * ファイル → 表示言語: the operating system's language (default), 日本語 or English. The choice is kept in the
 * instance preferences ({@code kansa.ui/language}); the {@code kansa} script passes it as {@code -nl} on the next
 * start, which the menu offers at once (the script starts Kansa again when it exits with the restart code).
 */
final class LanguageMenu {

	static final String PREF_NODE = "kansa.ui";
	static final String PREF_LANGUAGE = "language";

	private LanguageMenu() {
	}

	static MenuManager create(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager(Messages.Menu_language, "kansa.language");
		String current = InstanceScope.INSTANCE.getNode(PREF_NODE).get(PREF_LANGUAGE, "");
		for (List<String> choice : List.of(List.of("", Messages.Language_auto),
				List.of(Language.JA.tag(), Messages.Language_japanese), List.of(Language.EN.tag(), Messages.Language_english))) {
			Action action = new Action(choice.get(1), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						choose(window, choice.get(0));
					}
				}
			};
			action.setChecked(current.equals(choice.get(0)));
			menu.add(action);
		}
		return menu;
	}

	private static void choose(IWorkbenchWindow window, String language) {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PREF_NODE);
		if (prefs.get(PREF_LANGUAGE, "").equals(language)) {
			return;
		}
		if (language.isEmpty()) {
			prefs.remove(PREF_LANGUAGE);
		} else {
			prefs.put(PREF_LANGUAGE, language);
		}
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			MessageDialog.openError(window.getShell(), Messages.Menu_language, e.getMessage());
			return;
		}
		if (MessageDialog.openQuestion(window.getShell(), Messages.Menu_language, Messages.Language_restart)) {
			window.getWorkbench().restart();
		}
	}
}
