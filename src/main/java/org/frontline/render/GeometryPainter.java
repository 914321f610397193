package org.frontline.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns JTS geometries in map metres into Java2D shapes in image pixels for one view, through JTS's
 * {@link ShapeWriter}, skipping what lies outside the image and points closer than a pixel.
 *
 * <p>Thread safety: not thread-safe; make one per frame.
 */
final class GeometryPainter {
    private final ViewState view;
    private final Envelope visible;
    private final ShapeWriter writer;

    GeometryPainter(ViewState view) {
        this.view = view;
        Envelope e = view.envelope();
        e.expandBy(view.metresPerPixel() * 20);
        this.visible = e;
        PointTransformation toScreen = (Coordinate src, java.awt.geom.Point2D dest) ->
                dest.setLocation(view.toScreenX(src.x), view.toScreenY(src.y));
        this.writer = new ShapeWriter(toScreen);
        writer.setRemoveDuplicatePoints(true);
        writer.setDecimation(view.metresPerPixel() * 0.75);
    }

    boolean isVisible(Geometry g) {
        return g != null && !g.isEmpty() && visible.intersects(g.getEnvelopeInternal());
    }

    /** The shape of {@code g} in pixels, or null when it is empty or off the image. */
    Shape shape(Geometry g) {
        return isVisible(g) ? writer.toShape(g) : null;
    }

    void fill(Graphics2D g2, Geometry g) {
        Shape s = shape(g);
        if (s != null) {
            g2.fill(s);
        }
    }

    void draw(Graphics2D g2, Geometry g) {
        Shape s = shape(g);
        if (s != null) {
            g2.draw(s);
        }
    }

    ViewState view() {
        return view;
    }
}
