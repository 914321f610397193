package org.frontline.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one renderer of Frontline: draws a {@link MapScene} for a {@link ViewState} with Java2D. The
 * viewer shows its image and the exporter writes it, so what one sees is what one exports, with or
 * without a display ({@code java.awt.headless}).
 *
 * <p>On images, a frame's control-area layers are brought up to date on a worker thread while the
 * frame's thread copies the cached basemap and paints the claim symbols (and, when nothing is drawn
 * above them, the labels) into a layer of their own; both are copied onto the frame in their layers'
 * turn, the areas by the worker itself when only the basemap lies under them, so that with a free
 * second core a frame takes about the longer of the two rather than their sum.
 *
 * <p>Thread safety: thread-safe; scenes and views are immutable, and the caches (basemap, areas,
 * sprites, symbol layer) are shared safely between frames. Call it off the FX thread.
 */
public final class MapRenderer {
    private final BasemapPainter basemap = new BasemapPainter();
    private final AreaPainter areas = new AreaPainter();
    private final ClaimPainter claims = new ClaimPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private final BasemapCache basemapCache = new BasemapCache();
    private final Sprites sprites = new Sprites();
    private final AreaRaster areaRaster = new AreaRaster(areas);
    private final SymbolLayer symbolLayer = new SymbolLayer();
    private final Executor worker;

    /** A renderer that brings the area image up to date on a thread of its own while a frame paints its symbols. */
    public MapRenderer() {
        this(areaWorker());
    }

    /** A renderer that brings the area image up to date on {@code worker} ({@code Runnable::run}: on the frame's thread). */
    public MapRenderer(Executor worker) {
        this.worker = worker;
    }

    /** One daemon thread, made when a frame needs it and ended after a second idle. */
    private static Executor areaWorker() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "frontline-area-raster");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

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
        GeometryPainter p = new GeometryPainter(view);
        LabelPlacer placer = new LabelPlacer(s, sprites);
        LayerStack layers = scene.layers();
        List<LayerKind> visible = layers.order().stream().filter(layers::visible).toList();
        boolean raster = isImage(g) && g.getTransform().isIdentity();
        boolean basemapBelow = raster && !visible.isEmpty() && visible.get(0) == LayerKind.BASEMAP;
        if (basemapBelow) {
            visible = visible.subList(1, visible.size());
        } else {
            g.setColor(MapStyle.SEA);
            g.fillRect(0, 0, view.width(), view.height());
        }
        overlays.boxes(g, view, scene).forEach(placer::reserve);
        List<LayerKind> areaRun = raster ? onlyAreaRun(visible) : List.of();
        boolean symbolsAhead = !areaRun.isEmpty() && visible.indexOf(LayerKind.CLAIMS) > visible.indexOf(areaRun.get(0));
        boolean labelsAhead = symbolsAhead && nothingPaintedAbove(LayerKind.CLAIMS, visible);
        // With only the basemap under the areas, the area thread lays its image on the frame itself.
        Graphics2D areasOnto = basemapBelow && !areaRun.isEmpty() && nothingPaintedBelow(areaRun.get(0), visible, scene)
                ? (Graphics2D) g.create() : null;
        CompletableFuture<Void> basemapDrawn = new CompletableFuture<>();
        try (AreaRaster.Update areaImage = areaRun.isEmpty() ? null
                : areaRaster.update(scene.areas(), areaRun, view, s, g.getRenderingHints(), worker, basemapDrawn, areasOnto)) {
            try {
                if (basemapBelow) {
                    copyBasemapOverSea(g, scene, view, s);
                }
            } finally {
                basemapDrawn.complete(null);
            }
            SymbolLayer.Canvas symbols = !symbolsAhead ? null : symbolLayer.paint(view, g.getRenderingHints(), (sg, drawn) -> {
                claims.paint(sg, view, scene.claims(), s, placer, sprites, drawn);
                if (labelsAhead) {
                    placer.onDrawn(drawn);
                    paintLabels(sg, scene, view, s, placer);
                    placer.onDrawn(box -> { });
                }
            });
            List<LayerKind> run = new ArrayList<>();
            for (LayerKind kind : visible) {
                if (kind.isArea()) {
                    run.add(kind);
                } else {
                    paintAreaRun(g, p, scene, view, s, run, areaImage);
                    if (kind == LayerKind.CLAIMS && symbols != null) {
                        symbols.drawOnto(g);
                    } else {
                        paintLayer(kind, g, p, scene, view, s, placer);
                    }
                }
            }
            paintAreaRun(g, p, scene, view, s, run, areaImage);
        }
        overlays.paint(g, view, scene);
        if (!labelsAhead) {
            paintLabels(g, scene, view, s, placer);
        }
    }

    /**
     * Settlement and oblast names, placed off symbols, overlays and each other. They go on top of
     * every layer, so when no layer paints above the claims they are drawn with the symbols, ahead of
     * the areas, while another thread brings those up to date; the overlays never share their pixels.
     */
    private void paintLabels(Graphics2D g, MapScene scene, ViewState view, double s, LabelPlacer placer) {
        if (scene.layers().visible(LayerKind.SETTLEMENTS)) {
            paintSettlementLabels(g, view, scene.settlements(), s, placer);
        }
        if (scene.layers().visible(LayerKind.BASEMAP)) {
            basemap.paintRegionNames(g, view, scene.basemap(), s, placer);
        }
    }

    /** Whether the visible layers below {@code kind} (the basemap left out) paint nothing: no reference layer was imported. */
    private static boolean nothingPaintedBelow(LayerKind kind, List<LayerKind> visible, MapScene scene) {
        return visible.subList(0, visible.indexOf(kind)).stream()
                .allMatch(k -> k == LayerKind.REFERENCE && scene.reference().isEmpty());
    }

    /** Whether every visible layer above {@code kind} paints nothing of its own (unresolved names are listed by the overlay). */
    private static boolean nothingPaintedAbove(LayerKind kind, List<LayerKind> visible) {
        return visible.subList(visible.indexOf(kind) + 1, visible.size()).stream().allMatch(k -> k == LayerKind.UNRESOLVED);
    }

    /** The visible area layers when they follow one another in the stack (the usual case), else none. */
    private static List<LayerKind> onlyAreaRun(List<LayerKind> visible) {
        List<LayerKind> run = visible.stream().filter(LayerKind::isArea).toList();
        return !run.isEmpty() && visible.indexOf(run.get(run.size() - 1)) - visible.indexOf(run.get(0)) == run.size() - 1
                ? run : List.of();
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
     * {@link AreaRaster}, which repaints only the tiles that changed since the last frame: from the
     * update started with the frame when there is one, else from an update made now.
     */
    private void paintAreaRun(Graphics2D g, GeometryPainter p, MapScene scene, ViewState v, double s,
                              List<LayerKind> run, AreaRaster.Update started) {
        if (run.isEmpty()) {
            return;
        }
        if (started != null) {
            started.drawOnto(g);
        } else if (isImage(g) && g.getTransform().isIdentity()) {
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
        g.drawImage(basemapCache.image(scene.basemap(), v, s, false, () -> basemapImage(scene, v, s, false)), 0, 0, null);
    }

    /**
     * When the basemap is the bottom layer of an image, the frame starts as a copy of the cached
     * basemap drawn over the sea: the same pixels as filling the sea and blending the basemap onto it,
     * without blending two million pixels a frame.
     */
    private void copyBasemapOverSea(Graphics2D g, MapScene scene, ViewState v, double s) {
        BufferedImage img = basemapCache.image(scene.basemap(), v, s, true, () -> basemapImage(scene, v, s, true));
        java.awt.Composite before = g.getComposite();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.drawImage(img, 0, 0, null);
        g.setComposite(before);
    }

    private BufferedImage basemapImage(MapScene scene, ViewState v, double s, boolean overSea) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D bg = img.createGraphics();
        if (overSea) {
            bg.setColor(MapStyle.SEA);
            bg.fillRect(0, 0, v.width(), v.height());
        }
        bg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        bg.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        basemap.paint(bg, new GeometryPainter(v), scene.basemap(), s);
        bg.dispose();
        return img;
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
