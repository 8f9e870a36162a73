package kansa.core.audit;

import java.time.LocalDate;

import kansa.core.internal.Checks;

/**
 * A corrective-action request (是正処置要求) raised by a nonconformity.
 *
 * @param id       stable key, carried over to the next audit of the same client while open
 * @param request  what the client is asked to do
 * @param owner    who at the client is responsible
 * @param dueDate  when the response is due; may be null while not agreed
 * @param status   where the request stands
 * @param response the client's response (cause analysis and action taken)
 */
public record CorrectiveAction(String id, String request, String owner, LocalDate dueDate,
		CorrectiveActionStatus status, String response) {

	public CorrectiveAction {
		id = Checks.id(id, "correctiveAction.id");
		request = Checks.text(request);
		owner = Checks.text(owner);
		status = status == null ? CorrectiveActionStatus.OPEN : status;
		response = Checks.text(response);
	}
}
