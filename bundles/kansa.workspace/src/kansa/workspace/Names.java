package kansa.workspace;

/** Ids and versions become file names: the rules that keep them inside their folder and portable. */
final class Names {

	private Names() {
	}

	/** Whether a version can name a file of a checklist's history (letters, digits, '.', '_', '-'). */
	static boolean isValidVersion(String version) {
		return version != null && version.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}") && !version.contains("..");
	}

	/** Versions become file names in a checklist's history. */
	static String safeVersion(String version) {
		if (!isValidVersion(version)) {
			throw new IllegalArgumentException("not a valid version for a file name (letters, digits, '.', '_', '-'): "
					+ version);
		}
		return version;
	}

	/** Ids become file names: the model's id rule already excludes separators; this guards against bypass. */
	static String safeId(String id) {
		if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") || id.contains("..")) {
			throw new IllegalArgumentException("not a valid id: " + id);
		}
		return id;
	}

	/**
	 * Whether a name can be given to a new file or folder on every platform: not a Windows device name (with any
	 * extension), no trailing dot or space (Windows drops them), no character that reorders how a name is shown.
	 */
	static boolean isPortable(String name) {
		return name != null && !FileNames.isReservedOnWindows(name) && !name.endsWith(".") && !name.endsWith(" ")
				&& name.codePoints().noneMatch(FileNames::isBidiControl);
	}

	/**
	 * Names of new files and folders must work on every platform, since a workspace made on Linux may be synced to
	 * or opened on Windows; existing ones stay readable.
	 */
	static void checkPortable(String name, String what) {
		if (!isPortable(name)) {
			throw new IllegalArgumentException(what + " '" + name + "' は Windows で使えない名前です / " + what + " '" + name
					+ "' cannot name a file on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, CONIN$, CONOUT$, "
					+ "a trailing dot or space, or a bidi control character)");
		}
	}
}
