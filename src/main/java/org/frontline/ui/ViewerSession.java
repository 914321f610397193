package org.frontline.ui;

import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.frontline.render.ClaimView;
import org.frontline.render.LayerStack;
import org.frontline.workspace.ClaimCatalog;
import org.frontline.workspace.ClaimFilter;
import org.frontline.workspace.DisplaySettings;

/**
 * The viewer's shared state besides the view: the corrected claims, the filter the table and map
 * share, the layer stack and the selected claims. Each is an immutable value in a property, so
 * panels observe it and the map copies it into a {@link DisplaySettings} with each request.
 *
 * <p>Thread safety: FX thread only.
 */
final class ViewerSession {
    private final ObjectProperty<ClaimCatalog> catalog = new SimpleObjectProperty<>(this, "catalog", ClaimCatalog.empty());
    private final ObjectProperty<ClaimFilter> filter = new SimpleObjectProperty<>(this, "filter", ClaimFilter.all());
    private final ObjectProperty<LayerStack> layers = new SimpleObjectProperty<>(this, "layers", LayerStack.defaults());
    private final ObjectProperty<ClaimView> claimView = new SimpleObjectProperty<>(this, "claimView", ClaimView.ALL);
    private final ObjectProperty<Set<Long>> selected = new SimpleObjectProperty<>(this, "selected", Set.of());
    private final ObjectBinding<DisplaySettings> display = Bindings.createObjectBinding(
            () -> new DisplaySettings(catalog.get(), filter.get(), layers.get(), selected.get()),
            catalog, filter, layers, selected);

    ObjectProperty<ClaimCatalog> catalogProperty() {
        return catalog;
    }

    ObjectProperty<ClaimFilter> filterProperty() {
        return filter;
    }

    ObjectProperty<LayerStack> layersProperty() {
        return layers;
    }

    /** Whose claims the map follows; the map's {@code ViewState.view()} follows this. */
    ObjectProperty<ClaimView> claimViewProperty() {
        return claimView;
    }

    ObjectProperty<Set<Long>> selectedProperty() {
        return selected;
    }

    /** Selects these claims, if that changes anything. */
    void select(Set<Long> ids) {
        assert Platform.isFxApplicationThread();
        if (!selected.get().equals(ids)) {
            selected.set(Set.copyOf(ids));
        }
    }

    /** Everything the map draws besides the view, as one immutable value. */
    ObjectBinding<DisplaySettings> display() {
        return display;
    }
}
