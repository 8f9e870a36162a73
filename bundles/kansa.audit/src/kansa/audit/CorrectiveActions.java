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

	/**
	 * The request named {@code id} in this audit: this audit's own {@code CAR-001} first, then a carried one by its
	 * reference ({@code 2025-isms/CAR-001}) or, when only one carried request has it, by its id alone.
	 */
	public static Optional<CorrectiveAction> find(Audit audit, String id) {
		try {
			return Optional.of(locate(audit, id).action());
		} catch (AuditRuleException e) {
			return Optional.empty();
		}
	}

	/** Where a request is: among the audit's own findings ({@code carried} null) or carried over. */
	record Located(CorrectiveAction action, CarriedAction carried) {
	}

	static Located locate(Audit audit, String id) throws AuditRuleException {
		Optional<CorrectiveAction> own = audit.findings().stream().map(f -> f.finding().correctiveAction())
				.filter(c -> c != null && c.id().equals(id)).findFirst();
		if (own.isPresent()) {
			return new Located(own.get(), null);
		}
		List<CarriedAction> carried = audit.carriedOver().stream()
				.filter(c -> c.reference().equals(id) || c.action().id().equals(id)).toList();
		if (carried.size() == 1) {
			return new Located(carried.get(0).action(), carried.get(0));
		}
		String refs = String.join(", ", carried.stream().map(CarriedAction::reference).toList());
		throw carried.isEmpty()
				? new AuditRuleException(AuditRuleException.message("car.notFound", audit.id(), id))
				: new AuditRuleException(AuditRuleException.message("car.ambiguous", id, refs));
	}

	/** A copy of the audit with the located request replaced by {@code updated}. */
	static Audit replace(Audit audit, Located target, CorrectiveAction updated) {
		if (target.carried() != null) {
			return audit.withCarriedOver(audit.carriedOver().stream()
					.map(c -> c == target.carried() ? c.withAction(updated) : c).toList());
		}
		return replaceOwn(audit, updated);
	}

	/** A copy of the audit with its own request of the same id replaced. */
	private static Audit replaceOwn(Audit audit, CorrectiveAction updated) {
		Audit result = audit;
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
