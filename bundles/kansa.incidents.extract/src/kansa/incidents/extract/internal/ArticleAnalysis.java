package kansa.incidents.extract.internal;

import java.util.List;

import kansa.incidents.extract.Found;
import kansa.incidents.extract.IncidentDraft;
import kansa.incidents.extract.internal.DateScanner.DateMention;

/** Runs the finders over one plain-text article, in the order their results depend on each other. */
public final class ArticleAnalysis {

	private ArticleAnalysis() {
	}

	public static IncidentDraft analyse(String plain) {
		// full-width digits and letters fold one for one: span offsets fit the original, span texts are folded
		String folded = TextFolding.fold(plain);
		Context ctx = new Context(folded);
		List<DateMention> dates = DateScanner.scan(folded);
		DateRoles.Result roles = DateRoles.assign(ctx, dates, DateScanner.periods(folded, dates));
		CountRoles.Result counts = CountRoles.pick(ctx, CountScanner.scan(folded));
		List<Found<String>> causes = TermFinder.causes(folded);
		OrganizationFinder.Roles parties = OrganizationFinder.roles(folded);
		return new IncidentDraft(NameFinder.title(folded), parties.organization(),
				TermFinder.industry(folded), NameFinder.service(ctx), roles.incidentStart(), roles.incidentEnd(),
				roles.discovered(), roles.announced(), roles.reportedToPpc(), roles.reportedToPolice(),
				TermFinder.discoveryRoute(ctx, roles.discovered()), TermFinder.actors(folded, causes),
				causes.isEmpty() ? null : causes.get(0), causes.size() > 1 ? causes.subList(1, causes.size()) : List.of(),
				counts.records(), counts.persons(), counts.all(), counts.amounts(), TermFinder.dataTypes(ctx),
				roles.timeline(), Countermeasures.find(folded), NameFinder.urls(folded),
				parties.contractor());
	}
}
