package org.frontline.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.frontline.app.Wiring;
import org.frontline.export.ImageFormat;
import org.frontline.export.SnapshotRequest;
import org.frontline.export.Snapshots;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.render.LayerKind;
import org.frontline.render.MapRenderer;
import org.frontline.render.MapScene;
import org.frontline.render.ViewState;
import org.frontline.workspace.Workspace;

/**
 * The renderer alone, for iterating on frame speed (not a test; surefire skips it): on the
 * benchmark's synthetic store of each size it renders 1920x1080 slider-step frames with the basemap
 * cached, the same frames with one layer hidden at a time (what each layer costs), and 3840x2160
 * snapshot renders, and prints medians. Stores are made once under the output folder (the same
 * {@code corpus-N.jsonl} as {@link Bench}, ingested into {@code render-store-N.db}) and reused.
 *
 * <p>Run (frames defaults to 30; {@code -Dbench.framesOnly=true} stops after the slider-step frames, for a
 * profiler):
 * <pre>
 * mvn -q -o -DbuildDir=target-render test-compile
 * mvn -q -o -DbuildDir=target-render dependency:build-classpath -Dmdep.outputFile=target-render/cp.txt
 * java -Xmx3g -Djava.awt.headless=true -cp target-render/test-classes:target-render/classes:$(cat target-render/cp.txt) \
 *     org.frontline.bench.RenderBench target-render/bench 1000,10000 30
 * </pre>
 * CPU time is the render thread's ({@code ThreadMXBean}); on a shared machine it moves less than wall time.
 */
public final class RenderBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<Integer> sizes = Arrays.stream((args.length > 1 ? args[1] : "1000,10000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Files.createDirectories(out);
        Machine.facts().forEach(f -> System.out.println("# " + f));
        Wiring wiring = new Wiring();
        Gazetteer gazetteer = wiring.gazetteer().get();
        Basemap basemap = Basemap.loadDefault();
        for (int n : sizes) {
            Path store = out.resolve("render-store-" + n + ".db");
            if (!Files.exists(store)) {
                Path corpus = SyntheticCorpusFiles.of(gazetteer, out, n);
                new IngestProbe(wiring.analyser()).run(corpus, store, Runtime.getRuntime().availableProcessors());
            }
            Workspace w = Workspace.open(store, basemap, gazetteer, Runnable::run).awaitAreas();
            measure(n, w, frames, out.resolve("render-bench-" + n + ".png"));
        }
        System.exit(0);
    }

    private static void measure(int n, Workspace w, int frames, Path png) throws Exception {
        LocalDate[] range = w.dateRange().orElseThrow();
        LocalDate mid = range[0].plusDays(range[0].until(range[1], ChronoUnit.DAYS) / 2);
        ViewState view = ViewState.fitting(w.homeExtent(), 1920, 1080, mid, ClaimView.ALL);
        MapRenderer renderer = new MapRenderer();
        MapScene[] scenes = new MapScene[frames];
        ViewState[] views = new ViewState[frames];
        for (int i = 0; i < frames; i++) {
            views[i] = view.withDate(mid.plusDays(i));
            scenes[i] = w.sceneFor(views[i]);
        }
        timeFrames(renderer, scenes, views); // warm-up: JIT and the basemap cache
        System.out.printf(Locale.ROOT, "%,d articles, %.0f claim marks per frame%n", n,
                Arrays.stream(scenes).mapToInt(s -> s.claims().size()).average().orElse(0));
        print("frame 1920x1080, basemap cached", timeFrames(renderer, scenes, views));
        javax.imageio.ImageIO.write(renderer.render(scenes[0], views[0]), "png",
                png.resolveSibling("render-bench-frame-" + n + ".png").toFile());
        if (Boolean.getBoolean("bench.framesOnly")) { // for a profiler: the slider-step frames alone
            return;
        }
        for (LayerKind k : LayerKind.values()) {
            MapScene[] without = Arrays.stream(scenes).map(s -> s.withLayers(s.layers().withVisible(k, false)))
                    .toArray(MapScene[]::new);
            print("  without " + k, timeFrames(renderer, without, views));
        }
        print("frame 1920x1080, cold renderer", timeFrames(new MapRenderer(), new MapScene[] {scenes[0]},
                new ViewState[] {views[0]}));
        long t;

        Snapshots snapshots = new Snapshots(w);
        int shots = Math.max(3, frames / 6);
        double[] render = new double[shots];
        double[] renderCpu = new double[shots];
        double[] written = new double[shots];
        double[] pngCpu = new double[shots];
        for (int i = -1; i < shots; i++) {
            SnapshotRequest uhd = SnapshotRequest.of(mid.plusDays(i + 1), ClaimView.ALL, null, 3840, 2160, 2,
                    ImageFormat.PNG);
            long c = CPU.getCurrentThreadCpuTime();
            t = System.nanoTime();
            BufferedImage img = snapshots.render(uhd);
            double r = ms(t);
            double rc = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            c = CPU.getCurrentThreadCpuTime();
            t = System.nanoTime();
            snapshots.write(uhd, png);
            if (i >= 0) {
                render[i] = r;
                renderCpu[i] = rc;
                written[i] = ms(t);
                pngCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        print("snapshot 3840x2160 render", new double[][] {render, renderCpu});
        print("snapshot 3840x2160 PNG written", new double[][] {written, pngCpu});
    }

    /** Wall times of the frames, then their CPU times on this thread (steadier on a shared machine). */
    private static double[][] timeFrames(MapRenderer renderer, MapScene[] scenes, ViewState[] views) {
        double[] wall = new double[scenes.length];
        double[] cpu = new double[scenes.length];
        for (int i = 0; i < scenes.length; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            renderer.render(scenes[i], views[i]);
            wall[i] = ms(t);
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
        }
        return new double[][] {wall, cpu};
    }

    private static void print(String what, double[][] wallAndCpu) {
        double[] wall = wallAndCpu[0];
        System.out.printf(Locale.ROOT, "%-40s %7.1f ms median wall, %7.1f min, %7.1f ms median CPU (%d)%n", what,
                ViewerProbe.median(wall), Arrays.stream(wall).min().orElse(Double.NaN),
                ViewerProbe.median(wallAndCpu[1]), wall.length);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
