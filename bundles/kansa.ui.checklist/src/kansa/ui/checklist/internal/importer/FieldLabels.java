package kansa.ui.checklist.internal.importer;

import kansa.checklist.excel.ColumnField;
import kansa.ui.checklist.internal.Messages;

/** The importer's column fields as the mapping combo names them. */
final class FieldLabels {

	private FieldLabels() {
	}

	static String of(ColumnField f) {
		return switch (f) {
			case NUMBER -> Messages.Field_number;
			case TITLE -> Messages.Field_title;
			case REQUIREMENT -> Messages.Field_requirement;
			case QUESTION -> Messages.Field_question;
			case HOW_TO_CHECK -> Messages.Field_how;
			case EVIDENCE -> Messages.Field_evidence;
			case GUIDANCE -> Messages.Field_guidance;
			case RELATED -> Messages.Field_related;
			case NOT_APPLICABLE -> Messages.Field_na;
			case APPLICABLE -> Messages.Field_applicable;
			case VERDICT -> Messages.Field_verdict;
			case NOTES -> Messages.Field_notes;
			case SECTION -> Messages.Field_section;
			case TITLE_EN -> Messages.Field_titleEn;
			case QUESTION_EN -> Messages.Field_questionEn;
			case HOW_TO_CHECK_EN -> Messages.Field_howEn;
			case EVIDENCE_EN -> Messages.Field_evidenceEn;
			case GUIDANCE_EN -> Messages.Field_guidanceEn;
			case ID -> Messages.Field_id;
			case EXTRA -> Messages.Field_extra;
			case IGNORE -> Messages.Field_ignore;
		};
	}

	static String[] all() {
		ColumnField[] fields = ColumnField.values();
		String[] labels = new String[fields.length];
		for (int k = 0; k < fields.length; k++) {
			labels[k] = of(fields[k]);
		}
		return labels;
	}
}
