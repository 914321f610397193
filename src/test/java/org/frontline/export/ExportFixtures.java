package org.frontline.export;

import static org.frontline.testing.StoreFixtures.ClaimSpec;

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
import org.frontline.model.Place;
import org.frontline.model.PlaceMention;
import org.frontline.model.Side;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.Basemap;
import org.frontline.store.ArticleRepository;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import org.frontline.testing.StoreFixtures;
import org.frontline.workspace.Workspace;

/**
 * A small real store for export tests: four located claims in Donetsk and Zaporizhzhia oblasts
 * over three days, and one article whose place the geocoder could not resolve (an unresolved claim
 * and its mention). Places are the shipped gazetteer's.
 */
final class ExportFixtures {
    static final LocalDate D1 = LocalDate.of(2024, 2, 10);
    static final LocalDate D2 = LocalDate.of(2024, 2, 17);
    static final LocalDate D3 = LocalDate.of(2024, 2, 24);

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    static final Place AVDIIVKA = GAZETTEER.byId(713122).orElseThrow();
    static final Place BAKHMUT = GAZETTEER.byId(713174).orElseThrow();
    static final Place ROBOTYNE = GAZETTEER.byId(8_000_000_003L).orElseThrow();

    private ExportFixtures() {
    }

    static Workspace workspace(Path dir, Basemap basemap) {
        Path file = StoreFixtures.storeWith(dir.resolve("fixture.db"), List.of(
                new ClaimSpec(AVDIIVKA.id(), "Avdiivka", ClaimType.FIGHTING, Side.RU, ClaimStatus.ASSERTED, D1),
                new ClaimSpec(AVDIIVKA.id(), "Avdiivka", ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, D2),
                new ClaimSpec(BAKHMUT.id(), "Bakhmut", ClaimType.SHELLED, Side.UA, ClaimStatus.ASSERTED, D2),
                new ClaimSpec(ROBOTYNE.id(), "Robotyne", ClaimType.RETAKEN, Side.UA, ClaimStatus.DENIED, D3)));
        addUnresolved(file);
        return Workspace.open(file, basemap, GAZETTEER, Runnable::run);
    }

    /** An article about "Nowhereivka", which no gazetteer knows: one unresolved mention and claim on D2. */
    private static void addUnresolved(Path file) {
        String text = "Troops captured Nowhereivka on Saturday.";
        Article a = new Article(0, "fixture-unresolved", "unresolved.txt", "Unresolved", "Fixture Wire", null, "en", D2,
                DateSource.FLAG, false, text, false);
        PlaceMention m = new PlaceMention(0, 0, "m1", "Nowhereivka", 16, 27, MentionRole.CLAIM, null, "unresolved", 0.0,
                List.of());
        Claim k = new Claim(0, 0, "fixture-unresolved:16:captured", "Nowhereivka", null, ClaimType.CAPTURED, Side.RU,
                new Claimant("Fixture Wire", ClaimantKind.OUTLET), ClaimStatus.ASSERTED, null, FuzzyDate.day(D2), text, 0,
                text.length(), 0.4);
        try (Store store = Store.open(file)) {
            store.inTransaction(c -> {
                long id = new ArticleRepository().insert(c, a, null, 1);
                new ClaimRepository().replaceExtraction(c, id, List.of(m), List.of(k));
                return id;
            });
        }
    }
}
