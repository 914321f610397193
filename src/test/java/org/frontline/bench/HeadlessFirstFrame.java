package org.frontline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.render.MapRenderer;
import org.frontline.render.ViewState;
import org.frontline.workspace.ClaimCatalog;
import org.frontline.workspace.ClaimFilter;
import org.frontline.workspace.Workspace;

/**
 * The viewer's start without a window, for machines with no display: load the basemap and the
 * gazetteer, open the workspace without its claims, read the claims of the last 30-day window and
 * render the first 1920x1080 frame; then read every claim, build the areas and render again.
 * Prints the same two lines as the viewer's {@code -Dfrontline.reportStartup}, heap included.
 */
public final class HeadlessFirstFrame {
    private HeadlessFirstFrame() {
    }

    public static void main(String[] args) {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (true) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Path store = Path.of(args[0]);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        Workspace w = Workspace.openWithoutClaims(store, Basemap.loadDefault(), gazetteer, ForkJoinPool.commonPool());
        LocalDate last = w.dateRange().map(r -> r[1]).orElse(null);
        w.reload(w.readWindow(last, ClaimFilter.DEFAULT_WINDOW_DAYS, w.placeDirectory()));
        ViewState view = ViewState.fitting(w.homeExtent(), 1920, 1080, last, ClaimView.ALL);
        MapRenderer renderer = new MapRenderer();
        renderer.render(w.sceneFor(view), view);
        System.err.println("frontline: first map drawn " + sinceStart() + " ms after JVM start");
        w.reload(ClaimCatalog.load(store, w.placeDirectory()));
        w.awaitAreas();
        renderer.render(w.sceneFor(view), view);
        long ms = sinceStart();
        System.gc();
        System.gc();
        System.err.println("frontline: all claims and areas drawn " + ms + " ms after JVM start; heap peak "
                + (peak.get() >> 20) + " MB (sampled), "
                + (ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20) + " MB after GC");
        System.exit(0);
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
