package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import org.frontline.render.Frame;
import org.frontline.testing.ViewerFixtures;
import org.frontline.workspace.ClaimRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The viewer draws its first map from the claims of the time window ending at the opening date and
 * reads the complete catalog afterwards: with that read held back, the map is drawn, the time bar
 * spans the whole store, the window stays responsive, and the table and review queue say they are
 * loading; once released, the table fills and the control areas are built.
 */
class ViewerFirstWindowTest extends ViewerTestBase {
    @TempDir
    Path dir;

    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    /** Holds the complete read until the test opens it. */
    private final StartGate held = new StartGate(loader);

    @BeforeEach
    void openHeld() throws Exception {
        Path db = ViewerFixtures.store(dir.resolve("window.db"));
        FxToolkit.registerPrimaryStage();
        app = (FrontlineApp) FxToolkit.setupApplication(() -> new FrontlineApp().withStore(db)
                .withPlaces(ViewerFixtures.PLACES).withClaimLoader(held));
        waitFor(() -> app.map() != null && app.map().frameProperty().get() != null && app.map().isSettled());
        // The table and the details are added once the first map is on screen.
        waitFor(() -> lookup("#claims-table").tryQuery().isPresent() && lookup("#details-pane").tryQuery().isPresent());
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow(); // a read still held is dropped with the window
    }

    @Test
    void theFirstMapIsDrawnFromItsWindowBeforeTheOtherClaimsAreRead() throws Exception {
        Frame first = settledFrame();
        assertFalse(app.session().catalogProperty().get().isComplete(), "only the window is read");
        assertEquals(ViewerFixtures.LAST, first.view().date());
        assertEquals(1, marksAt(first, ViewerFixtures.place("Avdiivka")).size(), "claimed on the last date");
        assertEquals(1, marksAt(first, ViewerFixtures.place("Kupiansk")).size(), "advancing 28 days before");
        assertTrue(marksAt(first, ViewerFixtures.place("Kherson")).isEmpty(), "Nov 2022 lies outside the window");
        assertTrue(app.session().catalogProperty().get().records().stream()
                .noneMatch(r -> r.claim().placeText().equals("Kherson")), "and is not in memory");

        Slider slider = lookup("#date-slider").queryAs(Slider.class);
        assertEquals(ViewerFixtures.FIRST.toEpochDay(), (long) slider.getMin(), "the slider spans the whole store");
        ClaimHistogram h = lookup("#claim-histogram").queryAs(ClaimHistogram.class);
        assertEquals(1, h.countInWeekOf(ViewerFixtures.FIRST), "Kherson counted from the date index, not read");

        TableView<ClaimRecord> table = lookup("#claims-table").queryTableView();
        assertTrue(table.getItems().isEmpty());
        assertEquals("Loading the claims…", ((Label) table.getPlaceholder()).getText());
        assertEquals("Loading the claims…", lookup("#claims-count").queryAs(Label.class).getText());
        assertFalse(app.workspace().areasReady().isDone(), "no areas from a window of claims");

        clickOn("#day-back");
        assertEquals(ViewerFixtures.LAST.minusDays(1), settledFrame().view().date(), "the window answers meanwhile");
    }

    @Test
    void theTableFillsAndTheAreasFollowOnceEveryClaimIsRead() throws Exception {
        held.open();
        waitFor(() -> app.session().catalogProperty().get().isComplete());
        TableView<ClaimRecord> table = lookup("#claims-table").queryTableView();
        waitFor(() -> table.getItems().size() == ViewerFixtures.SPECS.size());
        assertEquals("7 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());
        interact(() -> app.window().showTab("review"));
        assertFalse(lookup("#review-list").queryAs(ListView.class).getItems().isEmpty(), "the review queue is filled");
        waitFor(() -> app.workspace().areasReady().isDone());
        assertTrue(app.session().catalogProperty().get().records().stream()
                .anyMatch(r -> r.claim().placeText().equals("Kherson")));

        interact(() -> app.window().timeBar().setDate(LocalDate.of(2022, 11, 20)));
        assertEquals(1, marksAt(settledFrame(), ViewerFixtures.place("Kherson")).size(),
                "claims outside the first window are drawn once read");
    }
}
