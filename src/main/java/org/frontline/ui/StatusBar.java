package org.frontline.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.frontline.geo.MapProjection;
import org.frontline.render.ScaleBar;
import org.locationtech.jts.geom.Coordinate;

/** Cursor coordinates, scale and the last frame's drawing time. */
final class StatusBar extends HBox {
    private final Label coordinates = new Label();
    private final Label scale = new Label();
    private final Label timing = new Label();
    private final Label notice = new Label();
    private final javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));

    StatusBar() {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(16);
        setPadding(new Insets(3, 10, 3, 10));
        coordinates.setId("status-coordinates");
        scale.setId("status-scale");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        notice.setId("status-notice");
        fade.setOnFinished(e -> notice.setText(""));
        getChildren().addAll(coordinates, notice, spring, scale, timing);
    }

    /** Shows a short message for a few seconds. */
    void notify(String message) {
        notice.setText(message);
        fade.playFromStart();
    }

    /** Adds a node (e.g. the import progress) before the scale. */
    void addBeforeScale(javafx.scene.Node node) {
        getChildren().add(getChildren().indexOf(scale), node);
    }

    void follow(MapCanvas map) {
        map.pointerProperty().addListener((o, a, c) -> coordinates.setText(c == null ? "" : format(c)));
        map.viewProperty().addListener((o, a, v) -> {
            if (v != null) {
                double km = ScaleBar.groundMetresPerPixel(v) * v.width() / 1000;
                scale.setText(String.format(Locale.ROOT, "%,.0f km across", km));
            }
        });
        map.frameProperty().addListener((o, a, f) -> timing.setText(
                String.format(Locale.ROOT, "frame %.0f ms", f.renderNanos() / 1e6)));
    }

    static String format(Coordinate projected) {
        Coordinate ll = MapProjection.lcc().unproject(projected.x, projected.y);
        return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s", Math.abs(ll.y), ll.y >= 0 ? "N" : "S",
                Math.abs(ll.x), ll.x >= 0 ? "E" : "W");
    }
}
