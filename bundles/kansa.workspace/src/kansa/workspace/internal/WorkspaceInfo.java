package kansa.workspace.internal;

import java.time.Instant;

/** Content of the marker file that makes a folder a Kansa workspace. */
public record WorkspaceInfo(String createdBy, Instant created) {
}
