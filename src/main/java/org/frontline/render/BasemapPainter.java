package org.frontline.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.Locale;

/** Draws land, Ukraine, water, borders and oblast names. Stateless. */
final class BasemapPainter {
    void paint(Graphics2D g, GeometryPainter p, Basemap map, double scale) {
        double mpp = p.view().metresPerPixel();
        if (!map.region().isEmpty()) {
            g.setColor(MapStyle.NO_DATA);
            g.fillRect(0, 0, p.view().width(), p.view().height());
            g.setColor(MapStyle.SEA);
            p.fill(g, map.region());
        }
        g.setColor(MapStyle.LAND);
        map.land().forEach(i -> p.fill(g, i.at(mpp)));
        g.setColor(MapStyle.UKRAINE);
        map.countries().stream().filter(i -> "UA".equals(i.country())).forEach(i -> p.fill(g, i.at(mpp)));
        g.setColor(MapStyle.SEA);
        map.lakes().forEach(i -> p.fill(g, i.at(mpp)));
        paintRivers(g, p, map, scale, mpp);
        g.setColor(MapStyle.REGION_BORDER);
        g.setStroke(MapStyle.dashed(0.8 * scale, 3 * scale));
        map.regions().forEach(i -> p.draw(g, i.at(mpp).getBoundary()));
        g.setColor(MapStyle.COUNTRY_BORDER);
        g.setStroke(MapStyle.stroke(1.4 * scale));
        map.countries().forEach(i -> p.draw(g, i.at(mpp).getBoundary()));
    }

    private void paintRivers(Graphics2D g, GeometryPainter p, Basemap map, double scale, double mpp) {
        g.setColor(MapStyle.WATER_LINE);
        for (Basemap.Item river : map.rivers()) {
            int maxRank = mpp > 1500 ? 1 : mpp > 600 ? 2 : mpp > 250 ? 3 : 4;
            if (river.rank() <= maxRank) {
                double width = river.rank() <= 1 ? 1.6 : river.rank() == 2 ? 1.2 : 0.8;
                g.setStroke(MapStyle.stroke(width * scale));
                p.draw(g, river.at(mpp));
            }
        }
    }

    /** Oblast names, only when the whole oblast is large on screen; drawn under settlement labels. */
    void paintRegionNames(Graphics2D g, ViewState v, Basemap map, double scale, LabelPlacer placer) {
        Font font = MapStyle.font(Font.ITALIC, 11 * scale);
        g.setFont(font);
        for (Basemap.RegionLabel r : map.regionLabels()) {
            double pixels = r.areaKm2() * 1e6 / (v.metresPerPixel() * v.metresPerPixel());
            if (r.name() == null || pixels < 9000 * scale * scale || pixels > 4e6 * scale * scale) {
                continue;
            }
            double x = v.toScreenX(r.x());
            double y = v.toScreenY(r.y());
            if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
                continue;
            }
            placer.place(g, r.name().toUpperCase(Locale.ROOT), x, y, MapStyle.REGION_BORDER.darker(), false);
        }
    }
}
