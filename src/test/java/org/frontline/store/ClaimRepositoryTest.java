package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.frontline.model.MentionRole;
import org.frontline.model.PlaceMention;
import org.frontline.model.PlaceSuggestion;
import org.frontline.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimRepositoryTest {
    private static final String TEXT = "Officials in Moscow said troops took Village A. Fighting went on near Hamlet B.";

    @TempDir
    Path dir;

    private final ArticleRepository articles = new ArticleRepository();
    private final ClaimRepository claims = new ClaimRepository();

    private static Article article(String hash) {
        return new Article(0, hash, "test.txt", "T", "Outlet", null, "en", LocalDate.of(2024, 2, 17),
                DateSource.FLAG, false, TEXT, false);
    }

    private static Claim claim(String hash, int start, ClaimType type, Long placeId) {
        return new Claim(0, 0, hash + ":" + start + ":" + type.code(), "Village A", placeId, type, Side.RU,
                new Claimant("Russian Ministry of Defence", ClaimantKind.RU_SIDE), ClaimStatus.ASSERTED, null,
                FuzzyDate.day(LocalDate.of(2024, 2, 16)), TEXT.substring(0, 47), 0, 47, 0.8);
    }

    @Test
    void extractionRoundTripsAndReplacementIsWhole() {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            long id = store.inTransaction(c -> {
                long a = articles.insert(c, article("h1"), null, 1);
                PlaceMention m = new PlaceMention(0, 0, "h1:37", "Village A", 37, 46, MentionRole.CLAIM, 42L, "exact", 0.9, List.of());
                PlaceMention u = new PlaceMention(0, 0, "h1:70", "Hamlet B", 70, 78, MentionRole.CLAIM, null, "unresolved", 0,
                        List.of(new PlaceSuggestion(7, "Hamlet C", 0.4)));
                claims.replaceExtraction(c, a, List.of(m, u), List.of(claim("h1", 37, ClaimType.CAPTURED, 42L)));
                return a;
            });
            List<Claim> all = store.read(claims::all);
            assertEquals(1, all.size());
            Claim k = all.get(0);
            assertEquals(ClaimType.CAPTURED, k.type());
            assertEquals(42L, k.placeId());
            assertEquals(TEXT.substring(k.quoteStart(), k.quoteEnd()), k.quote());
            var unresolved = store.read(claims::unresolvedMentions);
            assertEquals(1, unresolved.size());
            assertEquals("Hamlet C", unresolved.get(0).suggestions().get(0).name());
            assertEquals(LocalDate.of(2024, 2, 16), store.read(claims::dateRange).orElseThrow()[0]);

            store.inTransaction(c -> {
                claims.replaceExtraction(c, id, List.of(), List.of(claim("h1", 37, ClaimType.FIGHTING, null)));
                return null;
            });
            all = store.read(claims::all);
            assertEquals(1, all.size());
            assertEquals(ClaimType.FIGHTING, all.get(0).type());
            assertNull(all.get(0).placeId());
            assertTrue(store.read(claims::unresolvedMentions).isEmpty());
        }
    }

    @Test
    void eachClaimPointsAtItsOwnMentionRowAcrossArticlesAndReplacements() {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            long[] ids = store.inTransaction(c -> {
                long a = articles.insert(c, article("h1"), null, 1);
                long b = articles.insert(c, article("h2"), null, 1);
                for (long article : new long[] {a, b}) {
                    String h = article == a ? "h1" : "h2";
                    claims.replaceExtraction(c, article, List.of(
                            new PlaceMention(0, 0, h + ":37", "Village A", 37, 46, MentionRole.CLAIM, 42L, "exact", 0.9, List.of()),
                            new PlaceMention(0, 0, h + ":70", "Hamlet B", 70, 78, MentionRole.CLAIM, 43L, "exact", 0.9, List.of())),
                            List.of(claim(h, 37, ClaimType.CAPTURED, 42L), claim(h, 70, ClaimType.FIGHTING, 43L)));
                }
                // The first article's rows go and come back: new ids, still one mention per claim.
                claims.replaceExtraction(c, a, List.of(
                        new PlaceMention(0, 0, "h1:70", "Hamlet B", 70, 78, MentionRole.CLAIM, 43L, "exact", 0.9, List.of())),
                        List.of(claim("h1", 70, ClaimType.SHELLED, 43L)));
                return new long[] {a, b};
            });
            List<String> links = store.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT k.claim_key, m.mention_key, m.article_id = k.article_id"
                        + " FROM claims k JOIN place_mentions m ON m.id = k.mention_id ORDER BY k.claim_key")) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1) + " -> " + rs.getString(2) + (rs.getBoolean(3) ? "" : " (other article)"));
                    }
                    return out;
                }
            });
            assertEquals(List.of("h1:70:shelled -> h1:70", "h2:37:captured -> h2:37", "h2:70:fighting -> h2:70"), links);
            assertEquals(1, store.read(c -> claims.mentionsOf(c, ids[0])).size());
            assertEquals(2, store.read(c -> claims.mentionsOf(c, ids[1])).size());
        }
    }

    @Test
    void sameContentCannotBeStoredTwice() {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            store.inTransaction(c -> articles.insert(c, article("same"), null, 1));
            assertThrows(StoreException.class, () -> store.inTransaction(c -> articles.insert(c, article("same"), null, 1)));
            assertEquals(1, store.read(articles::count));
            assertTrue(store.read(c -> articles.findByHash(c, "same")).isPresent());
        }
    }
}
