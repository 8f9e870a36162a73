package kansa.ui.checklist.internal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/** The first items of an import result as the preview table lists them, one row per item. */
record PreviewRows(List<Row> rows, int total) {

	record Row(String section, String number, String title, String question, String howToCheck, String evidence,
			String extras) {
	}

	static PreviewRows of(Checklist c, Locale locale, int max) {
		List<Row> rows = new ArrayList<>();
		for (Section top : c.sections()) {
			top.allSections().forEach(s -> {
				for (ChecklistItem i : s.items()) {
					if (rows.size() < max) {
						rows.add(row(s, i, locale));
					}
				}
			});
		}
		return new PreviewRows(rows, c.itemCount());
	}

	private static Row row(Section s, ChecklistItem i, Locale locale) {
		String question = i.questions().stream().map(q -> q.get(locale)).collect(Collectors.joining(" / "));
		String extras = i.extras().entrySet().stream().map(PreviewRows::extra).collect(Collectors.joining("; "));
		return new Row(s.label(locale), i.number(), i.title().get(locale), oneLine(question),
				oneLine(i.howToCheck().get(locale)), oneLine(i.expectedEvidence().get(locale)), oneLine(extras));
	}

	private static String extra(Map.Entry<String, String> e) {
		return e.getKey() + ": " + e.getValue();
	}

	/** Table cells show one line: line breaks of a cell become a visible mark. */
	private static String oneLine(String s) {
		return s.replace("\r\n", "\n").replace("\n", " ⏎ ");
	}
}
