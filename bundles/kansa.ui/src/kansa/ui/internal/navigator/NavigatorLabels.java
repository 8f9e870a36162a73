package kansa.ui.internal.navigator;

import java.util.function.Supplier;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IToolTipProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.navigator.NavigatorFolder;
import kansa.ui.navigator.NavigatorLabel;
import kansa.ui.navigator.NavigatorNote;
import kansa.ui.resources.Icons;

/**
 * Texts and icons of the navigator's lines: folders and notes drawn here, every other line as the contribution
 * that made it says. A decorated line shows its text, then its state in grey so that the text stays readable in
 * a narrow navigator; the tooltip repeats the whole line.
 */
final class NavigatorLabels extends LabelProvider implements IStyledLabelProvider, IToolTipProvider {

	private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final Supplier<Iterable<NavigatorContribution>> contributions;

	NavigatorLabels(Supplier<Iterable<NavigatorContribution>> contributions) {
		this.contributions = contributions;
	}

	private NavigatorLabel label(Object element) {
		if (element instanceof NavigatorFolder f) {
			return NavigatorLabel.of(f.label(),
					f.image() == null ? Icons.descriptor(NavigatorLabels.class, "folder") : f.image());
		}
		if (element instanceof NavigatorNote n) {
			return NavigatorLabel.of(n.text(), null);
		}
		for (NavigatorContribution c : contributions.get()) {
			NavigatorLabel label = c.label(element);
			if (label != null) {
				return label;
			}
		}
		return NavigatorLabel.of(String.valueOf(element), null);
	}

	@Override
	public String getText(Object element) {
		NavigatorLabel label = label(element);
		return label.text() + label.decoration();
	}

	@Override
	public StyledString getStyledText(Object element) {
		NavigatorLabel label = label(element);
		return new StyledString(label.text()).append(label.decoration(), StyledString.DECORATIONS_STYLER);
	}

	@Override
	public String getToolTipText(Object element) {
		NavigatorLabel label = label(element);
		return label.decoration().isEmpty() ? null : label.text() + label.decoration();
	}

	@Override
	public Image getImage(Object element) {
		ImageDescriptor image = label(element).image();
		return image == null ? null : resources.create(image);
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
