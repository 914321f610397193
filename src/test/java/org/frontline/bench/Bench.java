package org.frontline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.frontline.app.Wiring;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.ingest.Ingester;
import org.frontline.gazetteer.Geocoder;
import org.frontline.render.Basemap;

/**
 * The benchmark of Frontline at three corpus sizes and on the demo store (not a test; surefire
 * skips it). For each size
 * it ingests a seeded {@link SyntheticCorpus} with the real extractor, then measures the geocoder,
 * the viewer's work on the store (open, slider steps, jumps, frames, a 4K snapshot), the store's
 * size, peak heap, and a cold start in a child JVM. Prints a table and writes it as TSV for
 * {@code src/test/scripts/bench-compare.sh}.
 *
 * <p>Run: {@code mvn -q -B -Pbench verify} (see the README, Speed). Arguments: output folder,
 * then optionally the sizes ({@code 1000,10000,100000} by default). The one-thread ingest runs on
 * the first {@value #ONE_THREAD_SAMPLE} articles of each corpus so that the 100k run fits in the
 * time budget; the all-cores ingest runs on the whole corpus.
 */
public final class Bench {
    static final int ONE_THREAD_SAMPLE = 2_000;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<Integer> sizes = Arrays.stream((args.length > 1 ? args[1] : "1000,10000,100000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Files.createDirectories(out);
        long start = System.nanoTime();
        Results results = new Results(Machine.facts());
        results.header().forEach(System.out::println);

        Wiring wiring = new Wiring();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = wiring.gazetteer().get();
        IngestProbe ingest = new IngestProbe(wiring.analyser());
        Path warm = SyntheticCorpusFiles.of(gazetteer, out, 300);
        ingest.run(warm, out.resolve("warm-up.db"), 1); // loads the extractor and warms the JIT
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Basemap basemap = Basemap.loadDefault();
        Geocoder geocoder = new Geocoder(gazetteer);
        ViewerProbe viewer = new ViewerProbe(basemap, gazetteer);
        int cores = Runtime.getRuntime().availableProcessors();
        String jar = System.getProperty("bench.viewerJar");
        try (ColdStart cold = new ColdStart(System.getProperty("java.class.path"), jar == null ? null : Path.of(jar))) {
            results.size(Results.DEMO); // first column, measured last (with the viewer's code warm, like the others)
            for (int n : sizes) {
                long ts = System.nanoTime();
                results.size(n);
                measure(n, out, gazetteer, ingest, geocoder, viewer, cold, cores, results);
                results.put(n, "extractor load + warm-up (once)", "ms", Results.Better.LOWER, n == sizes.get(0) ? loadMs : Double.NaN);
                results.put(n, "benchmark time for this size", "s", Results.Better.NONE, (System.nanoTime() - ts) / 1e9);
                System.err.printf(Locale.ROOT, "size %,d done in %.0f s%n", n, (System.nanoTime() - ts) / 1e9);
                results.writeTsv(out.resolve("results.tsv"));
            }
            long td = System.nanoTime();
            Path demo = out.resolve("demo.db");
            if (!Files.exists(demo)) {
                org.frontline.app.DemoStore.fillOrRefresh(demo, wiring.analyser());
            }
            viewerFigures(Results.DEMO, demo, out, viewer, cold, results);
            System.err.printf(Locale.ROOT, "demo store done in %.0f s%n", (System.nanoTime() - td) / 1e9);
            results.writeTsv(out.resolve("results.tsv"));
        }
        System.out.println();
        System.out.print(results.table());
        System.out.printf(Locale.ROOT, "total %.0f s; written to %s%n", (System.nanoTime() - start) / 1e9,
                out.resolve("results.tsv"));
        System.exit(0); // the viewer's child process and pools are gone; do not wait for stray daemon threads
    }

    private static void measure(int n, Path out, Gazetteer gazetteer, IngestProbe ingest, Geocoder geocoder,
                                ViewerProbe viewer, ColdStart cold, int cores, Results r)
            throws IOException, InterruptedException {
        Path corpus = SyntheticCorpusFiles.of(gazetteer, out, n);
        int sample = Math.min(n, ONE_THREAD_SAMPLE);
        Path head = IngestProbe.head(corpus, sample, out.resolve("sample-" + sample + ".jsonl"));
        RecordedAnalyses recorded = new RecordedAnalyses(ingest.analyser());
        IngestProbe.Run one = new IngestProbe(recorded.recording()).run(head, out.resolve("one-thread.db"), 1);
        r.put(n, "ingest, 1 analysis thread (first <=" + ONE_THREAD_SAMPLE + ")", "art/s", Results.Better.HIGHER, one.articlesPerSecond());
        IngestProbe.Run replay = new IngestProbe(recorded.replaying()).run(head, out.resolve("replay.db"), cores);
        r.put(n, "ingest, extraction precomputed (writer ceiling)", "art/s", Results.Better.HIGHER,
                replay.articlesPerSecond());

        int threads = Ingester.defaultAnalysisThreads();
        if (threads != cores) {
            // The former default, one analysis thread per core, for comparison.
            IngestProbe.Run perCore = ingest.run(corpus, out.resolve("per-core.db"), cores);
            r.put(n, "ingest, " + cores + " analysis threads + writer, whole corpus", "art/s", Results.Better.HIGHER,
                    perCore.articlesPerSecond());
        }
        HeapWatch.resetPeak();
        Path store = out.resolve("store-" + n + ".db");
        IngestProbe.Run all = ingest.run(corpus, store, threads);
        r.put(n, "ingest, " + threads + " analysis thread(s) + writer (default), whole corpus", "art/s",
                Results.Better.HIGHER, all.articlesPerSecond());
        r.put(n, "ingest time, default threads", "s", Results.Better.LOWER, all.seconds());
        r.put(n, "claims stored", "claims", Results.Better.NONE, all.claims());
        r.put(n, "peak heap, ingest", "MB", Results.Better.LOWER, HeapWatch.peakMb());
        r.put(n, "store size on disk", "MB", Results.Better.LOWER, IngestProbe.sizeOnDisk(store) / 1048576.0);

        r.put(n, "geocoder, 1 thread", "lookups/s", Results.Better.HIGHER, GeocoderProbe.lookupsPerSecond(geocoder, store));

        viewerFigures(n, store, out, viewer, cold, r);
    }

    /** The viewer's and the exporter's figures on a store, in column {@code n}. */
    private static void viewerFigures(int n, Path store, Path out, ViewerProbe viewer, ColdStart cold, Results r)
            throws IOException, InterruptedException {
        HeapWatch.resetPeak();
        ViewerProbe.Figures f = viewer.run(store, out);
        r.put(n, "open store until map drawn (areas built)", "ms", Results.Better.LOWER, f.openMs());
        r.put(n, "heap kept by open workspace", "MB", Results.Better.LOWER, f.liveMb());
        r.put(n, "slider step: scene, 1 day (median)", "ms", Results.Better.LOWER, f.stepMedianMs());
        r.put(n, "slider step: scene, 1 day (p95)", "ms", Results.Better.LOWER, f.stepP95Ms());
        r.put(n, "far jump: scene (median)", "ms", Results.Better.LOWER, f.jumpMedianMs());
        r.put(n, "claim marks per frame (mean)", "marks", Results.Better.NONE, f.marksPerFrame());
        r.put(n, "frame 1920x1080, basemap cached (median)", "ms", Results.Better.LOWER, f.frameMedianMs());
        r.put(n, "frame 1920x1080, cold renderer", "ms", Results.Better.LOWER, f.frameColdMs());
        r.put(n, "slider step at 1920x1080: scene + frame (median)", "ms", Results.Better.LOWER, f.slideFrameMedianMs());
        r.put(n, "snapshot 3840x2160, render only", "ms", Results.Better.LOWER, f.snapshotRenderMs());
        r.put(n, "snapshot 3840x2160 PNG written", "ms", Results.Better.LOWER, f.snapshotMs());
        r.put(n, "series 1280x720 PNG + GIF", "frames/s", Results.Better.HIGHER, f.seriesFramesPerSecond());
        r.put(n, "peak heap, viewer", "MB", Results.Better.LOWER, HeapWatch.peakMb());

        ColdStart.Figures c = cold.run(store);
        r.put(n, "cold start to first map (" + cold.label() + ")", "ms", Results.Better.LOWER, c.firstFrameMs());
        r.put(n, "cold start until all claims and areas drawn (" + cold.label() + ")", "ms", Results.Better.LOWER, c.loadedMs());
        r.put(n, "peak heap, viewer child -Xmx" + ColdStart.HEAP + " (sampled)", "MB", Results.Better.LOWER, c.peakHeapMb());
        r.put(n, "heap after GC, viewer child -Xmx" + ColdStart.HEAP + ", all loaded", "MB", Results.Better.LOWER,
                c.heapAfterGcMb());
        if (cold.runsJar()) {
            r.put(n, "cold start to first map (viewer, Xvfb, class path)", "ms", Results.Better.LOWER,
                    cold.firstFrameOnClassPath(store));
        }
    }
}
