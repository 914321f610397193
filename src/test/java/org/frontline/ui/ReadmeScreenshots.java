package org.frontline.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.frontline.render.Frame;
import org.frontline.workspace.ClaimRecord;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Makes the README's screenshots of the viewer's main views from the real window (not a test;
 * run by {@code src/test/scripts/readme-screenshots.sh} on a display, e.g. Xvfb). It opens the
 * viewer on a demo store, drives it with the robot as a user would (clicks, keys, typed text) and
 * saves each window's own rendering ({@code Scene.snapshot}) as PNG.
 *
 * <p>Arguments: the store (filled with the demo corpus when empty, as the default store is on first
 * run; its {@code .viewer.json} sets window size, extent and date) and the output folder.
 */
public final class ReadmeScreenshots extends FxRobot {
    private FrontlineApp app;

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        org.frontline.app.DemoStore.fillOrRefresh(store, new org.frontline.app.Wiring().analyser()); // as on first run
        new ReadmeScreenshots().run(store, out);
        System.exit(0);
    }

    private void run(Path store, Path out) throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        app = (FrontlineApp) FxToolkit.setupApplication(() -> new FrontlineApp().withStore(store));
        waitFor(60, () -> app.map() != null && app.map().frameProperty().get() != null);
        waitFor(120, () -> app.workspace().areasReady().isDone());
        settle();

        // 1. The map with the claims at one place selected and their details.
        ClaimRecord avdiivka = firstRecord("Avdiivka");
        showAround(avdiivka, 150_000);
        clickOn(screenPointOf(avdiivka));
        settle();
        save(primary.getScene(), out.resolve("viewer-details.png"));

        // 2. The claims table filtered, the map following the filter.
        clickOn("#filter-type").clickOn(lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("captured")).queryAs(Node.class));
        clickOn(lookup("#map").query().localToScreen(40, 40));
        push(KeyCode.CONTROL, KeyCode.T);
        settle();
        save(primary.getScene(), out.resolve("viewer-table.png"));
        clickOn("#filter-clear");

        // 3. The review queue with a mention chosen and its candidates.
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        ListView<?> queue = lookup("#review-list").queryAs(ListView.class);
        if (!queue.getItems().isEmpty()) {
            clickOn(lookup("#review-list .list-cell").queryAs(Node.class));
        }
        settle();
        save(primary.getScene(), out.resolve("viewer-review.png"));

        // 4. Search an old Russian name (Artemovsk, now Bakhmut): the map flies there; the legend.
        push(KeyCode.CONTROL, KeyCode.F);
        write("Артемовск");
        type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        settle();
        save(primary.getScene(), out.resolve("viewer-search-legend.png"));

        // 5. The article window with the quote highlighted.
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        showAround(avdiivka, 150_000);
        clickOn(screenPointOf(avdiivka));
        settle();
        clickOn(lookup((Node n) -> n.getId() != null && n.getId().startsWith("open-article-")).queryAs(Node.class)); // the top card's
        waitFor(20, () -> lookup("#article-text").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        Window article = lookup("#article-window").query().getScene().getWindow();
        save(article.getScene(), out.resolve("viewer-article.png"));
        interact(((Stage) article)::close);

        // 6. File › Export date series…, after a weekly series with a GIF.
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitFor(20, () -> lookup("#series-start").tryQuery().isPresent());
        Path frames = Files.createTempDirectory("frontline-series").resolve("avdiivka-winter");
        interact(() -> {
            lookup("#series-from").queryAs(DatePicker.class).setValue(LocalDate.of(2023, 10, 1));
            lookup("#series-to").queryAs(DatePicker.class).setValue(LocalDate.of(2024, 3, 1));
            lookup("#series-folder").queryAs(TextField.class).setText(frames.toString());
        });
        clickOn("#series-start");
        waitFor(300, () -> !app.seriesDialog().isRunning()
                && lookup("#series-message").queryLabeled().getText().startsWith("Wrote"));
        save(lookup("#series-start").query().getScene(), out.resolve("viewer-series.png"));
        FxToolkit.cleanupApplication(app);
    }

    private ClaimRecord firstRecord(String place) {
        return app.session().catalogProperty().get().records().stream()
                .filter(r -> r.claim().placeText().equals(place))
                .min(Comparator.comparing(r -> r.claim().id())).orElseThrow();
    }

    /** Centres the map a little east of the claim's place, {@code metresAcross} wide. */
    private void showAround(ClaimRecord r, double metresAcross) throws Exception {
        Coordinate c = app.session().catalogProperty().get().position(r.claim().id()).orElseThrow();
        interact(() -> {
            var v = app.map().viewProperty().get();
            app.map().viewProperty().set(new org.frontline.render.ViewState(c.x + metresAcross / 6, c.y,
                    metresAcross / v.width(), v.width(), v.height(), v.date(), v.view()));
        });
        settle();
    }

    private Point2D screenPointOf(ClaimRecord r) {
        Frame f = app.map().frameProperty().get();
        Coordinate c = app.session().catalogProperty().get().position(r.claim().id()).orElseThrow();
        return lookup("#map").query().localToScreen(f.view().toScreenX(c.x), f.view().toScreenY(c.y));
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(20, () -> app.map().isSettled());
    }

    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Scene scene, Path file) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = scene.snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file + " (" + image.getWidth() + "x" + image.getHeight() + ")");
    }
}
