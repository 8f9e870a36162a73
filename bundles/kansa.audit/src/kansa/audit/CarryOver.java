package kansa.audit;

import java.util.ArrayList;
import java.util.List;

import kansa.core.audit.Audit;
import kansa.core.audit.CarriedAction;

/**
 * Brings the corrective-action requests still open in the previous audit of a client into the new one, so they
 * are followed to closure across audits; requests carried into the previous audit and still open come along too.
 */
public final class CarryOver {

	private CarryOver() {
	}

	public static List<CarriedAction> openActions(Audit previous) {
		List<CarriedAction> open = new ArrayList<>();
		for (CarriedAction c : previous.carriedOver()) {
			if (c.action().status().isOpen()) {
				open.add(c);
			}
		}
		for (Audit.RecordedFinding f : previous.findings()) {
			var car = f.finding().correctiveAction();
			if (car != null && car.status().isOpen()) {
				open.add(new CarriedAction(previous.id(), f.finding().id(), f.item().id(), f.finding().statement(), car));
			}
		}
		return open;
	}

	/** The new audit, linked to the previous one and carrying its open requests. */
	public static Audit followUp(Audit previous, Audit next) {
		if (!previous.client().name().equals(next.client().name())) {
			throw new IllegalArgumentException("previous audit " + previous.id() + " is of " + previous.client().name()
					+ ", not of " + next.client().name());
		}
		return next.withPreviousAuditId(previous.id()).withCarriedOver(openActions(previous));
	}
}
