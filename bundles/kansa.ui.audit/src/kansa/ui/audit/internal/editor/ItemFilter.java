package kansa.ui.audit.internal.editor;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/** Filters the item list by verdict (or "unanswered") and by top-level section. */
final class ItemFilter extends ViewerFilter {

	/** What the verdict filter shows. */
	sealed interface VerdictChoice {
		record All() implements VerdictChoice {
		}

		record Unanswered() implements VerdictChoice {
		}

		record Only(Verdict verdict) implements VerdictChoice {
		}
	}

	private final AuditDocument document;
	private VerdictChoice verdict = new VerdictChoice.All();
	private Section section;

	ItemFilter(AuditDocument document) {
		this.document = document;
	}

	void setVerdict(VerdictChoice choice) {
		this.verdict = choice;
	}

	void setSection(Section section) {
		this.section = section;
	}

	boolean isActive() {
		return !(verdict instanceof VerdictChoice.All) || section != null;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return matches((ChecklistItem) element);
	}

	boolean matches(ChecklistItem item) {
		if (section != null && section.allItems().noneMatch(i -> i.id().equals(item.id()))) {
			return false;
		}
		Verdict shown = document.shownVerdict(item);
		return switch (verdict) {
			case VerdictChoice.All a -> true;
			case VerdictChoice.Unanswered u -> !shown.isAssessed();
			case VerdictChoice.Only o -> shown == o.verdict();
		};
	}
}
