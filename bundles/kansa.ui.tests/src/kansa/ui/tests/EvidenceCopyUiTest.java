package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.ui.audit.internal.editor.AuditEditor;

/**
 * Evidence dropped on the audit editor is copied and hashed in a background job: the UI thread returns at once,
 * the files appear attached (one undoable edit) when the copy is done, and a file that cannot be copied is named
 * in a message and leaves the audit and its folder as they were; a cancelled copy attaches nothing.
 */
class EvidenceCopyUiTest extends WorkspaceUiTest {

	/**
	 * The proof that the copy runs in the background is behavioural, not a stopwatch: the last file is a pipe
	 * nobody has written to yet, so a copy on the UI thread could not return from the drop at all. While the job
	 * waits on it, it is a running user job (shown in the progress area) and the UI thread keeps dispatching.
	 */
	@Test
	void droppedFilesAreCopiedAndHashedInTheBackground() throws Exception {
		AuditEditor editor = fx.open(fx.newAudit("証跡コピー株式会社").id());
		String itemId = new AuditEditorPage(editor).selectedItem().id();
		Path photo = Files.writeString(fx.root.resolve("ホワイトボード.jpg"), "写真のつもり");
		byte[] video = new byte[24 * 1024 * 1024];
		new Random(7).nextBytes(video);
		Path walkthrough = Files.write(fx.root.resolve("サーバ室巡回.mp4"), video);
		Path recording = fx.root.resolve("ヒアリング録音.m4a");
		assertEquals(0, new ProcessBuilder("mkfifo", recording.toString()).start().waitFor());
		byte[] sound = "録音のつもり".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean written = new AtomicBoolean();
		Thread source = new Thread(() -> {
			try (OutputStream out = Files.newOutputStream(recording)) { // blocks until the copy opens the pipe
				release.await(UiWait.TIMEOUT_MS, TimeUnit.MILLISECONDS);
				written.set(true);
				out.write(sound);
			} catch (Exception e) {
				// the test fails on the missing evidence below
			}
		}, "slow evidence source");
		source.start();

		editor.attach(List.of(photo, walkthrough, recording)); // what a drop on the panel or an item row calls
		assertFalse(written.get(), "the drop returned before the last file had any content: the copy is not here");
		assertTrue(evidence(editor, itemId).isEmpty(), "attached only when the copy is done");
		UiWait.until(() -> copyJobs().stream().anyMatch(j -> j.getState() == Job.RUNNING),
				() -> "the copy running as a job");
		assertTrue(copyJobs().stream().allMatch(Job::isUser), "a user job: its progress is shown in the window");
		boolean[] dispatched = new boolean[1];
		editor.getSite().getShell().getDisplay().asyncExec(() -> dispatched[0] = true);
		UiWait.until(() -> dispatched[0], () -> "the UI thread to handle events while the copy waits");
		assertFalse(copyJobs().isEmpty(), "still copying while the UI answered");
		assertTrue(evidence(editor, itemId).isEmpty());

		release.countDown();
		UiWait.until(() -> evidence(editor, itemId).size() == 3, () -> "the three files attached");
		source.join(5000);
		List<Evidence> attached = evidence(editor, itemId);
		assertEquals(sha256(Files.readAllBytes(photo)), attached.get(0).sha256());
		assertEquals(sha256(video), attached.get(1).sha256());
		assertEquals(video.length, attached.get(1).size());
		assertEquals(sha256(sound), attached.get(2).sha256());
		for (Evidence e : attached) {
			assertTrue(Files.isRegularFile(editor.auditDirectory().resolve(e.path())), "copied in: " + e.path());
		}
		assertTrue(editor.isDirty());

		command("org.eclipse.ui.edit.undo");
		assertTrue(evidence(editor, itemId).isEmpty(), "one undo removes the whole drop");
		assertFalse(editor.isDirty());
		command("org.eclipse.ui.edit.redo");
		assertEquals(3, evidence(editor, itemId).size());
		assertTrue(editor.isDirty());
	}

	/** The running or waiting evidence copies (the editor's job class, found as the progress view finds jobs). */
	private static List<Job> copyJobs() {
		return Arrays.stream(Job.getJobManager().find(null))
				.filter(j -> j.getClass().getSimpleName().equals("EvidenceCopyJob")).toList();
	}

	@Test
	void aMissingFileIsNamedAndAttachesNothing() throws Exception {
		AuditEditor editor = fx.open(fx.newAudit("消えたファイル株式会社").id());
		String itemId = new AuditEditorPage(editor).selectedItem().id();
		Audit before = editor.audit();
		Path gone = fx.root.resolve("移動済みの写真.jpg");

		DialogAnswerer answers = new DialogAnswerer(DialogAnswerer.DEFAULT).screenshotFirst("evidence-missing.png");
		try {
			editor.attach(List.of(gone));
			UiWait.until(() -> !answers.seen().isEmpty(), () -> "the message about the missing file");
		} finally {
			answers.stop();
		}
		DialogAnswerer.Seen message = answers.seen().get(0);
		assertEquals("証跡を添付できません", message.title());
		assertTrue(message.text().contains(gone.toString()), "names the file: " + message.text());
		assertTrue(message.text().contains("見つかりません"), "says what is wrong: " + message.text());

		UiWait.until(() -> copyJobs().isEmpty(), () -> "the copy job");
		assertSame(before, editor.audit(), "the audit is unchanged");
		assertFalse(editor.isDirty());
		assertTrue(evidence(editor, itemId).isEmpty());
		assertNoCopies(editor);
	}

	@Test
	void cancellingTheCopyAttachesNothingAndLeavesNoPartialFile() throws Exception {
		AuditEditor editor = fx.open(fx.newAudit("中断確認株式会社").id());
		String itemId = new AuditEditorPage(editor).selectedItem().id();
		Audit before = editor.audit();
		// a pipe stands for a slow source (a large video on a network drive): the copy waits while it is open
		Path slow = fx.root.resolve("長い動画.mp4");
		assertEquals(0, new ProcessBuilder("mkfifo", slow.toString()).start().waitFor());
		CountDownLatch firstChunkWritten = new CountDownLatch(1);
		CountDownLatch cancelled = new CountDownLatch(1);
		Thread source = new Thread(() -> {
			try (OutputStream out = Files.newOutputStream(slow)) {
				out.write(new byte[64 * 1024]);
				out.flush();
				firstChunkWritten.countDown();
				cancelled.await(20, TimeUnit.SECONDS);
				out.write(new byte[64 * 1024]); // lets the copy read again and notice the cancel
			} catch (Exception e) {
				// the reader closed the pipe after the cancel: that is the point
			}
		}, "slow evidence source");
		source.start();

		editor.attach(List.of(slow));
		UiWait.until(() -> firstChunkWritten.getCount() == 0, () -> "the copy to start reading");
		copyJobs().forEach(Job::cancel); // as the progress area's stop button does
		cancelled.countDown();
		UiWait.until(() -> copyJobs().isEmpty(), () -> "the copy job");
		UiWait.settle(100);
		source.join(5000);

		assertSame(before, editor.audit(), "nothing attached");
		assertTrue(evidence(editor, itemId).isEmpty());
		assertNoCopies(editor);
	}

	/** Nothing (not even a partial or temporary copy) is left in the audit's evidence folder. */
	private static void assertNoCopies(AuditEditor editor) throws Exception {
		Path folder = editor.auditDirectory().resolve("evidence");
		if (Files.isDirectory(folder)) {
			try (Stream<Path> left = Files.list(folder)) {
				assertEquals(List.of(), left.toList(), "nothing left in the evidence folder");
			}
		}
	}

	private static List<Evidence> evidence(AuditEditor editor, String itemId) {
		return editor.audit().resultsFor(itemId).stream().flatMap(r -> r.evidence().stream()).toList();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private void command(String id) throws Exception {
		fx.window.getService(IHandlerService.class).executeCommand(id, null);
		UiWait.settle(20);
	}
}
