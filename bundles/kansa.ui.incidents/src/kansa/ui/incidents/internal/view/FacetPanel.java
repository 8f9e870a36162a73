package kansa.ui.incidents.internal.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import kansa.incidents.search.FacetedSearch;
import kansa.incidents.search.RecordsSize;
import kansa.incidents.search.SearchResult.FacetCount;
import kansa.ui.incidents.internal.Messages;

/**
 * 絞り込み: one branch per facet (原因, 年, 業種, 情報の種類, 発覚経緯, 件数規模) listing its values with their counts.
 * Ticking a value filters on it (one value per facet; facets combine with AND); unticking it, or its facet,
 * removes the filter. The counts come from the search (drill sideways), so the other values stay visible.
 */
final class FacetPanel {

	private final Tree tree;
	private final Map<String, TreeItem> branches = new LinkedHashMap<>();
	/** The chosen value per facet; absent for all. */
	private final Map<String, String> chosen = new LinkedHashMap<>();
	private final Set<String> collapsed = new HashSet<>();
	private final Runnable changed;

	FacetPanel(Composite parent, Runnable changed) {
		this.changed = changed;
		Composite panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(panel);
		tree = new Tree(panel, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, SWT.DEFAULT).applyTo(tree);
		Button clear = new Button(panel, SWT.PUSH);
		clear.setText(Messages.Facet_clear);
		GridDataFactory.fillDefaults().applyTo(clear);
		clear.addListener(SWT.Selection, e -> {
			clear();
			changed.run();
		});
		for (String dim : IncidentSearch.FACETS) {
			TreeItem branch = new TreeItem(tree, SWT.NONE);
			branch.setData(dim);
			branch.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			branches.put(dim, branch);
		}
		tree.addListener(SWT.Selection, this::toggled);
		tree.addListener(SWT.Collapse, e -> collapsed.add((String) e.item.getData()));
		tree.addListener(SWT.Expand, e -> collapsed.remove((String) e.item.getData()));
		show(Map.of());
	}

	private void toggled(Event e) {
		if (e.detail != SWT.CHECK || !(e.item instanceof TreeItem item)) {
			return;
		}
		if (item.getParentItem() == null) {
			// a facet's own box: ticked means "filtered", so unticking clears it and ticking alone does nothing
			chosen.remove((String) item.getData());
		} else {
			String dim = (String) item.getParentItem().getData();
			if (item.getChecked()) {
				chosen.put(dim, (String) item.getData());
			} else {
				chosen.remove(dim);
			}
		}
		markChosen();
		changed.run();
	}

	/** The chosen value per facet; "" for all. */
	Map<String, String> selection() {
		Map<String, String> all = new LinkedHashMap<>();
		IncidentSearch.FACETS.forEach(dim -> all.put(dim, chosen.getOrDefault(dim, "")));
		return all;
	}

	void clear() {
		chosen.clear();
		markChosen();
	}

	/** Lists each facet's values with the counts of a search; a chosen value stays listed (0 when no case has it). */
	void show(Map<String, List<FacetCount>> counts) {
		tree.setRedraw(false);
		try {
			for (String dim : IncidentSearch.FACETS) {
				TreeItem branch = branches.get(dim);
				List<FacetCount> list = new ArrayList<>(counts.getOrDefault(dim, List.of()));
				list.sort(order(dim));
				String keep = chosen.get(dim);
				if (keep != null && list.stream().noneMatch(f -> f.value().equals(keep))) {
					list.add(new FacetCount(keep, 0));
				}
				branch.removeAll();
				for (FacetCount f : list) {
					TreeItem value = new TreeItem(branch, SWT.NONE);
					value.setData(f.value());
					value.setText(NLS.bind(Messages.Facet_value, label(dim, f.value()), f.count()));
				}
				branch.setExpanded(!collapsed.contains(dim));
			}
			markChosen();
		} finally {
			tree.setRedraw(true);
		}
	}

	/** Ticks the chosen values and their facets; a facet's title tells its choice even when it is collapsed. */
	private void markChosen() {
		branches.forEach((dim, branch) -> {
			String value = chosen.get(dim);
			branch.setChecked(value != null);
			branch.setText(value == null ? title(dim) : NLS.bind(Messages.Facet_chosen, title(dim), label(dim, value)));
			for (TreeItem item : branch.getItems()) {
				item.setChecked(item.getData().equals(value));
			}
		});
	}

	private static String title(String dim) {
		return switch (dim) {
			case FacetedSearch.CAUSE -> Messages.Facet_cause;
			case FacetedSearch.YEAR -> Messages.Facet_year;
			case FacetedSearch.INDUSTRY -> Messages.Facet_industry;
			case FacetedSearch.DATA_TYPE -> Messages.Facet_dataType;
			case FacetedSearch.ROUTE -> Messages.Facet_route;
			case FacetedSearch.SIZE -> Messages.Facet_size;
			default -> dim;
		};
	}

	/** Years newest first, sizes smallest first, the rest by count as the search gives them. */
	private static Comparator<FacetCount> order(String dim) {
		return switch (dim) {
			case FacetedSearch.YEAR -> Comparator.comparing(FacetCount::value).reversed();
			case FacetedSearch.SIZE -> Comparator
					.comparingInt(f -> RecordsSize.ofKey(f.value()).map(Enum::ordinal).orElse(Integer.MAX_VALUE));
			default -> (a, b) -> 0;
		};
	}

	static String label(String dim, String value) {
		if (dim.equals(FacetedSearch.YEAR)) {
			return NLS.bind(Messages.Facet_yearValue, value);
		}
		if (dim.equals(FacetedSearch.SIZE)) {
			return RecordsSize.ofKey(value).map(FacetPanel::sizeLabel).orElse(value);
		}
		return value;
	}

	private static String sizeLabel(RecordsSize s) {
		return switch (s) {
			case UNKNOWN -> Messages.Size_unknown;
			case UNDER_100 -> Messages.Size_under100;
			case HUNDREDS -> Messages.Size_hundreds;
			case THOUSANDS -> Messages.Size_thousands;
			case TENS_OF_THOUSANDS -> Messages.Size_tensOfThousands;
			case HUNDREDS_OF_THOUSANDS -> Messages.Size_hundredsOfThousands;
			case MILLIONS -> Messages.Size_millions;
		};
	}
}
