package kansa.core.audit;

import java.time.LocalDate;
import java.util.List;

import kansa.core.internal.Checks;

/**
 * What the report's 監査概要 and 総評 say about an audit, as one value the auditor edits: the audit editor's 概要
 * page and {@code kansa audit edit} both change an audit through it, so both get the same validation.
 *
 * @param title       e.g. 「2026年度 内部監査」
 * @param clientName  audited organisation
 * @param sites       sites or departments in scope
 * @param scope       監査範囲
 * @param objective   監査の目的
 * @param criteria    監査基準, one entry per standard or rule
 * @param startDate   first day on site, or null
 * @param endDate     last day on site, or null
 * @param leadAuditor 監査責任者
 * @param team        other auditors
 * @param auditees    people interviewed
 * @param summary     総評
 */
public record AuditOverview(String title, String clientName, List<String> sites, String scope, String objective,
		List<String> criteria, LocalDate startDate, LocalDate endDate, String leadAuditor, List<String> team,
		List<Auditee> auditees, String summary) {

	public AuditOverview {
		title = Checks.text(title);
		clientName = Checks.text(clientName);
		sites = Checks.list(sites, "sites");
		scope = Checks.text(scope);
		objective = Checks.text(objective);
		criteria = Checks.list(criteria, "criteria");
		leadAuditor = Checks.text(leadAuditor);
		team = Checks.list(team, "team");
		auditees = Checks.list(auditees, "auditees");
		summary = Checks.text(summary);
	}

	public AuditOverview withTitle(String v) {
		return new AuditOverview(v, clientName, sites, scope, objective, criteria, startDate, endDate, leadAuditor,
				team, auditees, summary);
	}

	public AuditOverview withClientName(String v) {
		return new AuditOverview(title, v, sites, scope, objective, criteria, startDate, endDate, leadAuditor, team,
				auditees, summary);
	}

	public AuditOverview withSites(List<String> v) {
		return new AuditOverview(title, clientName, v, scope, objective, criteria, startDate, endDate, leadAuditor,
				team, auditees, summary);
	}

	public AuditOverview withScope(String v) {
		return new AuditOverview(title, clientName, sites, v, objective, criteria, startDate, endDate, leadAuditor,
				team, auditees, summary);
	}

	public AuditOverview withObjective(String v) {
		return new AuditOverview(title, clientName, sites, scope, v, criteria, startDate, endDate, leadAuditor, team,
				auditees, summary);
	}

	public AuditOverview withCriteria(List<String> v) {
		return new AuditOverview(title, clientName, sites, scope, objective, v, startDate, endDate, leadAuditor, team,
				auditees, summary);
	}

	public AuditOverview withDates(LocalDate start, LocalDate end) {
		return new AuditOverview(title, clientName, sites, scope, objective, criteria, start, end, leadAuditor, team,
				auditees, summary);
	}

	public AuditOverview withLeadAuditor(String v) {
		return new AuditOverview(title, clientName, sites, scope, objective, criteria, startDate, endDate, v, team,
				auditees, summary);
	}

	public AuditOverview withTeam(List<String> v) {
		return new AuditOverview(title, clientName, sites, scope, objective, criteria, startDate, endDate,
				leadAuditor, v, auditees, summary);
	}

	public AuditOverview withAuditees(List<Auditee> v) {
		return new AuditOverview(title, clientName, sites, scope, objective, criteria, startDate, endDate,
				leadAuditor, team, v, summary);
	}

	public AuditOverview withSummary(String v) {
		return new AuditOverview(title, clientName, sites, scope, objective, criteria, startDate, endDate,
				leadAuditor, team, auditees, v);
	}
}
