package kansa.core.checklist;

import kansa.core.internal.Checks;

/**
 * An item is not applicable (適用除外) for a scope, with the reason the auditor will be asked for.
 *
 * @param scope  the part of the organisation or audit scope it does not apply to (a site, a business); empty
 *               means everywhere
 * @param reason why, e.g. 「要配慮個人情報を取得していないため」
 */
public record NotApplicable(String scope, String reason) {

	public NotApplicable {
		scope = Checks.text(scope);
		reason = Checks.text(reason);
	}

	public boolean appliesTo(String someScope) {
		return scope.isEmpty() || scope.equals(Checks.text(someScope));
	}
}
