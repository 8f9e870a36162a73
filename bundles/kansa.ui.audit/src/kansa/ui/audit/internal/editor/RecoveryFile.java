package kansa.ui.audit.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.workspace.AtomicFiles;

/**
 * The crash-recovery copy of an audit being edited: {@code audits/<id>/.audit.recovery.json}, written atomically
 * while the editor has unsaved changes and deleted when they are saved or discarded. A copy still there when the
 * audit is opened again means the application did not close normally. No UI here: testable headless.
 */
final class RecoveryFile {

	static final String NAME = ".audit.recovery.json";

	private final Path file;

	RecoveryFile(Path auditDirectory) {
		this.file = auditDirectory.resolve(NAME);
	}

	Path path() {
		return file;
	}

	void write(Audit audit) throws IOException {
		AtomicFiles.write(file, KansaJson.write(audit));
	}

	/** The recovered audit, if a readable copy exists; an unreadable one is ignored (and kept for inspection). */
	Optional<Audit> read() {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(KansaJson.read(Files.readAllBytes(file), Audit.class, file.getFileName().toString()));
		} catch (IOException | KansaDataException | RuntimeException e) {
			return Optional.empty();
		}
	}

	Instant writtenAt() {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		} catch (IOException e) {
			return Instant.now();
		}
	}

	void delete() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a stale copy is offered again next time; the user can discard it then
		}
	}

	/** Items whose recorded results (verdict, notes, evidence, findings at any site) differ between the two. */
	static int changedItems(Audit saved, Audit recovered) {
		var a = saved.resultsByItem();
		var b = recovered.resultsByItem();
		return (int) recovered.checklist().items().filter(i -> !same(a.getOrDefault(i.id(), List.of()),
				b.getOrDefault(i.id(), List.of()))).count();
	}

	private static boolean same(List<ItemResult> x, List<ItemResult> y) {
		return x.size() == y.size() && x.stream().allMatch(r -> y.stream().anyMatch(s -> s.site().equals(r.site())
				&& s.verdict() == r.verdict() && s.notes().equals(r.notes()) && s.evidence().equals(r.evidence())
				&& s.findings().equals(r.findings())));
	}
}
