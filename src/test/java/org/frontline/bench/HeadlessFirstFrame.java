package org.frontline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.render.MapRenderer;
import org.frontline.render.ViewState;
import org.frontline.workspace.Workspace;

/**
 * The viewer's start without a window, for machines with no display: load the basemap and the
 * gazetteer, open the workspace on the store, and render its first 1920x1080 frame (areas still
 * building in the background, as in the viewer). Prints the same line as the viewer's
 * {@code -Dfrontline.reportStartup}.
 */
public final class HeadlessFirstFrame {
    private HeadlessFirstFrame() {
    }

    public static void main(String[] args) {
        Workspace w = Workspace.open(Path.of(args[0]), Basemap.loadDefault(), Gazetteer.loadDefault(),
                ForkJoinPool.commonPool());
        ViewState view = ViewState.fitting(w.homeExtent(), 1920, 1080,
                w.dateRange().map(r -> r[1]).orElse(null), ClaimView.ALL);
        new MapRenderer().render(w.sceneFor(view), view);
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("frontline: first map drawn " + ms + " ms after JVM start");
        System.exit(0);
    }
}
