package kansa.ui.incidents.internal.view;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import kansa.core.incident.Incident;
import kansa.ui.incidents.internal.ItemTitles;
import kansa.ui.incidents.internal.Messages;
import kansa.ui.services.CatalogRegistry;

/**
 * The selected case: organisation, what happened, the data that leaked, countermeasures, the mapped checklist
 * items (ID and title, from the installed catalogs) and the sources.
 */
final class DetailsPane {

	private final StyledText text;
	private final CatalogRegistry catalogs;

	DetailsPane(Composite parent, CatalogRegistry catalogs) {
		this.catalogs = catalogs;
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setMargins(8, 8, 8, 8);
		show(null);
	}

	void show(Incident i) {
		if (text.isDisposed()) {
			return;
		}
		text.setStyleRanges(new StyleRange[0]);
		if (i == null) {
			text.setText(Messages.Details_none);
			return;
		}
		StringBuilder b = new StringBuilder();
		List<int[]> bold = new java.util.ArrayList<>();
		heading(b, bold, i.organization());
		if (!i.service().isEmpty()) {
			b.append(Messages.Details_service).append(": ").append(i.service()).append('\n');
		}
		b.append(String.join(" / ", List.of(IncidentLibraryView.date(i), i.cause(), IncidentLibraryView.records(i))
				.stream().filter(s -> !s.isEmpty()).toList())).append("\n\n");
		heading(b, bold, Messages.Details_narrative);
		b.append(i.narrative()).append("\n\n");
		heading(b, bold, Messages.Details_dataTypes);
		b.append(String.join("、", i.dataTypes())).append("\n\n");
		if (!i.countermeasures().isEmpty()) {
			heading(b, bold, Messages.Details_countermeasures);
			i.countermeasures().forEach(c -> b.append("・").append(c).append('\n'));
			b.append('\n');
		}
		heading(b, bold, Messages.Details_mapped);
		if (i.mappedItems().isEmpty()) {
			b.append(Messages.Details_noMapped).append('\n');
		}
		i.mappedItems().forEach(m -> b.append("・").append(ItemTitles.label(catalogs, m.checklistId(), m.itemId()))
				.append(m.reason().isEmpty() ? "" : " — " + m.reason()).append('\n'));
		b.append('\n');
		heading(b, bold, Messages.Details_sources);
		if (i.sources().isEmpty()) {
			b.append(Messages.Details_noSources).append('\n');
		}
		i.sources().forEach(s -> b.append("・").append(source(s)).append('\n'));
		text.setText(b.toString());
		for (int[] r : bold) {
			StyleRange style = new StyleRange(r[0], r[1], null, null, SWT.BOLD);
			text.setStyleRange(style);
		}
	}

	private static String source(Incident.Source s) {
		List<String> parts = new java.util.ArrayList<>();
		if (!s.title().isEmpty()) {
			parts.add(s.title());
		}
		if (s.date() != null) {
			parts.add(s.date().toString());
		}
		if (!s.url().isEmpty()) {
			parts.add(s.url());
		}
		return String.join(" — ", parts);
	}

	private static void heading(StringBuilder b, List<int[]> bold, String heading) {
		bold.add(new int[] { b.length(), heading.length() });
		b.append(heading).append('\n');
	}

	StyledText control() {
		return text;
	}
}
