package org.frontline.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.DateSource;
import org.frontline.model.FuzzyDate;
import org.frontline.model.Side;
import org.frontline.store.ArticleRepository;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;

/** Writes small real stores for UI and export tests, through the real repositories. */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** One article per claim; each claim is (place id, place text, type, side, date). */
    public record ClaimSpec(Long placeId, String placeText, ClaimType type, Side side, ClaimStatus status, LocalDate date) {
    }

    public static Path storeWith(Path file, List<ClaimSpec> specs) {
        ArticleRepository articles = new ArticleRepository();
        ClaimRepository claims = new ClaimRepository();
        try (Store store = Store.open(file)) {
            int n = 0;
            for (ClaimSpec s : specs) {
                String hash = "fixture-" + (n++);
                String text = "Fixture report: " + s.placeText() + " " + s.type().code() + ".";
                Article a = new Article(0, hash, "fixture" + n + ".txt", "Fixture " + n, "Fixture Wire", null, "en",
                        s.date(), DateSource.FLAG, false, text, false);
                int start = 16;
                Claim k = new Claim(0, 0, hash + ":" + start + ":" + s.type().code(), s.placeText(), s.placeId(), s.type(),
                        s.side(), new Claimant("Fixture Wire", ClaimantKind.OUTLET), s.status(), null,
                        FuzzyDate.day(s.date()), text, 0, text.length(), 0.9);
                store.inTransaction(c -> {
                    long id = articles.insert(c, a, null, 1);
                    claims.replaceExtraction(c, id, List.of(), List.of(k));
                    return id;
                });
            }
        }
        return file;
    }
}
