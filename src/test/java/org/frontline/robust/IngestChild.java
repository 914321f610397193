package org.frontline.robust;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.frontline.ingest.Cancellation;
import org.frontline.ingest.IngestListener;
import org.frontline.ingest.IngestProblem;
import org.frontline.ingest.IngestProgress;
import org.frontline.ingest.IngestReport;
import org.frontline.ingest.IngestSettings;
import org.frontline.ingest.Ingester;
import org.frontline.ingest.LineClaimAnalyser;
import org.frontline.ingest.SizeLimit;
import org.frontline.store.Store;

/**
 * The body of a child JVM that ingests a corpus into a store, so that a test can kill it
 * (SIGKILL) part-way. Small batches make many commits, so that a kill lands between and inside
 * transactions. Prints {@code stored N} as articles are committed, for the test to choose when to
 * kill. Arguments: store, corpus, and optionally the size limit in bytes. Prints each
 * failure and {@code done added=N failed=M}, and exits 0 when the run ends.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        IngestSettings d = IngestSettings.defaults();
        IngestSettings settings = new IngestSettings(d.published(), d.manifest(), d.sizeLimit(), 8, Duration.ofMillis(20),
                d.inFlight(), Duration.ofMillis(5));
        if (args.length > 2) {
            settings = settings.withSizeLimit(new SizeLimit(Long.parseLong(args[2])));
        }
        try (Store store = Store.open(db)) {
            System.out.println("open");
            System.out.flush();
            IngestListener progress = new IngestListener() {
                @Override
                public void progress(IngestProgress p) {
                    System.out.println("stored " + p.added());
                    System.out.flush();
                }

                @Override
                public void problem(IngestProblem p) {
                    // printed with the report
                }
            };
            IngestReport r = new Ingester(new LineClaimAnalyser(1), pool, settings).ingest(store, List.of(corpus),
                    progress, new Cancellation());
            r.failures().forEach(p -> System.out.println("failure: " + p));
            System.out.println("done added=" + r.totals().added() + " failed=" + r.totals().failed());
        } finally {
            pool.shutdownNow();
        }
    }
}
