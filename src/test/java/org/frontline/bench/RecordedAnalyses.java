package org.frontline.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.ingest.Analysis;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.ArticleInput;

/**
 * Separates the extractor's cost from the pipeline's: {@link #recording()} analyses with the real
 * analyser and keeps each result by content hash; {@link #replaying()} hands the kept results back
 * at no cost, so that an ingest through it measures reading, the pipeline and the single writer
 * with the real extractor's rows (mentions and claims per article). Thread-safe.
 */
final class RecordedAnalyses {
    private final ArticleAnalyser real;
    private final Map<String, Analysis> kept = new ConcurrentHashMap<>();

    RecordedAnalyses(ArticleAnalyser real) {
        this.real = real;
    }

    ArticleAnalyser recording() {
        return new ArticleAnalyser() {
            @Override
            public Analysis analyse(ArticleInput in) {
                Analysis a = real.analyse(in);
                kept.put(in.contentHash(), a);
                return a;
            }

            @Override
            public int version() {
                return real.version();
            }
        };
    }

    ArticleAnalyser replaying() {
        return new ArticleAnalyser() {
            @Override
            public Analysis analyse(ArticleInput in) {
                Analysis a = kept.get(in.contentHash());
                return a != null ? a : real.analyse(in);
            }

            @Override
            public int version() {
                return real.version();
            }
        };
    }
}
