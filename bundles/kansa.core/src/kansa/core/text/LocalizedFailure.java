package kansa.core.text;

/**
 * A failure the user can act on, whose explanation is a {@link Message}: the edge that shows it renders it in the
 * user's language ({@link Message#of(Throwable)}); {@code getMessage()} gives both languages on one line, for the
 * command line and logs.
 *
 * @since 0.1.1
 */
public interface LocalizedFailure {

	Message message();
}
