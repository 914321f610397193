package org.frontline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.model.ClaimType;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.store.UserEdit;
import org.frontline.testing.ViewerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the viewer reads before its first frame on a real store file: the claims of one window of
 * event days (not the store's), the claims per day of the whole store from the date index, and a
 * workspace that draws no areas until a complete catalog arrives. Also: a reload after an edit keeps
 * the unchanged records of the catalog on screen instead of a second copy of each.
 */
class ClaimCatalogWindowTest {
    /** The fixture's last 30 days: Kupiansk advancing (20 Jan), Novomykhailivka (10 Feb), Avdiivka (17 Feb). */
    private static final LocalDate FROM = ViewerFixtures.LAST.minusDays(29);

    @TempDir
    Path dir;

    @Test
    void aWindowHoldsOnlyItsDaysButKnowsEveryClaimDateOfTheStore() {
        Path db = ViewerFixtures.store(dir.resolve("w.db"));
        ClaimCatalog complete = ClaimCatalog.load(db, ViewerFixtures.PLACES);
        ClaimCatalog window = ClaimCatalog.loadWindow(db, ViewerFixtures.PLACES, FROM, ViewerFixtures.LAST,
                complete.claimDays());

        assertFalse(window.isComplete());
        assertTrue(complete.isComplete());
        assertEquals(List.of("Kupiansk", "Novomykhailivka", "Avdiivka"),
                window.records().stream().map(r -> r.claim().placeText()).toList());
        assertEquals("Wire A", window.records().get(2).article().outlet(), "articles of the window are joined");
        assertEquals(complete.marks(ClaimFilter.all(), ViewerFixtures.LAST, ClaimView.ALL, Set.of()),
                window.marks(ClaimFilter.all(), ViewerFixtures.LAST, ClaimView.ALL, Set.of()),
                "the first frame shows what the complete catalog would show at that date");
        assertEquals(complete.claimDates(), window.claimDates(), "the time bar spans the store, not the window");
        assertEquals(7, window.claimDays().total());
        assertTrue(window.reviewQueue().isEmpty(), "a window has no review queue");
        assertFalse(complete.reviewQueue().isEmpty());
    }

    @Test
    void theClaimDaysCountedOnTheDateIndexAreThoseOfTheCompleteCatalogRejectionsLeftOut() {
        Path db = ViewerFixtures.store(dir.resolve("d.db"));
        ClaimCatalog before = ClaimCatalog.load(db, ViewerFixtures.PLACES);
        new ClaimEditor(db).rejectClaim(named(before, "Robotyne"));
        Workspace w = Workspace.openWithoutClaims(db, Basemap.loadDefault(), Gazetteer.loadDefault(), Runnable::run);

        assertTrue(w.catalog().records().isEmpty(), "no claim is read at opening");
        assertFalse(w.areasReady().isDone());
        ClaimDays counted = ClaimCatalog.load(db, ViewerFixtures.PLACES).claimDays();
        assertEquals(before.claimDays().total() - 1, counted.total(), "the complete catalog leaves the rejected claim out");
        assertEquals(counted, w.claimDays());
        assertEquals(ViewerFixtures.FIRST, w.dateRange().orElseThrow()[0]);
        assertEquals(ViewerFixtures.LAST, w.dateRange().orElseThrow()[1]);
        assertEquals(1, w.claimDays().countOn(ViewerFixtures.FIRST));

        assertEquals(List.of("Kherson"), places(w.readWindow(LocalDate.of(2000, 1, 1), 30, ViewerFixtures.PLACES)),
                "a restored date before the store's first is clamped to it");
        assertEquals(List.of("Kupiansk", "Novomykhailivka", "Avdiivka"),
                places(w.readWindow(null, 30, ViewerFixtures.PLACES)), "no restored date: the window ends at the last");
        assertEquals(List.of("Avdiivka"), places(w.readWindow(LocalDate.of(2030, 1, 1), 1, ViewerFixtures.PLACES)));
        w.reload(w.readWindow(null, 30, ViewerFixtures.PLACES));
        assertFalse(w.areasReady().isDone(), "areas are never built from a window of claims");
        w.reload(ClaimCatalog.load(db, ViewerFixtures.PLACES));
        assertTrue(w.areasReady().isDone(), "a complete catalog builds them (synchronous builder here)");
    }

    @Test
    void aReloadKeepsTheRecordsThatDidNotChange() {
        Path db = ViewerFixtures.store(dir.resolve("r.db"));
        ClaimCatalog before = ClaimCatalog.load(db, ViewerFixtures.PLACES);
        ClaimRecord bakhmut = named(before, "Bakhmut");
        ClaimRecord kherson = named(before, "Kherson");
        UserEdit edit = new ClaimEditor(db).correctType(bakhmut, ClaimType.FIGHTING);
        assertEquals(UserEdit.Field.TYPE, edit.field());

        ClaimCatalog after = ClaimCatalog.load(db, ViewerFixtures.PLACES, before);
        assertSame(kherson, named(after, "Kherson"), "an unchanged claim is the same record, not a second copy");
        assertNotSame(bakhmut, named(after, "Bakhmut"));
        assertEquals(ClaimType.FIGHTING, named(after, "Bakhmut").claim().type());
        assertEquals(before.records().size(), after.records().size());
    }

    private static List<String> places(ClaimCatalog c) {
        return c.records().stream().map(r -> r.claim().placeText()).toList();
    }

    private static ClaimRecord named(ClaimCatalog c, String place) {
        return c.records().stream().filter(r -> r.claim().placeText().equals(place)).findFirst().orElseThrow();
    }
}
