package kansa.ui.tests.sample;

import java.nio.file.Path;

import kansa.ui.editors.WorkspaceEditorInput;

/** What the sample editor shows: a workspace's audit count. The input type, with its editor id, is the sample's. */
public final class SampleInput extends WorkspaceEditorInput {

	public static final String EDITOR_ID = "kansa.ui.tests.sample.editor";

	private final int audits;

	public SampleInput(SampleNode node) {
		super(node.workspaceRoot(), "sample", "Sample");
		this.audits = node.audits();
	}

	int audits() {
		return audits;
	}

	@Override
	protected Path location() {
		return workspaceRoot();
	}
}
