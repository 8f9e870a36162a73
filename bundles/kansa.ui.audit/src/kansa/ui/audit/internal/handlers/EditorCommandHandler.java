package kansa.ui.audit.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.ui.audit.internal.editor.AuditEditor;

/**
 * The audit editor's commands (次の未回答, 証跡を追加…, 指摘事項を追加…), active while an audit editor is; the
 * command id says which.
 */
public final class EditorCommandHandler extends AbstractHandler {

	static final String NEXT = "kansa.ui.audit.nextUnanswered";
	static final String EVIDENCE = "kansa.ui.audit.addEvidence";
	static final String FINDING = "kansa.ui.audit.addFinding";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof AuditEditor editor)) {
			return null;
		}
		switch (event.getCommand().getId()) {
			case NEXT -> editor.nextUnanswered();
			case EVIDENCE -> editor.chooseEvidence();
			case FINDING -> editor.addFinding();
			default -> throw new ExecutionException("not an audit editor command: " + event.getCommand().getId());
		}
		return null;
	}
}
