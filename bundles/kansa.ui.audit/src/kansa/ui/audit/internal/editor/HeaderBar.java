package kansa.ui.audit.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import org.osgi.service.prefs.BackingStoreException;

import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Section;
import kansa.ui.audit.internal.Messages;

/**
 * The editor's top: the audit's name, progress (answered / total, always visible), the site results are recorded
 * for, the filters, whether judging moves on, and "next unanswered".
 */
final class HeaderBar {

	static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";
	static final String PREF_NODE = "kansa.ui.audit";
	static final String PREF_ADVANCE = "advanceAfterVerdict";

	private final Label title;
	private final ProgressBar bar;
	private final Label progress;
	private final Combo site;
	private final Combo verdictFilter;
	private final Combo sectionFilter;
	private final Button next;
	private final Button advance;
	private final List<ItemFilter.VerdictChoice> verdictChoices = new ArrayList<>();
	private final List<Section> sections = new ArrayList<>();
	private final List<String> sites = new ArrayList<>();

	HeaderBar(Composite parent, Audit audit, Locale locale) {
		// two rows, so that neither the progress nor the filters are squeezed away in a longer language:
		// the title with the progress, then the filters with "next unanswered"
		Composite heading = row(parent, 3);
		title = new Label(heading, SWT.NONE);
		title.setData(CSS_CLASS, "kansa-heading");
		// a long client and audit name is cut, not allowed to widen the editor beyond a 1366-pixel screen
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT)
				.applyTo(title);
		bar = new ProgressBar(heading, SWT.SMOOTH | SWT.HORIZONTAL);
		GridDataFactory.swtDefaults().hint(140, SWT.DEFAULT).applyTo(bar);
		progress = new Label(heading, SWT.NONE);
		progress.setData(CSS_CLASS, "kansa-progress");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(progress);

		Composite filters = row(parent, 8);
		new Label(filters, SWT.NONE).setText(Messages.Header_site);
		site = new Combo(filters, SWT.READ_ONLY);
		sites.add("");
		site.add(Messages.Header_allSites);
		for (String s : audit.client().sites()) {
			sites.add(s);
			site.add(s);
		}
		site.select(0);
		site.setEnabled(sites.size() > 1);

		new Label(filters, SWT.NONE).setText(Messages.Header_verdictFilter);
		verdictFilter = new Combo(filters, SWT.READ_ONLY);
		addChoice(new ItemFilter.VerdictChoice.All(), Messages.Header_all);
		addChoice(new ItemFilter.VerdictChoice.Unanswered(), Messages.Header_unanswered);
		for (Verdict v : VerdictKeys.ORDER) {
			addChoice(new ItemFilter.VerdictChoice.Only(v), v.label(locale));
		}
		verdictFilter.select(0);

		new Label(filters, SWT.NONE).setText(Messages.Header_sectionFilter);
		sectionFilter = new Combo(filters, SWT.READ_ONLY);
		sectionFilter.add(Messages.Header_allSections);
		sections.add(null);
		for (Section s : audit.checklist().sections()) {
			sections.add(s);
			sectionFilter.add(s.label(locale));
		}
		sectionFilter.select(0);
		// section names are long: this filter takes the spare width, so the button stays at the right edge
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(110, SWT.DEFAULT)
				.applyTo(sectionFilter);

		advance = new Button(filters, SWT.CHECK);
		advance.setText(Messages.Header_advance);
		advance.setToolTipText(Messages.Header_advanceTip);
		advance.setSelection(prefs().getBoolean(PREF_ADVANCE, true));
		advance.addListener(SWT.Selection, e -> {
			prefs().putBoolean(PREF_ADVANCE, advance.getSelection());
			try {
				prefs().flush();
			} catch (BackingStoreException ex) {
				// kept for this session; the next start falls back to the default
			}
		});

		next = new Button(filters, SWT.PUSH);
		next.setText(Messages.Header_next);
		next.setToolTipText(Messages.Header_nextTip);
	}

	private static IEclipsePreferences prefs() {
		return InstanceScope.INSTANCE.getNode(PREF_NODE);
	}

	/** Whether a verdict key that needs no finding (適合, 該当なし) moves on to the next unanswered item. */
	boolean advanceAfterVerdict() {
		return advance.getSelection();
	}

	private static Composite row(Composite parent, int columns) {
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(8, 3).spacing(8, 4).applyTo(row);
		return row;
	}

	private void addChoice(ItemFilter.VerdictChoice choice, String label) {
		verdictChoices.add(choice);
		verdictFilter.add(label);
	}

	void update(String titleText, int answered, int total) {
		title.setText(titleText);
		bar.setMaximum(Math.max(1, total));
		bar.setSelection(answered);
		int percent = total == 0 ? 0 : answered * 100 / total;
		progress.setText(NLS.bind(Messages.Header_progress, new Object[] { answered, total, percent }));
		progress.requestLayout();
	}

	String selectedSite() {
		return sites.get(Math.max(0, site.getSelectionIndex()));
	}

	ItemFilter.VerdictChoice verdictChoice() {
		return verdictChoices.get(Math.max(0, verdictFilter.getSelectionIndex()));
	}

	Section section() {
		return sections.get(Math.max(0, sectionFilter.getSelectionIndex()));
	}

	/** Shows every item again (after "next unanswered" found one the filters hid). */
	void resetFilters() {
		verdictFilter.select(0);
		sectionFilter.select(0);
	}

	void onSiteChanged(Runnable r) {
		site.addListener(SWT.Selection, e -> r.run());
	}

	void onFilterChanged(Runnable r) {
		verdictFilter.addListener(SWT.Selection, e -> r.run());
		sectionFilter.addListener(SWT.Selection, e -> r.run());
	}

	void onNext(Runnable r) {
		next.addListener(SWT.Selection, e -> r.run());
	}
}
