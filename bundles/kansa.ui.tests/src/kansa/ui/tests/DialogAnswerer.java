package kansa.ui.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the modal dialogs that open while a test runs, as a user would: notes each dialog's title, text and
 * buttons, then presses the button with the next expected label. A dialog it has no answer for is closed (its
 * cancel), so a test never hangs on an unexpected question; the test then sees it in {@link #seen()}.
 */
final class DialogAnswerer {

	/** Press the dialog's default button (e.g. the OK of a message). */
	static final String DEFAULT = "<default>";

	/** What to do with a dialog: fill it in (through a {@link DialogPage}) and press one of its buttons. */
	@FunctionalInterface
	interface Answer {
		void answer(DialogPage dialog);
	}

	/** What a dialog showed. */
	record Seen(String title, String text, List<String> buttons) {
	}

	private final Display display = Display.getCurrent();
	private final Deque<Answer> answers;
	private final Set<Shell> known = new HashSet<>(Arrays.asList(display.getShells()));
	private final List<Seen> seen = new ArrayList<>();
	private boolean stopped;
	private String screenshot;

	DialogAnswerer(String... answers) {
		this(Arrays.stream(answers).map(DialogAnswerer::press).toArray(Answer[]::new));
	}

	DialogAnswerer(Answer... answers) {
		this.answers = new ArrayDeque<>(List.of(answers));
		display.timerExec(50, this::poll);
	}

	/** Presses the button with this label ({@link #DEFAULT}: the default button); closes the dialog if none. */
	static Answer press(String label) {
		return dialog -> dialog.press(label);
	}

	/** Saves the first dialog as a screenshot of this name (when the test run asks for screenshots). */
	DialogAnswerer screenshotFirst(String name) {
		screenshot = name;
		return this;
	}

	List<Seen> seen() {
		return List.copyOf(seen);
	}

	void stop() {
		stopped = true;
	}

	private void poll() {
		if (stopped) {
			return;
		}
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && !known.contains(shell)) {
				List<Button> buttons = new ArrayList<>();
				StringBuilder text = new StringBuilder();
				collect(shell, buttons, text);
				if (!buttons.isEmpty()) { // fully built
					known.add(shell);
					seen.add(new Seen(shell.getText(), text.toString().strip(),
							buttons.stream().map(Button::getText).toList()));
					if (screenshot != null && seen.size() == 1) {
						Screenshots.saveIfAsked(shell, screenshot);
					}
					Answer answer = answers.poll();
					(answer == null ? press("<none>") : answer).answer(new DialogPage(shell));
				}
			}
		}
		display.timerExec(50, this::poll);
	}

	static void collect(Control control, List<Button> buttons, StringBuilder text) {
		if (control instanceof Button b && (b.getStyle() & SWT.PUSH) != 0) {
			buttons.add(b);
		} else if (control instanceof Label l && !l.getText().isEmpty()) {
			text.append(l.getText()).append('\n');
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				collect(child, buttons, text);
			}
		}
	}
}
