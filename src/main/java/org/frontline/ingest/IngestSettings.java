package org.frontline.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How an ingest run reads, dates and writes. Immutable; {@code with...} methods make changed copies.
 *
 * @param published        date for every input ({@code --published}), or null
 * @param manifest         dates by file, or {@link Manifest#none()}
 * @param sizeLimit        the largest file or corpus row read
 * @param batchSize        articles written per transaction at most
 * @param batchTime        how long a started batch waits for more articles before it is written
 * @param inFlight         articles read but not yet written, at most, counting an article of more than
 *                         64 K characters as one more per 64 K: bounds the memory of a run (about
 *                         {@code inFlight} × 64 K characters of text besides the articles' count)
 * @param progressInterval least time between two progress reports
 */
public record IngestSettings(LocalDate published, Manifest manifest, SizeLimit sizeLimit, int batchSize,
                             Duration batchTime, int inFlight, Duration progressInterval) {
    public IngestSettings {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(sizeLimit, "sizeLimit");
        Objects.requireNonNull(batchTime, "batchTime");
        Objects.requireNonNull(progressInterval, "progressInterval");
        if (batchSize < 1 || inFlight < batchSize) {
            throw new IllegalArgumentException("need 1 <= batchSize <= inFlight: " + batchSize + ", " + inFlight);
        }
    }

    /**
     * No date flag, no manifest, 20 MB, 2,000 articles or 2 s per transaction, 4,096 in flight. A
     * transaction writes every page it changed to the write-ahead log once (and the checkpoint once
     * more to the store), and the claims' index pages are scattered: the more claims a commit
     * holds, the more of them share a page. At 100,000 articles, commits of 200 articles wrote about
     * 180 KB per article and the disk, at 120 MB/s, set the pace (152 s for the benchmark corpus);
     * 1,000 took 109 s and 2,000 took 86 s (2 cores, idle machine). 4,096 in flight (some 80 MB of
     * texts and analyses) leave room for the analyses while the writer holds a full batch.
     */
    public static IngestSettings defaults() {
        return new IngestSettings(null, Manifest.none(), SizeLimit.DEFAULT, 2_000, Duration.ofSeconds(2), 4_096,
                Duration.ofMillis(250));
    }

    public IngestSettings withPublished(LocalDate date) {
        return new IngestSettings(date, manifest, sizeLimit, batchSize, batchTime, inFlight, progressInterval);
    }

    public IngestSettings withManifest(Manifest m) {
        return new IngestSettings(published, m, sizeLimit, batchSize, batchTime, inFlight, progressInterval);
    }

    public IngestSettings withSizeLimit(SizeLimit limit) {
        return new IngestSettings(published, manifest, limit, batchSize, batchTime, inFlight, progressInterval);
    }

    public IngestSettings withBatch(int size, Duration time) {
        return new IngestSettings(published, manifest, sizeLimit, size, time, Math.max(inFlight, size), progressInterval);
    }
}
