package org.frontline.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one renderer of Frontline: draws a {@link MapScene} for a {@link ViewState} with Java2D. The
 * viewer shows its image and the exporter writes it, so what one sees is what one exports, with or
 * without a display ({@code java.awt.headless}).
 *
 * <p>Thread safety: stateless and thread-safe; scenes and views are immutable. Call it off the FX
 * thread.
 */
public final class MapRenderer {
    private final BasemapPainter basemap = new BasemapPainter();
    private final AreaPainter areas = new AreaPainter();
    private final ClaimPainter claims = new ClaimPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private final BasemapCache basemapCache = new BasemapCache();
    private final Sprites sprites = new Sprites();
    private final AreaRaster areaRaster = new AreaRaster(areas);

    /** Renders into a new ARGB image of the view's size. */
    public BufferedImage render(MapScene scene, ViewState view) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            paint(g, scene, view);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Paints onto any Graphics2D (an image, or a vector surface) whose user space is the view's pixels. */
    public void paint(Graphics2D g, MapScene scene, ViewState view) {
        double s = scene.decorations().scale();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(MapStyle.SEA);
        g.fillRect(0, 0, view.width(), view.height());
        GeometryPainter p = new GeometryPainter(view);
        LabelPlacer placer = new LabelPlacer(s, sprites);
        LayerStack layers = scene.layers();
        List<LayerKind> areaRun = new ArrayList<>();
        for (LayerKind kind : layers.order()) {
            if (!layers.visible(kind)) {
                continue;
            }
            if (kind.isArea()) {
                areaRun.add(kind);
                continue;
            }
            paintAreaRun(g, p, scene, view, s, areaRun);
            paintLayer(kind, g, p, scene, view, s, placer);
        }
        paintAreaRun(g, p, scene, view, s, areaRun);
        overlays.paint(g, view, scene, placer);
        if (layers.visible(LayerKind.SETTLEMENTS)) {
            paintSettlementLabels(g, view, scene.settlements(), s, placer);
        }
        if (layers.visible(LayerKind.BASEMAP)) {
            basemap.paintRegionNames(g, view, scene.basemap(), s, placer);
        }
    }

    private void paintLayer(LayerKind kind, Graphics2D g, GeometryPainter p, MapScene scene, ViewState v, double s,
                            LabelPlacer placer) {
        switch (kind) {
            case BASEMAP -> paintBasemap(g, p, scene, v, s);
            case REFERENCE -> areas.paintReference(g, p, scene.reference(), s);
            case AREAS -> areas.paintAreas(g, p, scene.areas());
            case CONTESTED -> areas.paintContested(g, p, scene.areas(), s);
            case FRONT_LINE -> areas.paintFrontLine(g, p, scene.areas(), s);
            case SETTLEMENTS -> paintSettlementDots(g, v, scene.settlements(), s);
            case CLAIMS -> claims.paint(g, v, scene.claims(), s, placer, sprites);
            case UNRESOLVED -> { } // listed by the overlay: unresolved names have no place to be drawn at
        }
    }

    /**
     * Paints consecutive area layers and empties the run. On images they come from the
     * {@link AreaRaster}, which repaints only the tiles that changed since the last frame.
     */
    private void paintAreaRun(Graphics2D g, GeometryPainter p, MapScene scene, ViewState v, double s,
                              List<LayerKind> run) {
        if (run.isEmpty()) {
            return;
        }
        if (isImage(g) && g.getTransform().isIdentity()) {
            areaRaster.paint(g, scene.areas(), run, v, s);
        } else {
            run.forEach(kind -> paintLayer(kind, g, p, scene, v, s, null));
        }
        run.clear();
    }

    private static boolean isImage(Graphics2D g) {
        return g.getDeviceConfiguration().getDevice().getType() == java.awt.GraphicsDevice.TYPE_IMAGE_BUFFER;
    }

    /**
     * The basemap is the costly layer and does not change with the date, so raster output reuses the
     * last basemap image drawn for the same centre, scale and size; vector output always draws it.
     */
    private void paintBasemap(Graphics2D g, GeometryPainter p, MapScene scene, ViewState v, double s) {
        if (!isImage(g)) {
            basemap.paint(g, p, scene.basemap(), s);
            return;
        }
        g.drawImage(basemapCache.image(scene.basemap(), v, s, () -> {
            BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D bg = img.createGraphics();
            bg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            bg.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            basemap.paint(bg, new GeometryPainter(v), scene.basemap(), s);
            bg.dispose();
            return img;
        }), 0, 0, null);
    }

    /** How many settlements get a dot at this scale: the larger ones first. */
    static long minPopulation(double metresPerPixel) {
        if (metresPerPixel > 3000) {
            return 200_000;
        }
        if (metresPerPixel > 1200) {
            return 40_000;
        }
        if (metresPerPixel > 500) {
            return 8_000;
        }
        return metresPerPixel > 150 ? 1_000 : 0;
    }

    private void paintSettlementDots(Graphics2D g, ViewState v, List<SettlementMark> marks, double s) {
        long min = minPopulation(v.metresPerPixel());
        g.setColor(MapStyle.LABEL);
        for (SettlementMark m : marks) {
            if (m.population() >= min) {
                double x = v.toScreenX(m.x());
                double y = v.toScreenY(m.y());
                if (x >= 0 && y >= 0 && x <= v.width() && y <= v.height()) {
                    double r = (m.population() >= 100_000 ? 3 : 2) * s;
                    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
            }
        }
    }

    private void paintSettlementLabels(Graphics2D g, ViewState v, List<SettlementMark> marks, double s,
                                       LabelPlacer placer) {
        long min = minPopulation(v.metresPerPixel());
        List<SettlementMark> sorted = marks.stream().filter(m -> m.population() >= min)
                .sorted(Comparator.comparingLong(SettlementMark::population).reversed()).toList();
        for (SettlementMark m : sorted) {
            double x = v.toScreenX(m.x());
            double y = v.toScreenY(m.y());
            if (x >= 0 && y >= 0 && x <= v.width() && y <= v.height()) {
                g.setFont(MapStyle.font(m.population() >= 100_000 ? Font.BOLD : Font.PLAIN, (m.population() >= 100_000 ? 12 : 10.5) * s));
                placer.place(g, m.name(), x, y, MapStyle.LABEL, true);
            }
        }
    }
}
