package org.frontline.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.workspace.Workspace;

/**
 * Export timings (not a test; surefire skips {@code *Bench*}): a 3840x2160 PNG snapshot of
 * Ukraine, and frames per second of a weekly series with a GIF. Runs on the store given as the
 * first argument, or on the export test fixture. Prints figures; writes into a temporary folder.
 *
 * <pre>
 * mvn -q -DbuildDir=target-exp test-compile dependency:build-classpath -Dmdep.outputFile=target-exp/cp.txt
 * java -Xmx2g -Djava.awt.headless=true -cp target-exp/classes:target-exp/test-classes:$(cat target-exp/cp.txt) \
 *      org.frontline.export.ExportBench [STORE.db] [FROM TO]
 * </pre>
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("frontline-bench");
        Basemap basemap = Basemap.loadDefault();
        Workspace w = args.length > 0 ? Workspace.open(Path.of(args[0]), basemap, org.frontline.gazetteer.Gazetteer.loadDefault(), Runnable::run) : ExportFixtures.workspace(tmp, basemap);
        LocalDate[] range = w.dateRange().orElse(new LocalDate[] {ExportFixtures.D1, ExportFixtures.D3});
        LocalDate from = args.length > 2 ? LocalDate.parse(args[1]) : range[0];
        LocalDate to = args.length > 2 ? LocalDate.parse(args[2]) : from.plusDays(7L * 11);
        Snapshots snapshots = new Snapshots(w);
        SnapshotRequest uhd = SnapshotRequest.of(to, ClaimView.ALL, null, 3840, 2160, 2, ImageFormat.PNG);
        snapshots.write(uhd, tmp.resolve("warm-up.png"));
        for (int i = 1; i <= 3; i++) {
            long t0 = System.nanoTime();
            snapshots.write(uhd.withDate(to.minusDays(i)), tmp.resolve("uhd-" + i + ".png"));
            long t1 = System.nanoTime();
            snapshots.render(uhd.withDate(to.minusDays(10 + i)));
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "3840x2160 snapshot #%d: %.0f ms with PNG encoding, %.0f ms render only"
                    + " (basemap cached)%n", i, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
        long cold = System.nanoTime();
        new Snapshots(w).render(uhd);
        System.out.printf(Locale.ROOT, "3840x2160 render with a cold basemap cache: %.0f ms%n", (System.nanoTime() - cold) / 1e6);
        SnapshotRequest frame = SnapshotRequest.of(null, ClaimView.ALL, null, 1280, 720, 1, ImageFormat.PNG);
        SeriesResult r = DateSeries.write(w, new SeriesRequest(from, to, SeriesStep.WEEKLY, frame, tmp.resolve("frames"),
                tmp.resolve("series.gif"), 500));
        System.out.printf(Locale.ROOT, "weekly series %s..%s, 1280x720 PNG + GIF: %d frames in %.1f s = %.2f frames/s%n",
                from, to, r.frames().size(), r.elapsed().toMillis() / 1000.0, r.framesPerSecond());
        SeriesResult png = DateSeries.write(w, new SeriesRequest(from, to, SeriesStep.WEEKLY, frame, tmp.resolve("frames2"),
                null, 500));
        System.out.printf(Locale.ROOT, "same series, PNG frames only: %.2f frames/s%n", png.framesPerSecond());
        System.out.println("output in " + tmp);
    }
}
