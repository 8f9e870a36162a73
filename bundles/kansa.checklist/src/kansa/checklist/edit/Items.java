package kansa.checklist.edit;

import java.util.List;
import java.util.Map;

import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.RequirementRef;
import kansa.core.text.LocalizedText;

/** Copies of an item with one field changed, for {@link Edits#editItem(String, String, java.util.function.UnaryOperator)}. */
public final class Items {

	private Items() {
	}

	public static ChecklistItem withNumber(ChecklistItem i, String number) {
		return new ChecklistItem(i.id(), number, i.title(), i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), i.related(), i.notApplicable());
	}

	public static ChecklistItem withTitle(ChecklistItem i, LocalizedText title) {
		return new ChecklistItem(i.id(), i.number(), title, i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), i.related(), i.notApplicable());
	}

	public static ChecklistItem withRequirements(ChecklistItem i, List<RequirementRef> requirements) {
		return new ChecklistItem(i.id(), i.number(), i.title(), requirements, i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), i.related(), i.notApplicable());
	}

	public static ChecklistItem withQuestions(ChecklistItem i, List<LocalizedText> questions) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), questions, i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), i.related(), i.notApplicable());
	}

	public static ChecklistItem withHowToCheck(ChecklistItem i, LocalizedText howToCheck) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), howToCheck,
				i.expectedEvidence(), i.guidance(), i.extras(), i.related(), i.notApplicable());
	}

	public static ChecklistItem withExpectedEvidence(ChecklistItem i, LocalizedText evidence) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), i.howToCheck(),
				evidence, i.guidance(), i.extras(), i.related(), i.notApplicable());
	}

	public static ChecklistItem withGuidance(ChecklistItem i, LocalizedText guidance) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), guidance, i.extras(), i.related(), i.notApplicable());
	}

	public static ChecklistItem withExtras(ChecklistItem i, Map<String, String> extras) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), extras, i.related(), i.notApplicable());
	}

	public static ChecklistItem withRelated(ChecklistItem i, List<ItemRef> related) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), related, i.notApplicable());
	}

	public static ChecklistItem withNotApplicable(ChecklistItem i, List<NotApplicable> marks) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), i.related(), marks);
	}
}
