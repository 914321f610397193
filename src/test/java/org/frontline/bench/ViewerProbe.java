package org.frontline.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.frontline.export.DateSeries;
import org.frontline.export.ImageFormat;
import org.frontline.export.SeriesRequest;
import org.frontline.export.SeriesResult;
import org.frontline.export.SeriesStep;
import org.frontline.export.SnapshotRequest;
import org.frontline.export.Snapshots;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.render.MapRenderer;
import org.frontline.render.MapScene;
import org.frontline.render.ViewState;
import org.frontline.workspace.Workspace;

/**
 * What the viewer and the exporter do with a store: open it until the map can be drawn (catalog
 * and control areas built), step the date slider one day at a time, jump across the range, render
 * 1920x1080 frames with the basemap cached (a slider step) and cold, write a 3840x2160 PNG
 * snapshot, and a weekly series of 12 frames with its GIF. Every figure is wall time on this
 * thread, as the user would wait for it.
 */
final class ViewerProbe {
    static final int STEPS = 40;

    /** The figures of one store. */
    record Figures(double openMs, long liveMb, double stepMedianMs, double stepP95Ms, double jumpMedianMs,
                   double frameMedianMs, double frameColdMs, double snapshotMs, double snapshotRenderMs,
                   double marksPerFrame, double slideFrameMedianMs, double seriesFramesPerSecond) {
    }

    private final Basemap basemap;
    private final Gazetteer gazetteer;

    ViewerProbe(Basemap basemap, Gazetteer gazetteer) {
        this.basemap = basemap;
        this.gazetteer = gazetteer;
    }

    Figures run(Path store, Path out) {
        long before = HeapWatch.liveMb();
        long t0 = System.nanoTime();
        Workspace w = Workspace.open(store, basemap, gazetteer, Runnable::run).awaitAreas();
        LocalDate[] range = w.dateRange().orElseThrow(() -> new IllegalStateException(store + ": no dated claim"));
        ViewState view = ViewState.fitting(w.homeExtent(), 1920, 1080, range[0], ClaimView.ALL);
        MapRenderer renderer = new MapRenderer();
        renderer.render(w.sceneFor(view), view);
        double openMs = ms(t0);
        long live = HeapWatch.liveMb() - before;

        LocalDate mid = range[0].plusDays(range[0].until(range[1], java.time.temporal.ChronoUnit.DAYS) / 2);
        double[] steps = new double[STEPS];
        double[] frames = new double[STEPS];
        double[] slides = new double[STEPS];
        long marks = 0;
        for (int i = 0; i < STEPS; i++) {
            ViewState v = view.withDate(mid.plusDays(i));
            long t = System.nanoTime();
            MapScene scene = w.sceneFor(v);
            steps[i] = ms(t);
            t = System.nanoTime();
            renderer.render(scene, v);
            frames[i] = ms(t);
            slides[i] = steps[i] + frames[i];
            marks += scene.claims().size();
        }
        double[] jumps = new double[6];
        for (int i = 0; i < jumps.length; i++) {
            LocalDate to = i % 2 == 0 ? range[1].minusDays(3L * i) : range[0].plusDays(3L * i);
            long t = System.nanoTime();
            w.sceneFor(view.withDate(to));
            jumps[i] = ms(t);
        }
        ViewState coldView = view.withDate(mid);
        MapScene coldScene = w.sceneFor(coldView);
        long t = System.nanoTime();
        BufferedImage cold = new MapRenderer().render(coldScene, coldView);
        double coldMs = ms(t);
        cold.flush();

        Snapshots snapshots = new Snapshots(w);
        SnapshotRequest uhd = SnapshotRequest.of(mid, ClaimView.ALL, null, 3840, 2160, 2, ImageFormat.PNG);
        snapshots.write(uhd.withDate(mid.minusDays(1)), out.resolve("warm-up.png"));
        t = System.nanoTime();
        snapshots.write(uhd, out.resolve("snapshot-3840x2160.png"));
        double snapshotMs = ms(t);
        t = System.nanoTime();
        snapshots.render(uhd.withDate(mid.plusDays(1))).flush();
        double snapshotRenderMs = ms(t);
        return new Figures(openMs, live, median(steps), percentile(steps, 0.95), median(jumps), median(frames),
                coldMs, snapshotMs, snapshotRenderMs, marks / (double) STEPS, median(slides),
                seriesFramesPerSecond(w, mid, out));
    }

    /** Frames per second of a weekly 12-frame series at 1280x720 written as PNG frames and a GIF. */
    private static double seriesFramesPerSecond(Workspace w, LocalDate from, Path out) {
        Path folder = out.resolve("series-" + System.nanoTime());
        SnapshotRequest frame = SnapshotRequest.of(from, ClaimView.ALL, null, 1280, 720, 1, ImageFormat.PNG);
        SeriesResult r = DateSeries.write(w, new SeriesRequest(from, from.plusWeeks(11), SeriesStep.WEEKLY, frame, folder,
                folder.resolve("series.gif"), SeriesRequest.DEFAULT_FRAME_MILLIS));
        return r.framesPerSecond();
    }

    static double median(double[] v) {
        return percentile(v, 0.5);
    }

    static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) (s.length * p))];
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
