import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signature (META-INF/*.SF, *.RSA, *.DSA, *.EC) from the jars named, in place. Run by the `kansa`
 * script after a build on the launcher and the OSGi framework of the local product: the JVM checks a signed
 * jar's signature and every class's digest when a URL class loader reads it, and keeps classes of signed jars out
 * of its class cache, which together cost about a quarter of a second at each start. Equinox itself does not
 * check signatures, and the product archive Maven builds keeps the signed originals.
 */
public final class Unsign {

	public static void main(String[] args) throws IOException {
		for (String name : args) {
			unsign(Path.of(name));
		}
	}

	private static void unsign(Path jar) throws IOException {
		Path temp = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
		boolean changed = false;
		try (ZipFile in = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
			for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (isSignature(entry.getName())) {
					changed = true;
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				try (var data = in.getInputStream(entry)) {
					data.transferTo(out);
				}
				out.closeEntry();
			}
		}
		if (changed) {
			Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(temp);
		}
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(java.util.Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}
}
