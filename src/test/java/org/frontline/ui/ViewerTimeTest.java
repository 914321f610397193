package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.frontline.render.Frame;
import org.frontline.testing.ViewerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time bar: histogram, keys, typed dates, play/pause, and the claim time window. */
class ViewerTimeTest extends ViewerTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        open(ViewerFixtures.store(dir.resolve("time.db")));
    }

    private LocalDate shownDate() throws Exception {
        return settledFrame().view().date();
    }

    @Test
    void histogramCountsClaimsPerWeekAndIsDrawn() throws Exception {
        ClaimHistogram h = lookup("#claim-histogram").queryAs(ClaimHistogram.class);
        assertEquals(1, h.countInWeekOf(ViewerFixtures.LAST), "Avdiivka in the week of 12 Feb 2024");
        assertEquals(1, h.countInWeekOf(LocalDate.of(2024, 2, 10)), "Novomykhailivka the week before");
        WritableImage img = new WritableImage((int) h.getWidth(), (int) h.getHeight());
        interact(() -> h.snapshot(null, img));
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                javafx.scene.paint.Color c = img.getPixelReader().getColor(x, y);
                dark += c.getOpacity() > 0.5 && c.getBrightness() < 0.7 ? 1 : 0;
            }
        }
        assertTrue(dark > 30, "bars are drawn (" + dark + " pixels)");
    }

    @Test
    void keysStepDaysAndJumpBetweenClaimDates() throws Exception {
        assertEquals(ViewerFixtures.LAST, shownDate());
        clickOn("#day-back");
        assertEquals(ViewerFixtures.LAST.minusDays(1), shownDate());
        type(KeyCode.LEFT);
        assertEquals(ViewerFixtures.LAST.minusDays(2), shownDate(), "Left steps a day");
        push(KeyCode.CONTROL, KeyCode.LEFT);
        assertEquals(LocalDate.of(2024, 2, 10), shownDate(), "Ctrl+Left: the previous claim date");
        push(KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals(LocalDate.of(2024, 1, 20), shownDate(), "Shift+Left too");
        push(KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals(LocalDate.of(2024, 2, 10), shownDate(), "Ctrl+Right: the next claim date");
        type(KeyCode.RIGHT);
        assertEquals(LocalDate.of(2024, 2, 11), shownDate());
        clickOn("#map");
        push(KeyCode.ALT, KeyCode.LEFT);
        assertEquals(LocalDate.of(2024, 2, 10), shownDate(), "Alt+Left from anywhere (Time menu)");
    }

    @Test
    void typingADateJumpsThere() throws Exception {
        DatePicker field = lookup("#date-field").queryAs(DatePicker.class);
        doubleClickOn(field.getEditor());
        push(KeyCode.CONTROL, KeyCode.A);
        write("2023-08-28").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2023, 8, 28), shownDate());
        assertEquals("Mon 28 Aug 2023", lookup("#date-label").queryAs(Label.class).getText());
        Frame f = settledFrame();
        assertEquals(1, marksAt(f, ViewerFixtures.place("Robotyne")).size(), "that day's claim is drawn");
        assertTrue(marksAt(f, ViewerFixtures.place("Avdiivka")).isEmpty(), "later claims are not");
    }

    @Test
    void playAdvancesTheDateAndTheMapFollowsUntilTheEnd() throws Exception {
        DatePicker field = lookup("#date-field").queryAs(DatePicker.class);
        doubleClickOn(field.getEditor());
        push(KeyCode.CONTROL, KeyCode.A);
        write("2024-01-01").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2024, 1, 1), shownDate());
        Set<LocalDate> drawn = ConcurrentHashMap.newKeySet();
        app.map().frameProperty().addListener((o, a, f) -> drawn.add(f.view().date()));
        choose("#play-speed", "30");
        clickOn("#play");
        assertTrue(app.window().timeBar().playingProperty().get());
        waitFor(() -> !app.window().timeBar().playingProperty().get());
        assertEquals(ViewerFixtures.LAST, shownDate(), "it stops at the last date");
        assertTrue(drawn.size() >= 3, "the map drew the dates on the way: " + drawn);
        assertEquals("▶ Play", lookup("#play").queryAs(javafx.scene.control.Button.class).getText());
        clickOn("#play");
        waitFor(() -> app.window().timeBar().dateProperty().get().isBefore(ViewerFixtures.LAST.minusDays(100)));
        clickOn("#play");
        assertFalse(app.window().timeBar().playingProperty().get(), "Pause stops it");
        LocalDate paused = shownDate();
        Thread.sleep(300);
        assertEquals(paused, shownDate());
    }
}
