package kansa.ui.tests.sample;

import java.nio.file.Path;

/** The sample's one navigator line: how many audits the workspace holds, as read off the UI thread. */
public record SampleNode(Path workspaceRoot, int audits) {
}
