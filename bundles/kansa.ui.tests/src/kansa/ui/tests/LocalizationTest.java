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

	private static final Bundle UI = FrameworkUtil.getBundle(Messages.class);
	private static final Bundle AUDIT = FrameworkUtil.getBundle(kansa.ui.audit.internal.Messages.class);
	private static final Bundle CHECKLIST = FrameworkUtil.getBundle(kansa.ui.checklist.internal.Messages.class);

	@Test
	void messagesMatchTheMessagesClassInBothLanguages() throws IOException {
		check(UI, Messages.class, "kansa/ui/internal/");
		check(AUDIT, kansa.ui.audit.internal.Messages.class, "kansa/ui/audit/internal/");
		check(CHECKLIST, kansa.ui.checklist.internal.Messages.class, "kansa/ui/checklist/internal/");
	}

	private static void check(Bundle bundle, Class<?> messages, String folder) throws IOException {
		Set<String> fields = Arrays.stream(messages.getFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
				.map(Field::getName).collect(TreeSet::new, Set::add, Set::addAll);
		assertEquals(fields, keys(bundle, folder + "messages.properties"));
		assertEquals(fields, keys(bundle, folder + "messages_ja.properties"));
	}

	@Test
	void pluginXmlAndManifestKeysExistInBothLanguages() throws IOException {
		for (Bundle bundle : new Bundle[] { UI, AUDIT, CHECKLIST }) {
			Set<String> used = new TreeSet<>();
			for (String entry : new String[] { "plugin.xml", "META-INF/MANIFEST.MF" }) {
				Matcher m = Pattern.compile("%([\\w.]+)").matcher(text(bundle, entry));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
			assertTrue(used.contains("bundle.name"), "found the % keys: " + used);
			assertEquals(used, keys(bundle, "OSGI-INF/l10n/bundle.properties"));
			assertEquals(used, keys(bundle, "OSGI-INF/l10n/bundle_ja.properties"));
		}
	}

	private static Set<String> keys(Bundle bundle, String entry) throws IOException {
		Properties p = new Properties();
		try (InputStream in = url(bundle, entry).openStream()) {
			p.load(in); // ISO-8859-1, as NLS and Equinox read them: a raw UTF-8 file would show as mojibake
		}
		p.values().forEach(v -> assertTrue(((String) v).chars().noneMatch(c -> c >= 0x80 && c < 0x100),
				entry + " has non-escaped non-ASCII text: " + v));
		return new TreeSet<>(p.stringPropertyNames());
	}

	private static String text(Bundle bundle, String entry) throws IOException {
		try (InputStream in = url(bundle, entry).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static URL url(Bundle bundle, String entry) {
		URL url = bundle.getEntry(entry);
		assertNotNull(url, entry + " in " + bundle.getSymbolicName());
		return url;
	}
}
