package kansa.ui.navigator;

import org.eclipse.jface.resource.ImageDescriptor;

/**
 * How a navigator line looks: its text, then a decoration in grey (a state, a count) that keeps the text readable
 * in a narrow navigator, and its icon. The tool tip repeats the whole line when there is a decoration.
 *
 * @param decoration shown after the text in grey; empty for none
 * @param image      null for no icon
 */
public record NavigatorLabel(String text, String decoration, ImageDescriptor image) {

	public NavigatorLabel {
		decoration = decoration == null ? "" : decoration;
	}

	public static NavigatorLabel of(String text, ImageDescriptor image) {
		return new NavigatorLabel(text, "", image);
	}
}
