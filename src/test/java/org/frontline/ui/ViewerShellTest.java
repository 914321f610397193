package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.frontline.geo.MapProjection;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.render.Frame;
import org.frontline.render.MapStyle;
import org.frontline.render.ViewState;
import org.frontline.testing.GoldenImages;
import org.frontline.testing.StoreFixtures;
import org.frontline.testing.StoreFixtures.ClaimSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real viewer window headless: pan, zoom, keys and the date slider, checking what is drawn. */
class ViewerShellTest extends FxRobot {
    @TempDir
    Path dir;

    private FrontlineApp app;

    @BeforeEach
    void open() throws Exception {
        Path db = StoreFixtures.storeWith(dir.resolve("shell.db"), List.of(
                new ClaimSpec(null, "Alpha", ClaimType.CAPTURED, Side.RU, ClaimStatus.ASSERTED, LocalDate.of(2023, 1, 10)),
                new ClaimSpec(null, "Beta", ClaimType.RETAKEN, Side.UA, ClaimStatus.ASSERTED, LocalDate.of(2023, 3, 20))));
        FxToolkit.registerPrimaryStage();
        app = (FrontlineApp) FxToolkit.setupApplication(() -> new FrontlineApp().withStore(db));
        waitFor(() -> app.map() != null && app.map().frameProperty().get() != null
                && app.session().catalogProperty().get().isComplete());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Frame frame() {
        return app.map().frameProperty().get();
    }

    /** Waits until the frame on screen was drawn for the current view. */
    private Frame settledFrame() throws Exception {
        waitFor(() -> frame() != null && frame().view().equals(app.map().viewProperty().get()));
        return frame();
    }

    private static int pixelAt(Frame f, double lon, double lat) {
        Coordinate p = MapProjection.lcc().project(lon, lat);
        return GoldenImages.rgb(f.image(), (int) Math.round(f.view().toScreenX(p.x)), (int) Math.round(f.view().toScreenY(p.y)));
    }

    @Test
    void opensOnUkraineWithTheBasemapDrawn() throws Exception {
        Frame f = settledFrame();
        assertEquals(MapStyle.SEA.getRGB() & 0xFFFFFF, pixelAt(f, 31.5, 45.3), "Black Sea west of Crimea");
        assertEquals(MapStyle.UKRAINE.getRGB() & 0xFFFFFF, pixelAt(f, 31.0, 49.5), "central Ukraine");
        Label date = lookup("#date-label").queryAs(Label.class);
        assertTrue(date.getText().contains("2023"), date.getText());
    }

    @Test
    void draggingPansTheMapByTheDraggedDistance() throws Exception {
        ViewState before = settledFrame().view();
        drag("#map", MouseButton.PRIMARY).moveBy(-120, -40).release(MouseButton.PRIMARY);
        Frame after = settledFrame();
        double movedPx = (before.centerX() - after.view().centerX()) / before.metresPerPixel();
        assertEquals(-120, movedPx, 3, "the map follows the mouse");
        assertEquals(MapStyle.SEA.getRGB() & 0xFFFFFF, pixelAt(after, 31.5, 45.3), "the sea is drawn at its new place");
    }

    @Test
    void wheelAndKeysZoomAndFitAll() throws Exception {
        ViewState start = settledFrame().view();
        Label scale = lookup("#status-scale").queryAs(Label.class);
        String scaleBefore = scale.getText();
        moveTo("#map").scroll(3, javafx.geometry.VerticalDirection.UP);
        ViewState wheeled = settledFrame().view();
        assertNotEquals(start.metresPerPixel(), wheeled.metresPerPixel(), 1e-6, "the wheel zooms");
        scroll(3, javafx.geometry.VerticalDirection.DOWN);
        assertEquals(start.metresPerPixel(), settledFrame().view().metresPerPixel(), 1e-6, "and back by as many notches");
        // Direction, in JavaFX's convention (wheel away from the user: positive deltaY, 40 px a notch).
        javafx.scene.Node map = lookup("#map").query();
        interact(() -> javafx.event.Event.fireEvent(map, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 300, 200, 300, 200, false, false, false, false, false, false,
                0, 80, 0, 80, 40, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        ViewState zoomed = settledFrame().view();
        assertEquals(start.metresPerPixel() / 1.5625, zoomed.metresPerPixel(), 1e-6, "two notches up zoom in by 1.25²");
        assertNotEquals(scaleBefore, scale.getText(), "the status bar shows the new scale");
        clickOn("#map").type(KeyCode.MINUS);
        assertTrue(settledFrame().view().metresPerPixel() > zoomed.metresPerPixel(), "minus zooms out");
        type(KeyCode.HOME);
        assertEquals(start.metresPerPixel(), settledFrame().view().metresPerPixel(), 1e-6, "Home fits Ukraine again");
    }

    @Test
    void sliderChangesTheDateOnTheMap() throws Exception {
        Frame before = settledFrame();
        Slider slider = lookup("#date-slider").queryAs(Slider.class);
        assertEquals(LocalDate.of(2023, 1, 10).toEpochDay(), slider.getMin(), 0.5);
        assertEquals(LocalDate.of(2023, 3, 20).toEpochDay(), slider.getMax(), 0.5);
        clickOn(slider).type(KeyCode.HOME);
        Frame after = settledFrame();
        assertEquals(LocalDate.of(2023, 1, 10), after.view().date());
        assertEquals("Tue 10 Jan 2023", lookup("#date-label").queryAs(Label.class).getText());
        int differing = 0;
        for (int y = 10; y < 40; y++) {
            for (int x = 10; x < 220; x++) {
                differing += before.image().getRGB(x, y) != after.image().getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 50, "the date drawn in the map's corner changed (" + differing + " pixels)");
    }
}
