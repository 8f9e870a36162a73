package kansa.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kansa.core.audit.Audit;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Finding;
import kansa.core.audit.ItemResult;

/** Corrective-action requests of an audit: its own findings' and those carried over from earlier audits. */
public final class CorrectiveActions {

	private CorrectiveActions() {
	}

	public static Stream<CorrectiveAction> all(Audit audit) {
		Stream<CorrectiveAction> own = audit.findings().stream().map(f -> f.finding().correctiveAction())
				.filter(c -> c != null);
		return Stream.concat(own, audit.carriedOver().stream().map(CarriedAction::action));
	}

	public static List<CorrectiveAction> open(Audit audit) {
		return all(audit).filter(c -> c.status().isOpen()).toList();
	}

	public static Optional<CorrectiveAction> find(Audit audit, String id) {
		return all(audit).filter(c -> c.id().equals(id)).findFirst();
	}

	/** A copy of the audit with the request of the same id replaced. */
	static Audit replace(Audit audit, CorrectiveAction updated) {
		List<CarriedAction> carried = audit.carriedOver().stream()
				.map(c -> c.action().id().equals(updated.id()) ? c.withAction(updated) : c).toList();
		Audit result = audit.withCarriedOver(carried);
		for (ItemResult r : audit.results()) {
			boolean hit = r.findings().stream()
					.anyMatch(f -> f.correctiveAction() != null && f.correctiveAction().id().equals(updated.id()));
			if (hit) {
				List<Finding> findings = new ArrayList<>();
				for (Finding f : r.findings()) {
					findings.add(f.correctiveAction() != null && f.correctiveAction().id().equals(updated.id())
							? new Finding(f.id(), f.grade(), f.statement(), f.requirement(), f.evidence(), f.rootCause(), updated)
							: f);
				}
				result = result.withResult(new ItemResult(r.itemId(), r.site(), r.verdict(), r.notes(), r.interviewee(),
						r.recordedAt(), r.evidence(), findings));
			}
		}
		return result;
	}
}
