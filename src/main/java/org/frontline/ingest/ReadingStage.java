package org.frontline.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontline.store.ArticleRepository;
import org.frontline.store.PreparedStatements;
import org.frontline.store.Store;
import org.frontline.store.StoreException;

/**
 * The reading side of an ingest run: reads the files one after the other, makes each article's
 * text canonical, skips what is already stored with the current analysis, settles dates, and
 * hands each article to the analysis pool, whose tasks pass the results on to the writer.
 *
 * <p>Every event takes a permit of the shared semaphore before it is made (an article of long text
 * takes more, see {@link PipelineEvent#permitsFor}); the writer gives them back once the event is
 * handled. That bounds the text held in memory whatever the corpus size, and makes reading wait
 * for a slow writer or slow analyses.
 *
 * <p>Thread safety: {@link #run()} and the {@link DocumentSink} methods run on the one reading
 * thread; only the analysis tasks run elsewhere, and they touch nothing but the queue.
 */
final class ReadingStage implements Runnable, DocumentSink {
    private static final Logger LOG = Logger.getLogger(ReadingStage.class.getName());

    private final List<InputWalker.InputFile> files;
    private final DateResolver dates;
    private final ArticleAnalyser analyser;
    private final ExecutorService pool;
    private final Store lookup;
    private final Semaphore permits;
    private final int all;
    private final BlockingQueue<PipelineEvent> out;
    private final Cancellation cancel;
    private final AtomicLong bytesRead;
    private final ArticleRepository articles = new ArticleRepository();
    /** The lookup statement, prepared once per run on the reading thread (not once per article). */
    private final PreparedStatements lookups;
    private long seq;

    /** @param lookup a store on the same file, used by this stage only, to find what is already stored */
    ReadingStage(List<InputWalker.InputFile> files, DateResolver dates, ArticleAnalyser analyser, ExecutorService pool,
                 Store lookup, Semaphore permits, BlockingQueue<PipelineEvent> out, Cancellation cancel,
                 AtomicLong bytesRead) {
        this.files = files;
        this.dates = dates;
        this.analyser = analyser;
        this.pool = pool;
        this.lookup = lookup;
        this.permits = permits;
        this.all = permits.availablePermits(); // all of them: the run has not started
        this.out = out;
        this.cancel = cancel;
        this.bytesRead = bytesRead;
        this.lookups = new PreparedStatements(lookup.connection());
    }

    @Override
    public void run() {
        try {
            for (InputWalker.InputFile f : files) {
                if (cancel.isCancelled()) {
                    break;
                }
                readFile(f);
            }
        } finally {
            closeLookups();
            out.add(new PipelineEvent.End(seq));
        }
    }

    private void readFile(InputWalker.InputFile f) {
        try {
            f.reader().read(f.path(), this);
        } catch (IOException e) {
            problem(IngestProblem.failed(f.path(), 0, "cannot read it: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "reading " + f.path() + " failed", e);
            problem(IngestProblem.failed(f.path(), 0, "reading failed: " + e));
        } catch (OutOfMemoryError e) {
            // The one large allocation failed and is garbage now: the run can go on with the next file.
            LOG.log(Level.FINE, "reading " + f.path() + " ran out of memory", e);
            problem(IngestProblem.failed(f.path(), 0, "too large to read in the memory Java was given ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); lower --max-size or give Java more"
                    + " memory (-Xmx)"));
        } catch (StackOverflowError e) {
            LOG.log(Level.FINE, "reading " + f.path() + " overflowed the stack", e);
            problem(IngestProblem.failed(f.path(), 0, "too deeply nested to read"));
        }
    }

    @Override
    public void document(SourceDocument d) {
        String text = CanonicalText.of(d.text());
        if (text.isEmpty()) {
            problem(IngestProblem.failed(d.file(), d.line(), "empty or whitespace-only text; nothing stored"));
            return;
        }
        String hash = CanonicalText.hash(text);
        if (storedVersion(hash).filter(v -> v >= analyser.version()).isPresent()) {
            emit(PipelineEvent.Unchanged::new);
            return;
        }
        PreparedArticle a = new PreparedArticle(d, text, hash, dates.resolve(d, text, this::problem),
                d.language() != null ? d.language() : dates.languageHint(d));
        int cost = PipelineEvent.permitsFor(text.length(), all);
        if (acquire(cost)) {
            long s = seq++;
            try {
                pool.execute(() -> out.add(analyse(s, a, cost)));
            } catch (RejectedExecutionException e) {
                permits.release(cost - 1); // a problem holds one permit
                out.add(new PipelineEvent.Problem(s, IngestProblem.failed(d.file(), d.line(),
                        "not analysed: the analysis pool is shut down")));
            }
        }
    }

    private PipelineEvent analyse(long s, PreparedArticle a, int cost) {
        try {
            return new PipelineEvent.Analysed(s, a, analyser.analyse(a.input()), cost);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // An event must come for every sequence number, or the writer would wait for it forever.
            permits.release(cost - 1); // a problem holds one permit
            LOG.log(Level.FINE, "analysis of " + a.document().source() + " failed", e);
            return new PipelineEvent.Problem(s, IngestProblem.failed(a.document().file(), a.document().line(),
                    "analysis failed: " + e));
        }
    }

    /** The analysis version of the stored article with this hash; empty when not stored or unknown. */
    private Optional<Integer> storedVersion(String hash) {
        try {
            return lookup.read(c -> articles.findByHash(lookups, hash)).map(ArticleRepository.Stored::extractorVersion);
        } catch (StoreException e) {
            // The writer checks again inside its transaction; here it only costs a needless analysis.
            LOG.log(Level.FINE, "lookup of " + hash + " failed", e);
            return Optional.empty();
        }
    }

    private void closeLookups() {
        try {
            lookups.close();
        } catch (java.sql.SQLException e) {
            LOG.log(Level.FINE, "closing the lookup statement failed", e);
        }
    }

    @Override
    public void problem(IngestProblem p) {
        emit(s -> new PipelineEvent.Problem(s, p));
    }

    @Override
    public void consumed(long bytes) {
        bytesRead.addAndGet(bytes);
    }

    @Override
    public boolean stopRequested() {
        return cancel.isCancelled();
    }

    private interface EventOf {
        PipelineEvent at(long seq);
    }

    private void emit(EventOf event) {
        if (acquire(1)) {
            out.add(event.at(seq++));
        }
    }

    /** Waits for room in the pipeline; false when the run was cancelled meanwhile. */
    private boolean acquire(int n) {
        try {
            while (!cancel.isCancelled()) {
                if (permits.tryAcquire(n, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            return false;
        }
    }
}
