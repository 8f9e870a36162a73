package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.incident.Incident;
import kansa.testing.Audits;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * Two writers creating the same ID at the same moment, each through its own Workspace object (the workbench and a
 * CLI run): exactly one is saved, the other is told the ID exists, and the saved file is the winner's.
 */
class CreateRaceTest {

	private static final int ROUNDS = 40;

	@TempDir
	Path dir;

	/** One creation attempt by writer {@code who} of round {@code round}; returns what it wrote. */
	private interface Create {
		void run(Workspace ws, String id, String who) throws WorkspaceException;
	}

	@Test
	void twoCreatorsOfOneChecklistIdNeverBothWin() throws Exception {
		race((ws, id, who) -> ws.createChecklist(Audits.checklist(id, who, Audits.item("A.5.1", "方針"))),
				(ws, id) -> ws.loadChecklist(id).title().ja());
	}

	@Test
	void twoCreatorsOfOneChecklistVersionNeverBothWin() throws Exception {
		race((ws, id, who) -> ws.createChecklistVersion(Audits.checklist(id, who, Audits.item("A.5.1", "方針"))),
				(ws, id) -> ws.loadChecklist(id).title().ja());
	}

	@Test
	void twoCreatorsOfOneIncidentIdNeverBothWin() throws Exception {
		race((ws, id, who) -> ws.createIncident(new Incident(id, who, "製造業", null, null, LocalDate.of(2024, 6, 1),
				"", null, "件", List.of(), "", "", List.of(), List.of())), (ws, id) -> ws.loadIncident(id).organization());
	}

	@Test
	void twoCreatorsOfOneAuditIdNeverBothWin() throws Exception {
		race((ws, id, who) -> ws.createAudit(Audits.audit(id, Audits.checklist(id, who, Audits.item("A.5.1", "方針")))),
				(ws, id) -> ws.loadAudit(id).checklist().title().ja());
	}

	@Test
	void creatingAnExistingChecklistKeepsIt() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.createChecklist(Audits.checklist("mine", "first", Audits.item("A.5.1", "方針")));
		WorkspaceException e = org.junit.jupiter.api.Assertions.assertThrows(WorkspaceException.class,
				() -> ws.createChecklist(Audits.checklist("mine", "second", Audits.item("A.5.1", "方針"))));
		assertTrue(e.getMessage().contains("already exists"), e.getMessage());
		assertEquals("first", ws.loadChecklist("mine").title().ja());
	}

	private interface Read {
		String run(Workspace ws, String id) throws Exception;
	}

	private void race(Create create, Read read) throws Exception {
		Workspace first = Workspace.openOrCreate(dir.resolve("ws"));
		Workspace second = Workspace.open(dir.resolve("ws"));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				String id = "r" + round;
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<String>> outcomes = new ArrayList<>();
				for (int w = 0; w < 2; w++) {
					Workspace ws = w == 0 ? first : second;
					String who = "writer" + w;
					outcomes.add(pool.submit(() -> {
						start.await(30, TimeUnit.SECONDS);
						try {
							create.run(ws, id, who);
							return who;
						} catch (WorkspaceException e) {
							assertTrue(e.getMessage().contains("already exists"), e.getMessage());
							return null;
						}
					}));
				}
				List<String> winners = new ArrayList<>();
				for (Future<String> f : outcomes) {
					String who = f.get(60, TimeUnit.SECONDS);
					if (who != null) {
						winners.add(who);
					}
				}
				assertEquals(1, winners.size(), "round " + round + ": winners " + winners);
				assertEquals(winners.get(0), read.run(first, id), "round " + round);
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
