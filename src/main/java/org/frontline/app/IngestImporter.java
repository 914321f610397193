package org.frontline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.Cancellation;
import org.frontline.ingest.IngestListener;
import org.frontline.ingest.IngestProblem;
import org.frontline.ingest.IngestProgress;
import org.frontline.ingest.IngestReport;
import org.frontline.ingest.IngestSettings;
import org.frontline.ingest.Ingester;
import org.frontline.store.Store;
import org.frontline.workspace.ArticleImporter;

/**
 * The ingest pipeline behind the viewer's File › Import and drag-and-drop: extraction on all cores,
 * one writer, progress and cancellation passed through. Each call opens the store on the calling
 * (background) thread and closes it afterwards.
 */
public final class IngestImporter implements ArticleImporter {
    private final Path storeFile;
    private final ArticleAnalyser analyser;

    public IngestImporter(Path storeFile, ArticleAnalyser analyser) {
        this.storeFile = storeFile;
        this.analyser = analyser;
    }

    @Override
    public ImportSummary importFiles(List<Path> files, ProgressListener progress, BooleanSupplier cancelled) {
        IngestReport r = ingest(storeFile, analyser, files, IngestSettings.defaults(), new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                progress.progress(p.articlesDone(), 0, String.format(java.util.Locale.ROOT,
                        "%,d articles, %,d claims, %.0f a second", p.articlesDone(), p.claims(), p.rate()));
            }

            @Override
            public void problem(IngestProblem p) {
                // gathered in the report, shown in the summary
            }
        }, cancelled);
        List<String> problems = r.problems().stream()
                .filter(p -> p.severity() != IngestProblem.Severity.NOTE).map(IngestProblem::toString).toList();
        IngestProgress t = r.totals();
        return new ImportSummary((int) (t.added() + t.reextracted()), (int) (t.unchanged() + t.failed()),
                (int) t.claims(), problems, r.cancelled());
    }

    /** Runs one ingest with the default pool for extraction; the calling thread writes. */
    static IngestReport ingest(Path storeFile, ArticleAnalyser analyser, List<Path> inputs, IngestSettings settings,
                               IngestListener listener, BooleanSupplier cancelled) {
        ExecutorService pool = Executors.newFixedThreadPool(Ingester.defaultAnalysisThreads());
        Cancellation cancellation = new Cancellation();
        try (Store store = Store.open(storeFile)) {
            IngestListener watching = new IngestListener() {
                @Override
                public void progress(IngestProgress p) {
                    if (cancelled.getAsBoolean()) {
                        cancellation.cancel();
                    }
                    listener.progress(p);
                }

                @Override
                public void problem(IngestProblem p) {
                    listener.problem(p);
                }
            };
            return new Ingester(analyser, pool, settings).ingest(store, inputs, watching, cancellation);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
