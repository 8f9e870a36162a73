package kansa.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as PNG, so a reviewer can look at the UI a headless run produced. */
final class Screenshots {

	private Screenshots() {
	}

	/** Saves into the folder named by {@code kansa.ui.tests.screenshots}, when set. */
	static void saveIfAsked(Shell shell, String name) {
		String dir = System.getProperty("kansa.ui.tests.screenshots");
		if (dir != null) {
			save(shell, Path.of(dir, name));
		}
	}

	static void save(Shell shell, Path file) {
		Display display = shell.getDisplay();
		shell.forceActive();
		UiWait.settle(500); // let layout and paint events settle before reading pixels
		// The client area in screen coordinates: shell bounds include a frame that only a window manager draws.
		Rectangle bounds = display.map(shell, null, shell.getClientArea());
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			Files.createDirectories(file.toAbsolutePath().getParent());
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
