package org.frontline.testing;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.frontline.model.Article;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.DateSource;
import org.frontline.model.FuzzyDate;
import org.frontline.model.MentionRole;
import org.frontline.model.Place;
import org.frontline.model.PlaceMention;
import org.frontline.model.PlaceSuggestion;
import org.frontline.model.Side;
import org.frontline.store.ArticleRepository;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import org.frontline.workspace.PlaceDirectory;

/**
 * A small realistic store for the viewer's tests, written through the real repositories: claims by
 * both sides and independent sources at real places, a denied claim, a low-confidence claim and an
 * unresolved mention with a suggested candidate. Places come from {@link #PLACES}, a literal
 * gazetteer with Cyrillic names.
 */
public final class ViewerFixtures {
    public static final LocalDate FIRST = LocalDate.of(2022, 11, 11);
    public static final LocalDate LAST = LocalDate.of(2024, 2, 17);

    /** id, English name, lat, lon, other names. */
    public record Named(Place place, List<String> names) {
    }

    public static final List<Named> GAZETTEER = List.of(
            named(1, "Bakhmut", 48.5956, 38.0004, "Бахмут", "Artemovsk", "Артемовск"),
            named(2, "Avdiivka", 48.1395, 37.7425, "Авдіївка", "Авдеевка"),
            named(3, "Kupiansk", 49.7106, 37.6156, "Куп'янськ", "Купянск"),
            named(4, "Robotyne", 47.4446, 35.8371, "Роботине", "Работино"),
            named(5, "Kherson", 46.6354, 32.6169, "Херсон"),
            named(6, "Novomykhailivka", 47.8369, 37.4756, "Новомихайлівка"));

    public static final PlaceDirectory PLACES = new PlaceDirectory() {
        @Override
        public Optional<Place> byId(long id) {
            return GAZETTEER.stream().map(Named::place).filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<Place> search(String text, int max) {
            String q = fold(text);
            return GAZETTEER.stream().filter(n -> n.names().stream().anyMatch(x -> fold(x).startsWith(q)))
                    .map(Named::place).limit(max).toList();
        }
    };

    private static Named named(long id, String name, double lat, double lon, String... others) {
        List<String> names = new ArrayList<>(List.of(others));
        names.add(0, name);
        return new Named(new Place(id, name, lat, lon, "UA", "", "", "PPL", 10_000, "fixture", 500), names);
    }

    static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public static Place place(String name) {
        return GAZETTEER.stream().map(Named::place).filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** One claim of the fixture, in its own article. */
    public record Spec(String place, Long placeId, ClaimType type, Side side, ClaimStatus status, String claimant,
                       ClaimantKind kind, LocalDate date, String language, String outlet, double confidence,
                       boolean unresolvedMention) {
    }

    public static final List<Spec> SPECS = List.of(
            new Spec("Kherson", 5L, ClaimType.RETAKEN, Side.UA, ClaimStatus.ASSERTED, "ISW", ClaimantKind.INDEPENDENT,
                    FIRST, "en", "Wire A", 0.95, false),
            new Spec("Bakhmut", 1L, ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, "Russian Ministry of Defence",
                    ClaimantKind.RU_SIDE, LocalDate.of(2023, 5, 20), "ru", "Vesti Fixture", 0.9, false),
            new Spec("Robotyne", 4L, ClaimType.RETAKEN, Side.UA, ClaimStatus.ASSERTED, "General Staff of Ukraine",
                    ClaimantKind.UA_SIDE, LocalDate.of(2023, 8, 28), "uk", "Ukr Fixture", 0.9, false),
            new Spec("Kupiansk", 3L, ClaimType.CAPTURED, Side.RU, ClaimStatus.DENIED, "Russian Ministry of Defence",
                    ClaimantKind.RU_SIDE, LocalDate.of(2024, 1, 10), "ru", "Vesti Fixture", 0.8, false),
            new Spec("Kupiansk", 3L, ClaimType.ADVANCING, Side.RU, ClaimStatus.ASSERTED, "Wire A", ClaimantKind.OUTLET,
                    LocalDate.of(2024, 1, 20), "en", "Wire A", 0.3, false),
            new Spec("Novomykhailivka", null, ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED,
                    "Russian Ministry of Defence", ClaimantKind.RU_SIDE, LocalDate.of(2024, 2, 10), "en", "Wire A", 0.6,
                    true),
            new Spec("Avdiivka", 2L, ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, "Russian Ministry of Defence",
                    ClaimantKind.RU_SIDE, LAST, "en", "Wire A", 0.85, false));

    /** Filler before the quote, so that the article window must scroll to show it. */
    static final String FILLER = "Background paragraph about the wider front and its logistics.\n\n".repeat(60);

    public static Path store(Path file) {
        return store(file, SPECS);
    }

    public static Path store(Path file, List<Spec> specs) {
        ArticleRepository articles = new ArticleRepository();
        ClaimRepository claims = new ClaimRepository();
        try (Store store = Store.open(file)) {
            int n = 0;
            for (Spec s : specs) {
                String hash = "viewer-fixture-" + file.getFileName() + "-" + (n++) + "-" + s.place() + "-" + s.date();
                String quote = s.claimant() + " said its forces " + s.type().code() + " " + s.place() + ".";
                String text = FILLER + quote + "\n\nMore text after the quote.";
                int start = FILLER.length();
                int placeAt = start + quote.indexOf(s.place());
                Article a = new Article(0, hash, "fixture-" + n + ".txt", s.place() + " report " + n, s.outlet(),
                        "https://example.org/" + n, s.language(), s.date(), DateSource.FLAG, false, text, false);
                String mentionKey = hash + ":" + placeAt;
                List<PlaceMention> mentions = s.unresolvedMention()
                        ? List.of(new PlaceMention(0, 0, mentionKey, s.place(), placeAt, placeAt + s.place().length(),
                        MentionRole.CLAIM, null, "unresolved", 0.4,
                        List.of(new PlaceSuggestion(6, "Novomykhailivka", 0.7))))
                        : List.of();
                Claim k = new Claim(0, 0, mentionKey + ":" + s.type().code(), s.place(), s.placeId(), s.type(), s.side(),
                        new Claimant(s.claimant(), s.kind()), s.status(),
                        s.status() == ClaimStatus.DENIED ? "General Staff of Ukraine" : null, FuzzyDate.day(s.date()),
                        quote, start, start + quote.length(), s.confidence());
                store.inTransaction(c -> {
                    long id = articles.insert(c, a, null, 1);
                    claims.replaceExtraction(c, id, mentions, List.of(k));
                    return id;
                });
            }
        }
        return file;
    }

    /** Names of the fixture's places by id, for assertions. */
    public static Map<Long, String> names() {
        Map<Long, String> out = new java.util.HashMap<>();
        GAZETTEER.forEach(n -> out.put(n.place().id(), n.place().name()));
        return out;
    }

    private ViewerFixtures() {
    }
}
