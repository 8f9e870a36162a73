import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Readies the local product for fast starts; run by the `kansa` script after each build, with the product's
 * plugins folder. JDK only, no zip tool needed. Two changes, both in place and both idempotent:
 * <ul>
 * <li>Class files are stored uncompressed in every bundle jar (other entries stay compressed). The workbench
 * loads about 6,000 classes at start; inflating them cost the UI thread ~0.15 s at each start, the jars grow
 * from 92 to 163 MB.</li>
 * <li>The launcher and the OSGi framework jars lose their signature (META-INF/*.SF, *.RSA, *.DSA, *.EC): the
 * JVM checks a signed jar's signature and every class's digest when a URL class loader reads it, and keeps
 * classes of signed jars out of its class cache (about a quarter of a second at each start). Equinox itself
 * does not check signatures.</li>
 * </ul>
 * The product archive Maven builds keeps the original jars.
 */
public final class PrepareProduct {

	public static void main(String[] args) throws IOException {
		Path plugins = Path.of(args[0]);
		List<Path> jars;
		try (Stream<Path> files = Files.list(plugins)) {
			jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).toList();
		}
		// two cores: resources are compressed again, which is the slow part
		jars.parallelStream().forEach(jar -> {
			try {
				prepare(jar, isLaunchPath(jar.getFileName().toString()));
			} catch (IOException e) {
				throw new UncheckedIOException(jar + ": " + e.getMessage(), e);
			}
		});
	}

	private static boolean isLaunchPath(String name) {
		return name.startsWith("org.eclipse.equinox.launcher_") || name.startsWith("org.eclipse.osgi_");
	}

	private static void prepare(Path jar, boolean unsign) throws IOException {
		if (!needsWork(jar, unsign)) {
			return;
		}
		Path temp = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
		try {
			try (ZipFile in = new ZipFile(jar.toFile());
					ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
				for (ZipEntry entry : in.stream().toList()) {
					if (unsign && isSignature(entry.getName())) {
						continue;
					}
					byte[] data;
					try (var stream = in.getInputStream(entry)) {
						data = stream.readAllBytes();
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					if (entry.getName().endsWith(".class")) {
						copy.setMethod(ZipEntry.STORED);
						copy.setSize(data.length);
						copy.setCompressedSize(data.length);
						CRC32 crc = new CRC32();
						crc.update(data);
						copy.setCrc(crc.getValue());
					}
					out.putNextEntry(copy);
					out.write(data);
					out.closeEntry();
				}
			}
			Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static boolean needsWork(Path jar, boolean unsign) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(e -> e.getName().endsWith(".class") && e.getMethod() != ZipEntry.STORED
					|| unsign && isSignature(e.getName()));
		}
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}
}
