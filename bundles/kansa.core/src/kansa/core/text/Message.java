package kansa.core.text;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sentence for the user, kept as a key and its arguments until it is shown, so the edge that shows it (a
 * dialog, the command line) renders it in its user's language. Patterns are {@link MessageFormat}s in
 * {@code messages.properties} (English) and {@code messages_ja.properties} (Japanese) of the owner's package; an
 * argument that is {@link Labelled}, a {@code Message}, a {@link LocalizedText} or a collection of these is
 * rendered in the same language, so an English sentence never carries a Japanese label.
 *
 * @since 0.1.1
 */
public final class Message {

	private final Class<?> owner;
	private final String key;
	private final List<Object> arguments;
	/** Without an owner: null for plain text, else what joins the items in Japanese and in English. */
	private final String[] separators;

	private Message(Class<?> owner, String key, List<Object> arguments, String... separators) {
		this.owner = owner;
		this.key = key;
		this.arguments = arguments;
		this.separators = separators.length == 0 ? null : separators;
	}

	/** The sentence {@code key} of the owner's package, e.g. {@code of(AuditLifecycle.class, "audit.cannotMove", …)}. */
	public static Message of(Class<?> owner, String key, Object... arguments) {
		return new Message(Objects.requireNonNull(owner), Objects.requireNonNull(key),
				Arrays.stream(arguments).map(a -> a == null ? "" : a).toList());
	}

	/** Text that reads the same in both languages, e.g. a message of the system naming a file. */
	public static Message text(String text) {
		return new Message(null, "", List.of(text == null ? "" : text));
	}

	/** Clauses joined as one sentence lists them: 「、」 in Japanese, "; " in English. */
	public static Message joined(List<Message> clauses) {
		return new Message(null, "", List.copyOf(clauses), "、", "; ");
	}

	/** Items, each rendered in the language, joined by the same separator in both, e.g. " → " for steps. */
	public static Message sequence(String separator, List<?> items) {
		return new Message(null, "", List.copyOf(items), separator, separator);
	}

	/** What a failure says: its message when it has one, else the text it was thrown with. */
	public static Message of(Throwable failure) {
		return failure instanceof LocalizedFailure f ? f.message() : text(String.valueOf(failure.getMessage()));
	}

	/** The key in the owner's {@code messages} files; empty for plain text. Keys are stable: tests name them. */
	public String key() {
		return key;
	}

	public List<Object> arguments() {
		return arguments;
	}

	public String render(Language language) {
		if (owner == null) {
			return separators == null ? (String) arguments.get(0)
					: arguments.stream().map(a -> argument(a, language))
							.collect(Collectors.joining(separators[language == Language.JA ? 0 : 1]));
		}
		Object[] rendered = arguments.stream().map(a -> argument(a, language)).toArray();
		String pattern = Texts.find(owner, "messages", key, language);
		if (pattern == null) { // a test checks every key; the user still learns what went wrong
			return key + (rendered.length == 0 ? "" : " " + Arrays.toString(rendered));
		}
		return new MessageFormat(pattern, language.locale()).format(rendered);
	}

	public String render(Locale locale) {
		return render(Language.of(locale));
	}

	/** 「日本語 / English」, or one of them when both read the same: how the command line prints a message. */
	public String inBoth() {
		String ja = render(Language.JA);
		String en = render(Language.EN);
		return ja.equals(en) || en.isEmpty() ? ja : ja.isEmpty() ? en : ja + " / " + en;
	}

	private static String argument(Object a, Language language) {
		if (a instanceof Labelled l) {
			return language.inSentence(l.label(language));
		}
		if (a instanceof Message m) {
			return m.render(language);
		}
		if (a instanceof LocalizedText t) {
			return t.in(language);
		}
		if (a instanceof Collection<?> c) {
			return c.stream().map(e -> argument(e, language)).collect(Collectors.joining(language.listSeparator()));
		}
		return String.valueOf(a);
	}

	@Override
	public String toString() {
		return inBoth();
	}
}
