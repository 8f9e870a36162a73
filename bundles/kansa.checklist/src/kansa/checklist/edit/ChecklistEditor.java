package kansa.checklist.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import kansa.core.checklist.Checklist;

/**
 * Edits one checklist with undo and redo. Not thread-safe: an editor belongs to one UI or command.
 */
public final class ChecklistEditor {

	private record Step(EditCommand command, Checklist before, Checklist after) {
	}

	private final Deque<Step> undo = new ArrayDeque<>();
	private final Deque<Step> redo = new ArrayDeque<>();
	private final List<Consumer<Checklist>> listeners = new ArrayList<>();
	private final int maxSteps;
	private Checklist current;

	public ChecklistEditor(Checklist checklist) {
		this(checklist, 200);
	}

	/** @param maxSteps how many steps can be undone; older ones are forgotten */
	public ChecklistEditor(Checklist checklist, int maxSteps) {
		this.current = Objects.requireNonNull(checklist, "checklist");
		this.maxSteps = Math.max(1, maxSteps);
	}

	public Checklist current() {
		return current;
	}

	/** Applies the command; when it is refused nothing changes and the message says why. */
	public Checklist execute(EditCommand command) throws EditException {
		Checklist after;
		try {
			after = command.apply(current);
		} catch (IllegalArgumentException e) {
			// the model's own checks (an invalid id, an empty title) refuse the step like a command would
			throw new EditException(command.label() + ": " + e.getMessage());
		}
		undo.push(new Step(command, current, after));
		while (undo.size() > maxSteps) {
			undo.removeLast();
		}
		redo.clear();
		set(after);
		return after;
	}

	public boolean canUndo() {
		return !undo.isEmpty();
	}

	public boolean canRedo() {
		return !redo.isEmpty();
	}

	/** Label of the step {@link #undo()} would revert, or empty. */
	public String undoLabel() {
		return undo.isEmpty() ? "" : undo.peek().command().label();
	}

	public String redoLabel() {
		return redo.isEmpty() ? "" : redo.peek().command().label();
	}

	public Checklist undo() {
		if (!undo.isEmpty()) {
			Step s = undo.pop();
			redo.push(s);
			set(s.before());
		}
		return current;
	}

	public Checklist redo() {
		if (!redo.isEmpty()) {
			Step s = redo.pop();
			undo.push(s);
			set(s.after());
		}
		return current;
	}

	/** Called with the new checklist after every change, undo and redo included. */
	public void addListener(Consumer<Checklist> listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	public void removeListener(Consumer<Checklist> listener) {
		listeners.remove(listener);
	}

	private void set(Checklist c) {
		current = c;
		for (Consumer<Checklist> l : List.copyOf(listeners)) {
			l.accept(c);
		}
	}
}
