package org.frontline.render;

import java.awt.Graphics2D;

/** Draws claimed control areas, contested hatching and the front line. Stateless. */
final class AreaPainter {
    void paintAreas(Graphics2D g, GeometryPainter p, AreaLayer a) {
        g.setColor(MapStyle.UA_AREA);
        p.fill(g, a.ukrainianHeld());
        g.setColor(MapStyle.RU_AREA);
        p.fill(g, a.russianHeld());
    }

    void paintContested(Graphics2D g, GeometryPainter p, AreaLayer a, double scale) {
        g.setPaint(MapStyle.hatch(scale));
        p.fill(g, a.contested());
        g.setColor(MapStyle.CONTESTED);
        g.setStroke(MapStyle.stroke(0.8 * scale));
        p.draw(g, a.contested());
    }

    void paintFrontLine(Graphics2D g, GeometryPainter p, AreaLayer a, double scale) {
        g.setColor(MapStyle.HALO);
        g.setStroke(MapStyle.stroke(4 * scale));
        p.draw(g, a.frontLine());
        g.setColor(MapStyle.FRONT_LINE);
        g.setStroke(MapStyle.stroke(2.2 * scale));
        p.draw(g, a.frontLine());
    }

    void paintReference(Graphics2D g, GeometryPainter p, java.util.List<org.locationtech.jts.geom.Geometry> layers,
                        double scale) {
        g.setColor(MapStyle.REFERENCE);
        g.setStroke(MapStyle.dashed(1.8 * scale, 6 * scale));
        layers.forEach(l -> p.draw(g, l));
    }
}
