package kansa.audit;

/** An operation would break an audit rule (e.g. reporting with items still unjudged); the message says which. */
public class AuditRuleException extends Exception {

	private static final long serialVersionUID = 1L;

	public AuditRuleException(String message) {
		super(message);
	}
}
