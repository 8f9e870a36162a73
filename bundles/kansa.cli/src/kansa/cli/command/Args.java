package kansa.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments of one command: positionals, {@code --name value} (or {@code --name=value}) options
 * and {@code --flag}s. Anything the command did not declare is refused, so a typo never goes unnoticed.
 */
public final class Args {

	private final List<String> positionals = new ArrayList<>();
	private final Map<String, List<String>> options = new LinkedHashMap<>();

	private Args() {
	}

	/**
	 * @param valueOptions options that take a value, without the leading dashes
	 * @param flags        options without a value
	 */
	public static Args parse(List<String> raw, Set<String> valueOptions, Set<String> flags) throws UsageException {
		Args a = new Args();
		for (int i = 0; i < raw.size(); i++) {
			String arg = raw.get(i);
			if (!arg.startsWith("--") || arg.equals("--")) {
				a.positionals.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name) && value == null) {
				a.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
			} else if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= raw.size() || raw.get(i + 1).startsWith("--")) {
						throw new UsageException("--" + name + " に値がありません / --" + name + " needs a value");
					}
					value = raw.get(++i);
				}
				a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else {
				throw new UsageException("オプション --" + name + " はありません / unknown option --" + name);
			}
		}
		return a;
	}

	public List<String> positionals() {
		return positionals;
	}

	public String positional(int index, String what) throws UsageException {
		if (index >= positionals.size()) {
			throw new UsageException("引数が足りません / missing " + what);
		}
		return positionals.get(index);
	}

	public void expectPositionals(int max) throws UsageException {
		if (positionals.size() > max) {
			throw new UsageException("余分な引数 '" + positionals.get(max) + "' / unexpected argument '"
					+ positionals.get(max) + "'");
		}
	}

	public Optional<String> option(String name) {
		List<String> v = options.get(name);
		return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
	}

	public String required(String name) throws UsageException {
		return option(name).orElseThrow(() -> new UsageException("--" + name + " を指定してください / --" + name
				+ " is required"));
	}

	public List<String> all(String name) {
		return options.getOrDefault(name, List.of());
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}
}
