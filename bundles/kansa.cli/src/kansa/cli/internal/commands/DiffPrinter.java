package kansa.cli.internal.commands;

import java.io.PrintStream;

import kansa.checklist.diff.ChecklistDiff;
import kansa.checklist.diff.ChecklistDiff.FieldChange;
import kansa.checklist.diff.ChecklistDiff.ItemChange;
import kansa.checklist.diff.ChecklistDiff.Kind;
import kansa.checklist.diff.ChecklistDiff.SectionChange;

/** Prints a checklist diff for a terminal: one line per item, its changed fields indented below. */
final class DiffPrinter {

	private static final int MAX_TEXT = 70;

	private DiffPrinter() {
	}

	static void print(ChecklistDiff d, PrintStream out) {
		out.println("差分 / diff: " + d.from() + " → " + d.to());
		if (d.isEmpty()) {
			out.println("  変更なし / no changes");
			return;
		}
		for (FieldChange f : d.fields()) {
			field(out, "  チェックリスト " + f.field(), f);
		}
		for (SectionChange s : d.sections()) {
			out.println("  " + mark(s.kind()) + " セクション/section " + s.sectionId() + "  " + s.label());
			s.fields().forEach(f -> field(out, "      " + f.field(), f));
		}
		for (ItemChange i : d.items()) {
			String what = switch (i.kind()) {
				case ADDED -> "+ 追加/added  ";
				case REMOVED -> "- 削除/removed";
				case CHANGED -> i.moved() && i.edited() ? "* 移動・変更/moved+edited" : i.moved() ? "> 移動/moved  " : "~ 変更/edited ";
			};
			out.println("  " + what + " " + i.itemId() + "  " + i.label());
			if (i.moved()) {
				out.println("      " + i.move().fromSection() + " #" + i.move().fromPosition() + " → "
						+ i.move().toSection() + " #" + i.move().toPosition());
			}
			i.fields().forEach(f -> field(out, "      " + f.field(), f));
		}
		out.printf("合計 / total: 追加 %d, 削除 %d, 移動 %d, 変更 %d (added, removed, moved, edited)%n",
				d.count(Kind.ADDED), d.count(Kind.REMOVED), d.movedCount(), d.editedCount());
	}

	private static String mark(Kind k) {
		return switch (k) {
			case ADDED -> "+";
			case REMOVED -> "-";
			case CHANGED -> "~";
		};
	}

	private static void field(PrintStream out, String label, FieldChange f) {
		out.println(label + ": 「" + shorten(f.before()) + "」 → 「" + shorten(f.after()) + "」");
	}

	private static String shorten(String s) {
		String t = s.replace("\n", "⏎");
		return t.codePointCount(0, t.length()) <= MAX_TEXT ? t : t.substring(0, t.offsetByCodePoints(0, MAX_TEXT)) + "…";
	}
}
