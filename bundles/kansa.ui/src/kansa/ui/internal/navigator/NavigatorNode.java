package kansa.ui.internal.navigator;

import java.util.List;

/** The tree's grouping nodes; leaves are the API entries (AuditEntry, ChecklistEntry, IncidentEntry). */
sealed interface NavigatorNode {

	List<Object> children();

	/** A top-level group: クライアント, チェックリスト or 事例ライブラリ. */
	record Folder(Kind kind, List<Object> children) implements NavigatorNode {
		// identity is the kind: the tree keeps a folder expanded while its content changes
		@Override
		public boolean equals(Object o) {
			return o instanceof Folder f && f.kind == kind;
		}

		@Override
		public int hashCode() {
			return kind.hashCode();
		}
	}

	/** A client with its audits, newest first. */
	record ClientNode(String name, List<Object> children) implements NavigatorNode {
		@Override
		public boolean equals(Object o) {
			return o instanceof ClientNode c && c.name.equals(name);
		}

		@Override
		public int hashCode() {
			return name.hashCode();
		}
	}

	/** A sub-group, e.g. the built-in checklists. */
	record Group(String label, List<Object> children) implements NavigatorNode {
		@Override
		public boolean equals(Object o) {
			return o instanceof Group g && g.label.equals(label);
		}

		@Override
		public int hashCode() {
			return label.hashCode();
		}
	}

	/** A line that only says something, e.g. that a folder is empty. */
	record Note(String text) implements NavigatorNode {
		@Override
		public List<Object> children() {
			return List.of();
		}
	}

	enum Kind {
		CLIENTS, CHECKLISTS, INCIDENTS
	}
}
