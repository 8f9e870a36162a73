package kansa.ui.resources;

import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Kansa's own icons, shipped in each UI bundle's {@code icons/} folder (16 px PNG, with an {@code @2x} variant). */
public final class Icons {

	private Icons() {
	}

	/** The descriptor of {@code icons/NAME.png} in the bundle of {@code owner}; a missing file shows as missing. */
	public static ImageDescriptor descriptor(Class<?> owner, String name) {
		Bundle bundle = FrameworkUtil.getBundle(owner);
		URL url = bundle == null ? null : bundle.getEntry("icons/" + name + ".png");
		return url == null ? ImageDescriptor.getMissingImageDescriptor() : ImageDescriptor.createFromURL(url);
	}
}
