package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.workspace.AtomicFiles;

class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void failedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
		Path file = dir.resolve("audit.json");
		byte[] old = "{\"old\": true}".getBytes(StandardCharsets.UTF_8);
		Files.write(file, old);

		IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("{\"new\": tr".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));

		assertEquals("disk full", e.getMessage());
		assertArrayEquals(old, Files.readAllBytes(file));
		assertEquals(List.of(file), list(dir));
	}

	@Test
	void successfulWriteReplacesTheContent() throws IOException {
		Path file = dir.resolve("sub/audit.json");
		AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8));
		AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8));
		assertEquals("second", Files.readString(file));
		assertEquals(List.of(file), list(file.getParent()));
	}

	private static List<Path> list(Path d) throws IOException {
		try (Stream<Path> s = Files.list(d)) {
			return s.toList();
		}
	}
}
