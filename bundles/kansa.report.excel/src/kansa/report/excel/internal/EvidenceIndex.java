package kansa.report.excel.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;

import kansa.core.audit.Audit;
import kansa.core.audit.Audit.RecordedEvidence;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceStatus;

/**
 * Every evidence file of the audit, re-hashed once (hashing is the slow part of a report) for both the checklist
 * sheet, which flags changed and missing files, and the evidence sheet.
 */
final class EvidenceIndex {

	/** One evidence file: where it belongs and its status now. */
	record Entry(RecordedEvidence recorded, EvidenceStatus status) {
	}

	private final List<Entry> entries;
	private final Map<String, List<Entry>> byResult = new HashMap<>();

	private EvidenceIndex(List<Entry> entries) {
		this.entries = List.copyOf(entries);
		for (Entry e : entries) {
			byResult.computeIfAbsent(key(e.recorded().item().id(), e.recorded().site()), k -> new ArrayList<>()).add(e);
		}
	}

	static EvidenceIndex build(Audit audit, Path auditDirectory, SubMonitor monitor) {
		List<RecordedEvidence> all = audit.evidence();
		monitor.setWorkRemaining(all.size());
		List<Entry> entries = new ArrayList<>(all.size());
		for (RecordedEvidence re : all) {
			monitor.split(1);
			entries.add(new Entry(re, EvidenceCheck.check(auditDirectory, re.evidence())));
		}
		return new EvidenceIndex(entries);
	}

	List<Entry> all() {
		return entries;
	}

	/** The files attached to one result (an item at a site). */
	List<Entry> forResult(String itemId, String site) {
		return byResult.getOrDefault(key(itemId, site), List.of());
	}

	long count(EvidenceStatus status) {
		return entries.stream().filter(e -> e.status() == status).count();
	}

	private static String key(String itemId, String site) {
		return itemId + '\u0000' + site;
	}
}
