package kansa.ui.details;

import java.util.List;

/**
 * A bundle's rows of the 詳細 (details) view, registered as an OSGi service (a DS component): the view shows the
 * rows of the first contribution that describes the selected element. kansa.ui knows no element type itself.
 */
public interface DetailsContribution {

	/** The rows describing {@code element}; empty when it is not an element this contribution describes. */
	List<DetailRow> rows(Object element);
}
