package org.frontline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.frontline.geo.MapProjection;
import org.frontline.model.Place;
import org.frontline.render.ClaimMark;
import org.frontline.render.Frame;
import org.frontline.testing.ViewerFixtures;
import org.frontline.workspace.ArticleImporter;
import org.frontline.workspace.ClaimRecord;
import org.junit.jupiter.api.AfterEach;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real viewer window headless on a fixture store and waits for what the user would see. */
abstract class ViewerTestBase extends FxRobot {
    protected FrontlineApp app;

    protected FrontlineApp open(Path db) throws Exception {
        return open(db, ArticleImporter.unavailable());
    }

    protected FrontlineApp open(Path db, ArticleImporter importer) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (FrontlineApp) FxToolkit.setupApplication(() -> new FrontlineApp().withStore(db)
                .withPlaces(ViewerFixtures.PLACES).withImporter(importer));
        waitFor(() -> app.map() != null && app.map().frameProperty().get() != null
                && app.session().catalogProperty().get().isComplete()
                && !app.session().catalogProperty().get().records().isEmpty());
        settledFrame();
        return app;
    }

    /** Closes the window as the user would: the application stops and saves its settings. */
    protected void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        closeApp();
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a combo box and clicks the entry with this text in its popup list. */
    protected void choose(String comboId, String text) {
        clickOn(comboId);
        clickOn(lookup(".combo-box-popup .list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .queryAs(Node.class));
    }

    protected Frame frame() {
        return app.map().frameProperty().get();
    }

    /** Waits until the frame on screen was drawn for the current view and display settings. */
    protected Frame settledFrame() throws Exception {
        waitFor(() -> app.map().isSettled());
        return frame();
    }

    protected ClaimRecord record(String placeText) {
        return app.session().catalogProperty().get().records().stream()
                .filter(r -> r.claim().placeText().equals(placeText)).findFirst().orElseThrow();
    }

    protected static List<ClaimMark> marksAt(Frame f, Place p) {
        Coordinate c = MapProjection.lcc().project(p.lon(), p.lat());
        return f.scene().claims().stream().filter(m -> Math.abs(m.x() - c.x) < 1 && Math.abs(m.y() - c.y) < 1).toList();
    }

    /** The screen point of a place on the map of frame {@code f}. */
    protected Point2D screenPointOf(Frame f, Place p) {
        Coordinate c = MapProjection.lcc().project(p.lon(), p.lat());
        Node map = lookup("#map").query();
        return map.localToScreen(f.view().toScreenX(c.x), f.view().toScreenY(c.y));
    }

    protected static int argbAt(Frame f, Place p) {
        Coordinate c = MapProjection.lcc().project(p.lon(), p.lat());
        return f.image().getRGB((int) Math.round(f.view().toScreenX(c.x)), (int) Math.round(f.view().toScreenY(c.y)));
    }
}
