package kansa.ui.incidents.internal.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import kansa.core.incident.Incident;
import kansa.incidents.extract.DraftReview;
import kansa.incidents.extract.Found;
import kansa.incidents.extract.FoundCount;
import kansa.incidents.extract.FoundDate;
import kansa.incidents.extract.IncidentDraft;
import kansa.incidents.extract.Span;
import kansa.incidents.extract.Vocabulary;
import kansa.ui.incidents.internal.Messages;

/**
 * Page 2: the extracted draft as editable fields beside the article, where each field's source is highlighted;
 * the field with the focus has its source in a strong colour and scrolled into view. Values the extractor was
 * unsure of, or did not find, are marked 要確認.
 */
final class DraftPage extends WizardPage {

	static final String ID = "id";
	static final String ORGANIZATION = "organization";
	static final String INDUSTRY = "industry";
	static final String ANNOUNCED = "announced";
	static final String DISCOVERED = "discovered";
	static final String RECORDS = "records";
	static final String PERSONS = "persons";
	static final String DATA_TYPES = "dataTypes";
	static final String CAUSE = "cause";
	static final String ROUTE = "route";
	static final String NARRATIVE = "narrative";

	/** Below this the extractor inferred rather than read the value: the consultant should look. */
	static final double SURE = 0.7;

	private static final Pattern ID_RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
	private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；\\s]+");

	private final Map<String, DraftField> fields = new LinkedHashMap<>();
	private final ItemSuggestions suggestions;
	/** The items ticked, kept while the cause (and with it the list) changes. */
	private final Set<Incident.MappedItem> ticked = new LinkedHashSet<>();
	private Table items;
	private StyledText article;
	private SpanHighlighter highlighter;
	private IncidentDraft draft;
	private String active;

	DraftPage(ItemSuggestions suggestions) {
		super("draft");
		this.suggestions = suggestions;
		setTitle(Messages.Draft_title);
		setDescription(Messages.Draft_description);
	}

	@Override
	public void createControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite form = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		text(form, ID, Messages.Draft_id, false);
		text(form, ORGANIZATION, Messages.Draft_organization, true);
		combo(form, INDUSTRY, Messages.Draft_industry, Vocabulary.INDUSTRIES);
		text(form, ANNOUNCED, Messages.Draft_announced, true).setMessage(Messages.Field_dateHint);
		text(form, DISCOVERED, Messages.Draft_discovered, true).setMessage(Messages.Field_dateHint);
		text(form, RECORDS, Messages.Draft_records, true);
		text(form, PERSONS, Messages.Draft_persons, true);
		text(form, DATA_TYPES, Messages.Draft_dataTypes, true).setMessage(Messages.Draft_dataTypesHint);
		combo(form, CAUSE, Messages.Draft_cause, Vocabulary.CAUSES);
		combo(form, ROUTE, Messages.Draft_route, Vocabulary.DISCOVERY_ROUTES);
		Label l = new Label(form, SWT.NONE);
		l.setText(Messages.Draft_narrative);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(l);
		Text narrative = new Text(form, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(200, 48).applyTo(narrative);
		register(NARRATIVE, new DraftField(Messages.Draft_narrative, narrative, null));
		Label itemsLabel = new Label(form, SWT.NONE);
		itemsLabel.setText(Messages.Draft_items);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(itemsLabel);
		items = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		items.setToolTipText(Messages.Draft_itemsHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 110).applyTo(items);
		items.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
				if (!(item.getData() instanceof Incident.MappedItem m)) {
					item.setChecked(false); // the "none" line
					return;
				}
				if (item.getChecked()) {
					ticked.add(m);
				} else {
					ticked.remove(m);
				}
			}
		});
		fields.get(CAUSE).control.addListener(SWT.Modify, e -> suggest());

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(right);
		new Label(right, SWT.NONE).setText(Messages.Draft_article);
		article = new StyledText(right, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		article.setMargins(6, 6, 6, 6);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 300).applyTo(article);
		highlighter = new SpanHighlighter(article);
		sash.setWeights(11, 10);
		setControl(sash);
	}

	private Text text(Composite form, String key, String label, boolean checked) {
		new Label(form, SWT.NONE).setText(label);
		Text t = new Text(form, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).span(checked ? 1 : 2, 1).applyTo(t);
		register(key, new DraftField(label, t, checked ? marker(form) : null));
		return t;
	}

	private void combo(Composite form, String key, String label, List<Vocabulary.Term> choices) {
		new Label(form, SWT.NONE).setText(label);
		Combo c = new Combo(form, SWT.DROP_DOWN);
		choices.forEach(t -> c.add(t.label()));
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(c);
		register(key, new DraftField(label, c, marker(form)));
	}

	private static CLabel marker(Composite form) {
		CLabel marker = new CLabel(form, SWT.NONE);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(marker);
		return marker;
	}

	private void register(String key, DraftField field) {
		fields.put(key, field);
		field.control.addListener(SWT.FocusIn, e -> activate(key));
		field.control.addListener(SWT.Modify, e -> setErrorMessage(null));
	}

	/** Shows a fresh draft of {@code plain}; {@code published} stands in for a missing announcement date. */
	void show(String plain, IncidentDraft d, String suggestedId, LocalDate published) {
		draft = d;
		article.setText(plain);
		fields.get(ID).show(suggestedId, List.of(), null);
		fields.get(NARRATIVE).show("", List.of(), null);
		show(ORGANIZATION, d.organization());
		show(INDUSTRY, d.industry());
		show(CAUSE, d.cause());
		show(ROUTE, d.discoveryRoute());
		if (d.announced() == null && published != null) {
			fields.get(ANNOUNCED).show(published.toString(), List.of(), Messages.Draft_fromPublication);
		} else {
			show(ANNOUNCED, d.announced());
		}
		show(DISCOVERED, d.discovered());
		show(RECORDS, d.recordsAffected());
		show(PERSONS, d.personsAffected());
		List<Span> typeSpans = d.dataTypes().stream().map(Found::span).toList();
		double least = d.dataTypes().stream().mapToDouble(Found::confidence).min().orElse(0);
		fields.get(DATA_TYPES).show(String.join("、", d.dataTypes().stream().map(Found::value).toList()), typeSpans,
				reason(d.dataTypes().isEmpty() ? null : least));
		ticked.clear();
		suggest();
		active = null;
		highlight();
	}

	/** Lists the items cases of the cause violated, and any ticked before; a hint when there are none. */
	private void suggest() {
		items.removeAll();
		List<ItemSuggestions.Suggestion> list = new ArrayList<>(suggestions.forCause(value(CAUSE)));
		for (Incident.MappedItem m : ticked) {
			if (list.stream().noneMatch(s -> s.item().equals(m))) {
				list.add(0, new ItemSuggestions.Suggestion(m, suggestions.label(m.checklistId(), m.itemId())));
			}
		}
		for (ItemSuggestions.Suggestion s : list) {
			TableItem row = new TableItem(items, SWT.NONE);
			row.setText(s.label());
			row.setData(s.item());
			row.setChecked(ticked.contains(s.item()));
		}
		if (list.isEmpty()) {
			TableItem none = new TableItem(items, SWT.NONE);
			none.setText(Messages.Draft_noItems);
			none.setGrayed(true);
		}
	}

	private void show(String key, Found<String> f) {
		fields.get(key).show(f == null ? "" : f.value(), f == null ? List.of() : List.of(f.span()),
				reason(f == null ? null : f.confidence()));
	}

	private void show(String key, FoundDate d) {
		fields.get(key).show(DateField.format(d), d == null ? List.of() : List.of(d.span()),
				reason(d == null ? null : d.yearImplied() ? Math.min(d.confidence(), SURE / 2) : d.confidence()));
	}

	private void show(String key, FoundCount c) {
		fields.get(key).show(c == null ? "" : Long.toString(c.value()), c == null ? List.of() : List.of(c.span()),
				reason(c == null ? null : c.confidence()));
	}

	private static String reason(Double confidence) {
		if (confidence == null) {
			return Messages.Draft_notFound;
		}
		return confidence < SURE ? NLS.bind(Messages.Draft_unsure, Math.round(confidence * 100)) : null;
	}

	private void activate(String key) {
		if (!key.equals(active)) {
			active = key;
			highlight();
		}
	}

	private void highlight() {
		List<Span> all = new ArrayList<>();
		fields.values().forEach(f -> all.addAll(f.spans()));
		highlighter.apply(all, active == null ? List.of() : fields.get(active).spans());
	}

	/** The fields as a review, or the first problem with the field it is in (focused for the consultant). */
	DraftReview review(Collection<String> existingIds, Incident.Source source) throws FieldException {
		try {
			String id = value(ID);
			if (!ID_RULE.matcher(id).matches() || id.contains("..")) {
				throw new FieldException(fields.get(ID).label, Messages.Field_badId);
			}
			if (existingIds.contains(id)) {
				throw new FieldException(fields.get(ID).label, Messages.Field_idExists);
			}
			if (value(ORGANIZATION).isEmpty()) {
				throw new FieldException(fields.get(ORGANIZATION).label, Messages.Field_required);
			}
			DateField announced = DateField.parse(fields.get(ANNOUNCED).label, value(ANNOUNCED));
			DateField discovered = DateField.parse(fields.get(DISCOVERED).label, value(DISCOVERED));
			if (announced.date() != null && discovered.date() != null && discovered.date().isAfter(announced.date())) {
				throw new FieldException(fields.get(DISCOVERED).label, Messages.Field_discoveredAfterAnnounced);
			}
			List<String> types = Arrays.stream(LIST_SEPARATOR.split(value(DATA_TYPES))).filter(s -> !s.isEmpty())
					.distinct().toList();
			return new DraftReview(id, value(ORGANIZATION), value(INDUSTRY), announced.date(), announced.precision(),
					discovered.date(), discovered.precision(), count(RECORDS), count(PERSONS), types, value(CAUSE),
					value(ROUTE), value(NARRATIVE), source, List.copyOf(ticked));
		} catch (FieldException e) {
			fields.values().stream().filter(f -> f.label.equals(e.field())).findFirst()
					.ifPresent(f -> f.control.setFocus());
			throw e;
		}
	}

	private String value(String key) {
		return fields.get(key).text().strip();
	}

	private Long count(String key) throws FieldException {
		String v = value(key).replace(",", "").replace("，", "");
		if (v.isEmpty()) {
			return null;
		}
		try {
			long n = Long.parseLong(v);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below with the field's name
		}
		throw new FieldException(fields.get(key).label, Messages.Field_badCount);
	}

	IncidentDraft draft() {
		return draft;
	}
}
