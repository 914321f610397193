package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.frontline.geo.MapProjection;
import org.frontline.model.Place;
import org.frontline.model.Side;
import org.frontline.render.ClaimMark;
import org.frontline.render.Frame;
import org.frontline.render.UnresolvedMark;
import org.frontline.testing.ViewerFixtures;
import org.frontline.workspace.ClaimRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Search by Cyrillic name, and the review queue: resolve, correct, place, undo and redo, seen on the map. */
class ViewerReviewTest extends ViewerTestBase {
    @TempDir
    Path dir;

    private final Place novo = ViewerFixtures.place("Novomykhailivka");

    @BeforeEach
    void start() throws Exception {
        open(ViewerFixtures.store(dir.resolve("review.db")));
    }

    private boolean unresolvedListed(Frame f) {
        return f.scene().unresolved().stream().map(UnresolvedMark::text).anyMatch("Novomykhailivka"::equals);
    }

    @Test
    void searchingACyrillicNameFliesThere() throws Exception {
        Place avdiivka = ViewerFixtures.place("Avdiivka");
        Coordinate target = MapProjection.lcc().project(avdiivka.lon(), avdiivka.lat());
        push(KeyCode.CONTROL, KeyCode.F);
        write("Авдеевка").type(KeyCode.ENTER);
        waitFor(() -> {
            var v = app.map().viewProperty().get();
            return Math.abs(v.centerX() - target.x) < 1 && Math.abs(v.centerY() - target.y) < 1 && app.map().isSettled();
        });
        Frame f = settledFrame();
        assertTrue(f.view().width() * f.view().metresPerPixel() <= 40_001, "zoomed to about 40 km across");
        assertEquals(MapStyleRgb.RU, argbAt(f, avdiivka), "the Avdiivka symbol is at the centre of the map");
    }

    @Test
    void resolvingAMentionPutsItOnTheMapAndUndoRedoFollow() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        ListView<?> queue = lookup("#review-list").queryAs(ListView.class);
        assertEquals(2, queue.getItems().size());
        Frame before = settledFrame();
        assertTrue(marksAt(before, novo).isEmpty());
        assertTrue(unresolvedListed(before), "listed in the corner as unresolved");
        clickOn("#review-use");
        waitFor(() -> record("Novomykhailivka").place() != null && app.map().isSettled());
        Frame resolved = settledFrame();
        assertEquals(1, marksAt(resolved, novo).size(), "the claim is now a symbol at Novomykhailivka");
        assertTrue(!unresolvedListed(resolved));
        assertEquals(1, queue.getItems().size(), "it left the review queue");
        push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> record("Novomykhailivka").place() == null && app.map().isSettled());
        Frame undone = settledFrame();
        assertTrue(marksAt(undone, novo).isEmpty(), "undo takes it off the map");
        assertTrue(unresolvedListed(undone));
        assertEquals(2, queue.getItems().size());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> record("Novomykhailivka").place() != null && app.map().isSettled());
        assertEquals(1, marksAt(settledFrame(), novo).size(), "redo puts it back");
    }

    @Test
    void correctingASideRecoloursTheSymbol() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        clickOn(lookup("#review-list .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        choose("#review-side", "UA");
        clickOn("#review-apply");
        waitFor(() -> app.session().catalogProperty().get().records().stream()
                .anyMatch(r -> r.claim().confidence() == 1.0 && r.claim().side() == Side.UA
                        && r.claim().placeText().equals("Kupiansk")) && app.map().isSettled());
        Frame f = settledFrame();
        ClaimMark kupiansk = marksAt(f, ViewerFixtures.place("Kupiansk")).stream()
                .filter(m -> m.type() == org.frontline.model.ClaimType.ADVANCING).findFirst().orElseThrow();
        assertEquals(Side.UA, kupiansk.side());
        assertEquals(1, lookup("#review-list").queryAs(ListView.class).getItems().size(), "reviewed claims leave the queue");
    }

    @Test
    void placingAMentionOnTheMapCreatesAUserPlaceThere() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        clickOn("#review-place");
        Frame f = settledFrame();
        Point2D at = screenPointOf(f, novo).add(40, 30);
        clickOn(at);
        waitFor(() -> record("Novomykhailivka").place() != null && app.map().isSettled());
        ClaimRecord placed = record("Novomykhailivka");
        assertEquals("user", placed.place().source());
        Frame after = settledFrame();
        assertEquals(1, marksAt(after, placed.place()).size());
        javafx.scene.Node map = lookup("#map").query();
        Point2D local = map.screenToLocal(at);
        Coordinate c = MapProjection.lcc().project(placed.place().lon(), placed.place().lat());
        assertEquals(local.getX(), after.view().toScreenX(c.x), 1.0, "the place is where the user clicked");
        assertEquals(local.getY(), after.view().toScreenY(c.y), 1.0);
    }

    @Test
    void anAliasAddedInReviewIsFoundByTheSearchBox() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        javafx.scene.control.TextField alias = lookup("#review-alias").queryAs(javafx.scene.control.TextField.class);
        assertEquals("Novomykhailivka", alias.getText(), "the name as written is offered");
        doubleClickOn(alias);
        push(KeyCode.CONTROL, KeyCode.A);
        write("Новомихайловка");
        clickOn("#review-add-alias");
        waitFor(() -> !app.session().catalogProperty().get().places().search("новомихайловка", 1).isEmpty());
        Coordinate target = MapProjection.lcc().project(novo.lon(), novo.lat());
        push(KeyCode.CONTROL, KeyCode.F);
        write("Новомихайловка").type(KeyCode.ENTER);
        waitFor(() -> Math.abs(app.map().viewProperty().get().centerX() - target.x) < 1
                && Math.abs(app.map().viewProperty().get().centerY() - target.y) < 1);
        clickOn("#map"); // in the search field Ctrl+Z undoes typing, as in any text field
        push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> app.session().catalogProperty().get().places().search("новомихайловка", 1).isEmpty());
    }

    @Test
    void rejectingAMentionRemovesItsClaimEverywhere() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        assertTrue(unresolvedListed(settledFrame()));
        clickOn("#review-reject");
        waitFor(() -> lookup("#claims-count").queryAs(javafx.scene.control.Label.class).getText().equals("6 of 6 claims"));
        assertTrue(!unresolvedListed(settledFrame()), "no longer listed on the map");
        assertEquals(1, lookup("#review-list").queryAs(ListView.class).getItems().size());
    }

    /** Colours as ARGB ints. */
    private static final class MapStyleRgb {
        static final int RU = org.frontline.render.MapStyle.RU.getRGB();
    }
}
