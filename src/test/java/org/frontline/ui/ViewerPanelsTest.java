package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.frontline.geo.MapProjection;
import org.frontline.model.ClaimType;
import org.frontline.model.Place;
import org.frontline.render.ClaimMark;
import org.frontline.render.ClaimView;
import org.frontline.render.Frame;
import org.frontline.render.LayerKind;
import org.frontline.render.MapStyle;
import org.frontline.testing.ViewerFixtures;
import org.frontline.workspace.ClaimRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Layers, legend, view selector, claims table with filters, map selection, details and the article window. */
class ViewerPanelsTest extends ViewerTestBase {
    @TempDir
    Path dir;

    private final Place avdiivka = ViewerFixtures.place("Avdiivka");

    @BeforeEach
    void start() throws Exception {
        open(ViewerFixtures.store(dir.resolve("panels.db")));
    }

    @Test
    void layersToggleAndReorderAndTheMapFollows() throws Exception {
        Frame before = settledFrame();
        assertEquals(1, marksAt(before, avdiivka).size(), "Avdiivka is claimed on the last date");
        assertEquals(MapStyle.RU.getRGB(), argbAt(before, avdiivka), "a filled red symbol is drawn there");
        clickOn("#layer-CLAIMS");
        Frame hidden = settledFrame();
        assertFalse(hidden.scene().layers().visible(LayerKind.CLAIMS));
        assertNotEquals(MapStyle.RU.getRGB(), argbAt(hidden, avdiivka), "the symbol is gone from the image");
        clickOn("#layer-CLAIMS");
        clickOn("Settlements").clickOn("#layer-down");
        Frame moved = settledFrame();
        List<LayerKind> order = moved.scene().layers().order();
        assertTrue(order.indexOf(LayerKind.SETTLEMENTS) < order.indexOf(LayerKind.FRONT_LINE), order.toString());
        assertEquals(MapStyle.RU.getRGB(), argbAt(moved, avdiivka), "claims shown again");
    }

    @Test
    void legendSymbolsAreTheMapsSymbols() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        assertEquals("Legend", ((javafx.scene.control.TabPane) lookup("#sidebar").query()).getSelectionModel().getSelectedItem().getText());
        ImageView captured = lookup("#legend-type-captured").queryAs(ImageView.class);
        BufferedImage swatch = (BufferedImage) captured.getUserData();
        int c = LegendPanel.SWATCH / 2;
        assertEquals(argbAt(settledFrame(), avdiivka), swatch.getRGB(c, c), "legend captured/RU = map's Avdiivka symbol");
        BufferedImage denied = (BufferedImage) lookup("#legend-denied").queryAs(ImageView.class).getUserData();
        assertEquals(0xFFFFFFFF, denied.getRGB(c, c), "denied symbols are hollow (white inside)");
        BufferedImage old = (BufferedImage) lookup("#legend-old").queryAs(ImageView.class).getUserData();
        assertTrue((old.getRGB(c, c) >>> 24) < 255, "old symbols fade");
        for (ClaimType t : ClaimType.values()) {
            assertTrue(lookup("#legend-type-" + t.code()).tryQuery().isPresent(), t + " has a legend entry");
        }
    }

    @Test
    void viewSelectorShowsOneSidesClaims() throws Exception {
        ComboBox<?> views = lookup("#view-selector").queryAs(ComboBox.class);
        clickOn(views).clickOn(ClaimView.UA.label());
        Frame ua = settledFrame();
        assertEquals(ClaimView.UA, ua.view().view());
        assertTrue(ua.scene().claims().isEmpty(), "no Ukrainian-side claim in the last 30 days");
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Frame ru = settledFrame();
        assertEquals(ClaimView.RU, ru.view().view());
        assertEquals(1, ru.scene().claims().size(), "only the ministry's Avdiivka claim");
        assertEquals(ClaimView.RU, views.getValue());
    }

    @Test
    void filteringTheTableFiltersTheMap() throws Exception {
        Spinner<?> window = lookup("#time-window").queryAs(Spinner.class);
        doubleClickOn(window.getEditor()).eraseText(4).write("1000").type(KeyCode.ENTER);
        Frame wide = settledFrame();
        assertEquals(6, wide.scene().claims().size(), "every placed claim within 1000 days");
        assertEquals("7 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());
        choose("#filter-type", "retaken");
        Frame retaken = settledFrame();
        assertEquals("2 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());
        assertEquals(2, retaken.scene().claims().size());
        assertTrue(retaken.scene().claims().stream().allMatch(m -> m.type() == ClaimType.RETAKEN));
        choose("#filter-type", FilterBar.ANY);
        choose("#filter-language", "ru");
        assertEquals("2 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());
        assertEquals(2, settledFrame().scene().claims().size());
        clickOn("#filter-clear");
        assertEquals(6, settledFrame().scene().claims().size());
    }

    @Test
    void clickingASymbolSelectsItsRowAndShowsItsDetailsAndArticle() throws Exception {
        Frame f = settledFrame();
        moveTo(screenPointOf(f, avdiivka));
        waitFor(() -> app.window().hover().tooltip().isShowing());
        assertTrue(app.window().hover().tooltip().getText().startsWith("Avdiivka: captured (RU)"),
                app.window().hover().tooltip().getText());
        clickOn(screenPointOf(f, avdiivka));
        ClaimRecord r = record("Avdiivka");
        long id = r.claim().id();
        assertEquals(Set.of(id), app.session().selectedProperty().get());
        TableView<?> table = lookup("#claims-table").queryAs(TableView.class);
        assertEquals(r, table.getSelectionModel().getSelectedItem());
        Frame selected = settledFrame();
        assertTrue(marksAt(selected, avdiivka).get(0).selected(), "the symbol is highlighted");
        Text words = lookup("#quote-highlight-" + id).queryAs(Text.class);
        assertEquals("Avdiivka", words.getText());
        assertTrue(lookup("#details-card-" + id).tryQuery().isPresent());
        assertTrue(lookup("Russian Ministry of Defence (ru-side)").tryQuery().isPresent(), "claimant shown");
        assertTrue(lookup("Wire A").tryQuery().isPresent(), "outlet shown");
        for (javafx.scene.Node n : lookup(".details-field").queryAll()) {
            Label name = (Label) n;
            assertEquals(name.getText(), ((Text) name.lookup(".text")).getText(), "a field's name is shown whole, not elided");
        }
        clickOn("#open-article-" + id);
        waitFor(() -> lookup("#article-quote").tryQuery().isPresent());
        Text quote = lookup("#article-quote").queryAs(Text.class);
        assertEquals(r.claim().quote(), quote.getText());
        Text before = (Text) ((javafx.scene.text.TextFlow) quote.getParent()).getChildren().get(0);
        assertNotEquals(before.getFill(), quote.getFill(), "the quote stands out from the text around it");
        ScrollPane scroll = lookup("#article-scroll").queryAs(ScrollPane.class);
        waitFor(() -> scroll.getVvalue() > 0.5);
        Stage article = (Stage) quote.getScene().getWindow();
        interact(article::close);
        clickOn(lookup("#map").query().localToScreen(30, 30));
        waitFor(() -> app.session().selectedProperty().get().isEmpty());
        assertTrue(lookup("#details-empty").tryQuery().isPresent(), "clicking beside the symbols clears the selection");
    }

    @Test
    void selectingARowCentresTheMapOnTheClaimAndHighlightsIt() throws Exception {
        ClaimRecord robotyne = record("Robotyne");
        clickOn("Robotyne");
        Frame f = settledFrame();
        Coordinate c = MapProjection.lcc().project(robotyne.place().lon(), robotyne.place().lat());
        assertEquals(c.x, f.view().centerX(), 1);
        assertEquals(c.y, f.view().centerY(), 1);
        assertEquals(robotyne.claim().eventDate().date(), f.view().date(), "the date moves to the claim");
        List<ClaimMark> marks = marksAt(f, robotyne.place());
        assertEquals(1, marks.size());
        assertTrue(marks.get(0).selected());
        assertEquals(MapStyle.UA.getRGB(), argbAt(f, robotyne.place()), "the symbol itself, over its ring");
        java.awt.Color ring = new java.awt.Color(f.image().getRGB((int) Math.round(f.view().toScreenX(c.x) + 9),
                (int) Math.round(f.view().toScreenY(c.y))));
        assertTrue(ring.getRed() > 200 && ring.getGreen() > 150 && ring.getBlue() < 120, "a yellow ring: " + ring);
    }

    @Test
    void clickingOneRowWhileTheMapSelectedSeveralSelectsThatRowWithoutAnError() throws Exception {
        java.util.List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e)));
        interact(() -> app.window().timeBar().setDate(java.time.LocalDate.of(2024, 1, 25)));
        Frame f = settledFrame();
        Place kupiansk = record("Kupiansk").place();
        clickOn(screenPointOf(f, kupiansk));
        waitFor(() -> app.session().selectedProperty().get().size() == 2);
        TableView<?> table = lookup("#claims-table").queryAs(TableView.class);
        assertEquals(2, table.getSelectionModel().getSelectedItems().size(), "both claims at Kupiansk, in the table too");
        ClaimRecord denied = app.session().catalogProperty().get().records().stream()
                .filter(r -> r.claim().placeText().equals("Kupiansk") && r.claim().status().code().equals("denied"))
                .findFirst().orElseThrow();
        clickOn(lookup("#claims-table .table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("denied"))
                .queryAs(javafx.scene.Node.class));
        waitFor(() -> app.session().selectedProperty().get().size() == 1);
        assertEquals(Set.of(denied.claim().id()), app.session().selectedProperty().get());
        assertEquals(denied, table.getSelectionModel().getSelectedItem());
        assertEquals(1, table.getSelectionModel().getSelectedItems().size());
        assertTrue(errors.isEmpty(), "no error on the UI thread: " + errors);
    }
}
