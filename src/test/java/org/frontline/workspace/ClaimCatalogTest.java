package org.frontline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.render.ClaimMark;
import org.frontline.render.ClaimView;
import org.frontline.store.Store;
import org.frontline.testing.ViewerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrected catalog: filter, time window, views, review queue, edits with undo and redo. */
class ClaimCatalogTest {
    @TempDir
    Path dir;

    private ClaimCatalog load(Path db) {
        return ClaimCatalog.load(db, ViewerFixtures.PLACES);
    }

    private static ClaimRecord named(ClaimCatalog c, String place) {
        return c.records().stream().filter(r -> r.claim().placeText().equals(place)).findFirst().orElseThrow();
    }

    @Test
    void joinsArticlesAndPlacesAndFiltersTheMapByWindowAndView() {
        ClaimCatalog c = load(ViewerFixtures.store(dir.resolve("c.db")));
        assertEquals(7, c.records().size());
        ClaimRecord bakhmut = named(c, "Bakhmut");
        assertEquals("Bakhmut", bakhmut.place().name());
        assertEquals("ru", bakhmut.article().language());
        ClaimFilter all = ClaimFilter.all();
        List<ClaimMark> feb = c.marks(all, ViewerFixtures.LAST, ClaimView.ALL, Set.of());
        // Avdiivka (0 days) and Kupiansk advancing (28 days) lie in the 30-day window; Novomykhailivka is unplaced.
        assertEquals(2, feb.size(), feb.toString());
        assertEquals(1, c.unresolvedMarks(all, ViewerFixtures.LAST, ClaimView.ALL).size());
        assertEquals(0, c.marks(all, ViewerFixtures.LAST, ClaimView.UA, Set.of()).size());
        assertEquals(7 - 1, c.marks(all.withWindowDays(1000), ViewerFixtures.LAST, ClaimView.ALL, Set.of()).size());
        assertEquals(0.0, feb.stream().filter(m -> m.type() == ClaimType.CAPTURED).findFirst().orElseThrow().age());
        ClaimFilter uaOnly = all.withSides(Set.of(Side.UA)).withWindowDays(1000);
        assertEquals(2, c.records().stream().filter(uaOnly::test).count());
        assertEquals(2, c.marks(uaOnly, ViewerFixtures.LAST, ClaimView.ALL, Set.of()).size());
    }

    @Test
    void findsEveryClaimAndItsPositionByIdAndSharesRepeatedValues() {
        ClaimCatalog c = load(ViewerFixtures.store(dir.resolve("ids.db")));
        org.frontline.geo.MapProjection lcc = org.frontline.geo.MapProjection.lcc();
        for (ClaimRecord r : c.records()) {
            assertEquals(r, c.byId(r.claim().id()).orElseThrow());
            if (r.place() == null) {
                assertTrue(c.position(r.claim().id()).isEmpty(), "no position for an unplaced claim");
            } else {
                var expected = lcc.project(r.place().lon(), r.place().lat());
                assertEquals(expected, c.position(r.claim().id()).orElseThrow());
            }
        }
        assertEquals(c.records().stream().filter(r -> r.claim().eventDate() != null).map(r -> r.claim().eventDate().date())
                .distinct().sorted().toList(), c.claimDates(), "every distinct event date, ascending");
        long unknown = c.records().stream().mapToLong(r -> r.claim().id()).max().orElseThrow() + 1;
        assertTrue(c.byId(unknown).isEmpty());
        assertTrue(c.position(unknown).isEmpty());
        assertTrue(c.byId(-1).isEmpty());
        List<ClaimRecord> kupiansk = c.records().stream().filter(r -> r.claim().placeText().equals("Kupiansk")).toList();
        assertEquals(2, kupiansk.size());
        assertTrue(kupiansk.get(0).claim().placeText() == kupiansk.get(1).claim().placeText(),
                "one shared copy of a repeated place name");
        List<ClaimRecord> mod = c.records().stream()
                .filter(r -> r.claim().claimant().name().equals("Russian Ministry of Defence")).toList();
        assertTrue(mod.size() >= 2 && mod.get(0).claim().claimant() == mod.get(1).claim().claimant(),
                "one shared claimant");
    }

    @Test
    void reviewQueueListsUnresolvedMentionsAndLowConfidenceClaims() {
        ClaimCatalog c = load(ViewerFixtures.store(dir.resolve("q.db")));
        List<ReviewItem> q = c.reviewQueue();
        assertEquals(2, q.size(), q.toString());
        assertTrue(q.get(0).isMention());
        assertEquals("Novomykhailivka", q.get(0).candidates().get(0).name());
        assertEquals(ClaimType.ADVANCING, q.get(1).claim().claim().type());
    }

    @Test
    void editsApplyEverywhereAndUndoAndRedo() {
        Path db = ViewerFixtures.store(dir.resolve("e.db"));
        ClaimEditor editor = new ClaimEditor(db);
        ReviewItem mention = load(db).reviewQueue().get(0);
        editor.assignPlace(mention.mention(), 6);
        ClaimCatalog after = load(db);
        assertEquals("Novomykhailivka", named(after, "Novomykhailivka").place().name());
        assertEquals(1, after.reviewQueue().size(), "the mention left the queue");
        editor.correctSide(named(after, "Bakhmut"), Side.UA);
        assertEquals(Side.UA, named(load(db), "Bakhmut").claim().side());
        editor.undo();
        assertEquals(Side.RU, named(load(db), "Bakhmut").claim().side());
        editor.undo();
        assertEquals(null, named(load(db), "Novomykhailivka").place());
        editor.redo();
        assertEquals(6L, named(load(db), "Novomykhailivka").claim().placeId());
        assertEquals(1, editor.depth()[1], "one edit still to redo");
        editor.rejectClaim(named(load(db), "Kherson"));
        assertEquals(0, editor.depth()[1], "a new edit discards the redo stack");
        assertFalse(load(db).records().stream().anyMatch(r -> r.claim().placeText().equals("Kherson")));
    }

    @Test
    void aliasesAndUserPlacesAreSearchableAndUndoable() {
        Path db = ViewerFixtures.store(dir.resolve("a.db"));
        ClaimEditor editor = new ClaimEditor(db);
        editor.addAlias(1, "Бахмутськ");
        assertEquals("Bakhmut", load(db).places().search("бахмутськ", 5).get(0).name());
        editor.undo();
        assertTrue(load(db).places().search("бахмутськ", 5).isEmpty());
        ReviewItem mention = load(db).reviewQueue().get(0);
        editor.placeNew(mention.mention(), 47.9, 37.5);
        ClaimRecord placed = named(load(db), "Novomykhailivka");
        assertEquals("user", placed.place().source());
        assertEquals(47.9, placed.place().lat(), 1e-9);
        try (Store s = Store.open(db)) {
            assertEquals(1, (int) s.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM user_edits WHERE undone = 0")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
        assertEquals(LocalDate.of(2024, 2, 10), placed.claim().eventDate().date());
    }
}
