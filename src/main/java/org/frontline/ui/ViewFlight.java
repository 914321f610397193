package org.frontline.ui;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.frontline.render.ViewState;

/**
 * Animates the map from its view to a target centre and scale, making a new {@link ViewState} per
 * animation frame; the map's merged repaints draw what they can and the last frame is exact.
 * FX thread only.
 */
final class ViewFlight {
    private final ObjectProperty<ViewState> view;
    private final DoubleProperty t = new SimpleDoubleProperty();
    private final Timeline timeline = new Timeline();

    ViewFlight(ObjectProperty<ViewState> view) {
        this.view = view;
    }

    /** Flies to centre (x, y) at {@code metresPerPixel} over {@code millis} (0 jumps). */
    void flyTo(double x, double y, double metresPerPixel, double millis) {
        timeline.stop();
        ViewState from = view.get();
        if (from == null) {
            return;
        }
        if (millis <= 0) {
            view.set(from.centredOn(x, y).withScale(metresPerPixel));
            return;
        }
        t.set(0);
        var listener = new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                double k = b.doubleValue();
                ViewState now = view.get();
                // Zoom geometrically so the flight feels even at every scale.
                double scale = from.metresPerPixel() * Math.pow(metresPerPixel / from.metresPerPixel(), k);
                view.set(now.centredOn(from.centerX() + (x - from.centerX()) * k, from.centerY() + (y - from.centerY()) * k)
                        .withScale(scale));
            }
        };
        t.addListener(listener);
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.millis(millis), new KeyValue(t, 1.0)));
        timeline.setOnFinished(e -> {
            t.removeListener(listener);
            view.set(view.get().centredOn(x, y).withScale(metresPerPixel));
        });
        timeline.playFromStart();
    }
}
