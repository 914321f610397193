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
     * No date flag, no manifest, 20 MB, 200 articles or 200 ms per transaction, 512 in flight. A
     * transaction writes every page it changed to the write-ahead log once, and the claims' index
     * pages are scattered: 200 articles a commit instead of 50 cost the writer a fifth less CPU per
     * article. 512 in flight leave room for the analyses while the writer holds a full batch.
     */
    public static IngestSettings defaults() {
        return new IngestSettings(null, Manifest.none(), SizeLimit.DEFAULT, 200, Duration.ofMillis(200), 512,
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
