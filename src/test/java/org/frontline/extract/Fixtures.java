package org.frontline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.frontline.model.Claim;

/** Shared helpers for the extractor tests. */
final class Fixtures {
    static final Extractor EXTRACTOR = Extractor.withDefaultRules(KnownPlaces.lookup());

    private Fixtures() {
    }

    static Extraction extract(String language, String published, String text) {
        return EXTRACTOR.extract(new ArticleText(text, language,
                published == null ? null : LocalDate.parse(published), "Test Outlet", "h"));
    }

    /** "Toretsk captured RU asserted" for each claim, place by its test-gazetteer name (or "?text" when unresolved). */
    static List<String> summaries(Extraction e) {
        return e.claims().stream().map(Fixtures::summary).collect(Collectors.toList());
    }

    static String summary(Claim c) {
        String place = c.placeId() == null ? "?" + c.placeText() : KnownPlaces.name(c.placeId());
        return place + " " + c.type().code() + " " + (c.side() == null ? "-" : c.side().name()) + " "
                + c.status().code().toLowerCase(Locale.ROOT);
    }
}
