package org.frontline.app;

import java.util.function.Supplier;
import org.frontline.extract.ArticleText;
import org.frontline.extract.Extraction;
import org.frontline.extract.Extractor;
import org.frontline.ingest.Analysis;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.ArticleInput;
import org.frontline.util.Lazy;

/**
 * The claim extractor behind the ingest pipeline's analyser port. The extractor (rules, language
 * detector, gazetteer) is built on first use, so that commands which never analyse an article do
 * not pay for it. Thread-safe: the extractor is.
 */
public final class ExtractorAnalyser implements ArticleAnalyser {
    private final Supplier<Extractor> extractor;

    public ExtractorAnalyser(Supplier<Extractor> extractor) {
        this.extractor = Lazy.of(extractor);
    }

    @Override
    public Analysis analyse(ArticleInput in) {
        Extraction e = extractor.get().extract(new ArticleText(in.text(), in.language(), in.published(), in.outlet(),
                in.contentHash()));
        return new Analysis(e.language(), e.languageNote(), e.mentions(), e.claims());
    }

    @Override
    public int version() {
        return Extractor.VERSION;
    }
}
