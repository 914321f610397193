package org.frontline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.frontline.ingest.IngestProgress;
import org.frontline.ingest.IngestReport;
import org.frontline.ingest.IngestSettings;
import org.frontline.ingest.Ingester;
import org.frontline.ingest.Manifest;
import org.frontline.ingest.PublicationDate;
import org.frontline.ingest.SizeLimit;
import org.frontline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code frontline ingest [--published DATE] [--manifest FILE] [--threads N] PATH...}: stores
 * articles and their claims. Exit 0 when every input was stored (or was already), 1 when some
 * failed (the others are still stored), 2 on usage errors: a bad date, a missing path or manifest.
 * Problems and progress go to stderr, the summary to stdout. The progress line is drawn when
 * {@code --progress} asks for it, or when the process has a console (Java cannot tell whether
 * stderr alone is a terminal), so that piped runs and tests stay clean.
 *
 * <p>A picocli command object: made per run by {@link ServicesFactory}, not thread-safe.
 */
@Command(name = "ingest", description = "Store articles (.txt .md .html .jsonl .csv, or folders of them) and their claims.")
final class IngestCommand implements Callable<Integer> {
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of every input.")
    String published;

    @Option(names = "--manifest", paramLabel = "FILE.tsv",
            description = "TSV with columns file, published (and optionally date_quality, language).")
    Path manifest;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads (default: one per core but the writer's, here ${DEFAULT-VALUE}).")
    int threads = Ingester.defaultAnalysisThreads();

    @Option(names = "--max-size", paramLabel = "MB", description = "Largest file or corpus row read (default: ${DEFAULT-VALUE}).")
    double maxSizeMb = 20;

    @Option(names = "--progress", description = "Show progress even when stderr is not a terminal.")
    boolean progress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    IngestCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        IngestSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Store s = store.open()) {
            TerminalProgress terminal = new TerminalProgress(err, progress || System.console() != null);
            IngestReport report = new Ingester(services.analyser(), pool, settings).ingest(s, paths, terminal,
                    new org.frontline.ingest.Cancellation());
            terminal.finish();
            out.println(summary(report));
            out.flush();
            return report.allStored() ? FrontlineCommand.OK : FrontlineCommand.SOME_FAILED;
        } finally {
            pool.shutdownNow();
        }
    }

    private IngestSettings settings() throws IOException {
        if (threads < 1) {
            throw usage("--threads must be at least 1");
        }
        if (!(maxSizeMb > 0)) {
            throw usage("--max-size must be positive");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw usage(p + ": no such file or folder");
            }
        }
        IngestSettings settings = IngestSettings.defaults()
                .withSizeLimit(new SizeLimit((long) (maxSizeMb * 1024 * 1024)));
        if (published != null) {
            settings = settings.withPublished(publishedDate());
        }
        if (manifest != null) {
            if (!Files.isRegularFile(manifest)) {
                throw usage(manifest + ": no such manifest file");
            }
            try {
                settings = settings.withManifest(Manifest.read(manifest));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        return settings;
    }

    private LocalDate publishedDate() {
        try {
            return PublicationDate.parseDay(published);
        } catch (IllegalArgumentException e) {
            throw usage("--published: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    static String summary(IngestReport r) {
        IngestProgress t = r.totals();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%d new, %d unchanged, %d re-extracted, %d failed; %d claims (%d with an unresolved place) in %.1f s",
                t.added(), t.unchanged(), t.reextracted(), t.failed(), t.claims(), t.unresolvedClaims(),
                t.elapsed().toMillis() / 1000.0));
        if (r.cancelled()) {
            s.append("; cancelled");
        }
        r.failures().forEach(p -> s.append(System.lineSeparator()).append("  failed: ").append(p));
        return s.toString();
    }
}
