package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import kansa.ui.internal.Messages;

/**
 * The UI test runs in Japanese only, so the English side is checked here: both languages define the same keys,
 * and every key the code and plugin.xml use exists.
 */
class LocalizationTest {

	private static final Bundle HOST = FrameworkUtil.getBundle(Messages.class);

	@Test
	void messagesMatchTheMessagesClassInBothLanguages() throws IOException {
		Set<String> fields = Arrays.stream(Messages.class.getFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
				.map(Field::getName).collect(TreeSet::new, Set::add, Set::addAll);
		assertEquals(fields, keys("kansa/ui/internal/messages.properties"));
		assertEquals(fields, keys("kansa/ui/internal/messages_ja.properties"));
	}

	@Test
	void pluginXmlAndManifestKeysExistInBothLanguages() throws IOException {
		Set<String> used = new TreeSet<>();
		for (String entry : new String[] { "plugin.xml", "META-INF/MANIFEST.MF" }) {
			Matcher m = Pattern.compile("%([\\w.]+)").matcher(text(entry));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		assertTrue(used.contains("product.name"), "found the % keys: " + used);
		assertEquals(used, keys("OSGI-INF/l10n/bundle.properties"));
		assertEquals(used, keys("OSGI-INF/l10n/bundle_ja.properties"));
	}

	private static Set<String> keys(String entry) throws IOException {
		Properties p = new Properties();
		try (InputStream in = url(entry).openStream()) {
			p.load(in); // ISO-8859-1, as NLS and Equinox read them: a raw UTF-8 file would show as mojibake
		}
		p.values().forEach(v -> assertTrue(((String) v).chars().noneMatch(c -> c >= 0x80 && c < 0x100),
				entry + " has non-escaped non-ASCII text: " + v));
		return new TreeSet<>(p.stringPropertyNames());
	}

	private static String text(String entry) throws IOException {
		try (InputStream in = url(entry).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static URL url(String entry) {
		URL url = HOST.getEntry(entry);
		assertNotNull(url, entry + " in " + HOST.getSymbolicName());
		return url;
	}
}
