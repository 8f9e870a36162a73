package kansa.ui.audit.internal.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kansa.audit.AuditOperations;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditOverview;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Auditee;
import kansa.ui.audit.internal.Messages;

/**
 * The editor's 概要 page: what the report's 監査概要 and 総評 say (title, client, sites, objective, scope,
 * criteria, dates, team, auditees, summary) and the audit's status. Every field records as the user types, as one
 * undoable edit per field; a field is only rewritten from the model when the model changed for another reason
 * (undo, reload), never while its own text is being recorded, so the caret stays where the user typed.
 */
final class OverviewPage {

	private static final int FIELD_WIDTH = 480;

	/** Widget data naming the overview part a text field edits (for accessibility tools and UI tests). */
	static final String FIELD_KEY = "kansa.overview.field";

	/** What the page asks of its editor. */
	interface Actions {
		void edit(String label, EditHistory.Change change, String coalesceKey);

		void changeStatus();
	}

	/** A field bound to one part of the overview. */
	private final class Field {
		final String key;
		final String label;
		final Text text;
		final Function<AuditOverview, String> shown;
		/** The typed text as a new overview, or null (and {@link #problem}) when the text is not valid. */
		final BiFunction<AuditOverview, String, AuditOverview> parse;
		/** The model's text this widget last showed or recorded: refresh leaves the widget alone while it matches. */
		String lastSeen;

		Field(String key, String label, Text text, Function<AuditOverview, String> shown,
				BiFunction<AuditOverview, String, AuditOverview> parse) {
			this.key = key;
			this.label = label;
			this.text = text;
			this.shown = shown;
			this.parse = parse;
		}
	}

	private final AuditDocument document;
	private final Actions actions;
	private final Locale locale;
	private final ScrolledComposite scroller;
	private final Composite form;
	private final Label status;
	private final Label problem;
	private final Label readOnly;
	private final List<Field> fields = new ArrayList<>();
	private Field startField;
	private Field endField;
	private boolean recording;

	OverviewPage(Composite parent, AuditDocument document, Actions actions, Locale locale) {
		this.document = document;
		this.actions = actions;
		this.locale = locale;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		form = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(10, 7).applyTo(form);
		scroller.setContent(form);

		Label statusLabel = new Label(form, SWT.NONE);
		statusLabel.setText(Messages.Overview_status);
		Composite statusRow = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(statusRow);
		status = new Label(statusRow, SWT.NONE);
		status.setData(HeaderBar.CSS_CLASS, "kansa-progress");
		Button change = new Button(statusRow, SWT.PUSH);
		change.setText(Messages.Overview_changeStatus);
		change.addListener(SWT.Selection, e -> actions.changeStatus());
		readOnly = new Label(form, SWT.WRAP);
		readOnly.setText(Messages.Overview_readOnly);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(readOnly);
		problem = new Label(form, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).exclude(true)
				.applyTo(problem);
		problem.setVisible(false);

		heading(Messages.Overview_sectionAudit);
		field("title", Messages.Overview_title, 1, AuditOverview::title, AuditOverview::withTitle);
		field("client", Messages.Overview_client, 1, AuditOverview::clientName, (o, v) -> v.isBlank() ? null
				: o.withClientName(v));
		field("sites", Messages.Overview_sites, 3, o -> lines(o.sites()), (o, v) -> o.withSites(lines(v)));
		field("objective", Messages.Overview_objective, 3, AuditOverview::objective, AuditOverview::withObjective);
		field("scope", Messages.Overview_scope, 3, AuditOverview::scope, AuditOverview::withScope);
		field("criteria", Messages.Overview_criteria, 3, o -> lines(o.criteria()), (o, v) -> o.withCriteria(lines(v)));
		startField = field("start", Messages.Overview_start, 1, o -> date(o.startDate()), this::withDates);
		endField = field("end", Messages.Overview_end, 1, o -> date(o.endDate()), this::withDates);

		heading(Messages.Overview_sectionTeam);
		field("lead", Messages.Overview_lead, 1, AuditOverview::leadAuditor, AuditOverview::withLeadAuditor);
		field("team", Messages.Overview_team, 3, o -> lines(o.team()), (o, v) -> o.withTeam(lines(v)));
		field("auditees", Messages.Overview_auditees, 4, o -> auditeeLines(o.auditees()),
				(o, v) -> o.withAuditees(auditees(v)));

		heading(Messages.Overview_sectionSummary);
		field("summary", Messages.Overview_summary, 8, AuditOverview::summary, AuditOverview::withSummary);
		refresh();
	}

	Control control() {
		return scroller;
	}

	private void heading(String text) {
		Label l = new Label(form, SWT.NONE);
		l.setText(text);
		l.setData(HeaderBar.CSS_CLASS, "kansa-heading");
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(l);
	}

	private Field field(String key, String label, int lines, Function<AuditOverview, String> shown,
			BiFunction<AuditOverview, String, AuditOverview> parse) {
		boolean multi = lines > 1;
		Label l = new Label(form, SWT.NONE);
		l.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, multi ? SWT.BEGINNING : SWT.CENTER).applyTo(l);
		Text text = new Text(form, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridDataFactory.fillDefaults().grab(true, false)
				.hint(FIELD_WIDTH, multi ? lines * text.getLineHeight() + 6 : SWT.DEFAULT).applyTo(text);
		Field f = new Field(key, label, text, shown, parse);
		text.setData(FIELD_KEY, key);
		text.addListener(SWT.Modify, e -> typed(f));
		if (multi) {
			// Tab moves on instead of typing a tab, as in any form
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
		fields.add(f);
		return f;
	}

	private void typed(Field f) {
		if (recording) {
			return;
		}
		AuditOverview current = document.current().overview();
		AuditOverview next;
		try {
			next = f.parse.apply(current, f.text.getText());
		} catch (IllegalArgumentException | DateTimeParseException e) {
			next = null;
		}
		if (next == null) {
			showProblem(NLS.bind(problemText(f), f.label.replace(":", "")));
			return;
		}
		clearProblem();
		AuditOverview edited = next;
		recording = true;
		try {
			actions.edit(NLS.bind(Messages.Edit_overview, f.label.replace(":", "")),
					a -> AuditOperations.editOverview(a, edited), "overview:" + f.key);
		} finally {
			recording = false;
		}
		AuditOverview now = document.current().overview();
		for (Field other : fields) {
			// the edited field, and for dates its partner, now match the model as recorded
			if (other == f || (f == startField || f == endField) && (other == startField || other == endField)) {
				other.lastSeen = other.shown.apply(now);
			}
		}
		updateState();
	}

	private String problemText(Field f) {
		if (f == startField || f == endField) {
			return dateProblem();
		}
		return "auditees".equals(f.key) ? Messages.Overview_auditeeName : Messages.Overview_required;
	}

	private void clearProblem() {
		if (!problem.getText().isEmpty()) {
			showProblem("");
		}
	}

	/** The problem line takes room only while there is a problem. */
	private void showProblem(String text) {
		problem.setText(text);
		problem.setVisible(!text.isEmpty());
		((GridData) problem.getLayoutData()).exclude = text.isEmpty();
		problem.requestLayout();
	}

	/** Both dates from their fields; null when one is not a date or the end is before the start. */
	private AuditOverview withDates(AuditOverview o, String ignored) {
		LocalDate start = parseDate(startField.text.getText());
		LocalDate end = parseDate(endField.text.getText());
		if (start == null && !startField.text.getText().isBlank() || end == null && !endField.text.getText().isBlank()
				|| start != null && end != null && end.isBefore(start)) {
			return null;
		}
		return o.withDates(start, end);
	}

	private String dateProblem() {
		LocalDate start = parseDate(startField.text.getText());
		LocalDate end = parseDate(endField.text.getText());
		if (start != null && end != null && end.isBefore(start)) {
			return Messages.Overview_endBeforeStart;
		}
		return Messages.Overview_badDate;
	}

	private static LocalDate parseDate(String text) {
		String t = text.strip().replace('/', '-');
		if (t.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(t);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String date(LocalDate d) {
		return d == null ? "" : d.toString();
	}

	private static String lines(List<String> values) {
		return String.join("\n", values);
	}

	/** One entry a line; blank lines are not entries. */
	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String auditeeLines(List<Auditee> auditees) {
		return String.join("\n", auditees.stream().map(a -> String.join("、", a.name(), a.department(), a.role())
				.replaceAll("、+$", "")).toList());
	}

	/**
	 * One person a line: 氏名、部署、役割, separated by 、 , or a tab (rows pasted from Excel); null when a line has a
	 * department or role but no name.
	 */
	private static List<Auditee> auditees(String text) {
		List<Auditee> result = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split("\\s*[、,，\\t]\\s*", -1);
			String name = parts[0].strip();
			if (name.isEmpty()) {
				throw new IllegalArgumentException("auditee without a name");
			}
			result.add(new Auditee(name, parts.length > 1 ? parts[1] : "", parts.length > 2
					? String.join("、", Arrays.copyOfRange(parts, 2, parts.length)) : ""));
		}
		return result;
	}

	/** Shows the model where it changed for a reason other than this page's own typing (undo, redo, reload). */
	void refresh() {
		if (recording || scroller.isDisposed()) {
			return;
		}
		AuditOverview o = document.current().overview();
		for (Field f : fields) {
			String model = f.shown.apply(o);
			if (!model.equals(f.lastSeen)) {
				f.lastSeen = model;
				if (!f.text.getText().equals(model)) {
					recording = true;
					try {
						f.text.setText(model);
					} finally {
						recording = false;
					}
				}
			}
		}
		updateState();
	}

	private void updateState() {
		Audit a = document.current();
		status.setText(a.status().label(locale));
		status.requestLayout();
		boolean editable = a.status() != AuditStatus.REPORTED && a.status() != AuditStatus.CLOSED;
		fields.forEach(f -> f.text.setEditable(editable));
		boolean wasVisible = readOnly.getVisible();
		readOnly.setVisible(!editable);
		((GridData) readOnly.getLayoutData()).exclude = editable;
		if (wasVisible == editable) {
			readOnly.requestLayout();
		}
		scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}
}
