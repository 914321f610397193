package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Side;
import org.frontline.render.ClaimView;
import org.frontline.render.Frame;
import org.frontline.render.LayerKind;
import org.frontline.render.ViewState;
import org.frontline.testing.ViewerFixtures;
import org.frontline.workspace.ArticleImporter;
import org.frontline.workspace.ArticleImporter.ImportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user set up survives a restart; importing runs in the background and shows up everywhere. */
class ViewerRestartTest extends ViewerTestBase {
    @TempDir
    Path dir;

    @Test
    void restartRestoresDateViewLayersFiltersAndWindow() throws Exception {
        Path db = ViewerFixtures.store(dir.resolve("restart.db"));
        open(db);
        DatePicker field = lookup("#date-field").queryAs(DatePicker.class);
        doubleClickOn(field.getEditor());
        push(KeyCode.CONTROL, KeyCode.A);
        write("2023-08-28").type(KeyCode.ENTER);
        choose("#view-selector", ClaimView.UA.label());
        clickOn("#layer-SETTLEMENTS");
        clickOn("Claims").clickOn("#layer-down");
        choose("#filter-type", "retaken");
        choose("#play-speed", "30");
        clickOn("#map").type(KeyCode.PLUS);
        Stage stage = (Stage) lookup("#map").query().getScene().getWindow();
        interact(() -> stage.setWidth(1100));
        Frame before = settledFrame();
        ViewState v = before.view();
        assertEquals(1, before.scene().claims().size(), "only Robotyne: UA-side, retaken, in the window");
        closeApp();
        String saved = Files.readString(ViewerSettings.fileFor(db));
        assertTrue(saved.contains("1100.0"), saved);

        open(db);
        Frame after = settledFrame();
        assertEquals(LocalDate.of(2023, 8, 28), after.view().date());
        assertEquals("Mon 28 Aug 2023", lookup("#date-label").queryAs(Label.class).getText());
        assertEquals(ClaimView.UA, after.view().view());
        assertEquals(ClaimView.UA, lookup("#view-selector").queryAs(ComboBox.class).getValue());
        assertEquals(v.centerX(), after.view().centerX(), 1e-6);
        assertEquals(v.metresPerPixel(), after.view().metresPerPixel(), 1e-6);
        assertFalse(after.scene().layers().visible(LayerKind.SETTLEMENTS));
        assertEquals(before.scene().layers().order(), after.scene().layers().order());
        assertEquals(Set.of(ClaimType.RETAKEN), app.session().filterProperty().get().types());
        assertEquals("retaken", lookup("#filter-type").queryAs(ComboBox.class).getValue());
        assertEquals("2 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());
        assertEquals(30, lookup("#play-speed").queryAs(ComboBox.class).getValue());
        assertEquals(before.scene().claims(), after.scene().claims());
    }

    @Test
    void importRunsInTheBackgroundAndTheNewClaimAppearsEverywhere() throws Exception {
        Path db = ViewerFixtures.store(dir.resolve("import.db"));
        AtomicBoolean offFxThread = new AtomicBoolean();
        ArticleImporter fixture = (files, progress, cancelled) -> {
            offFxThread.set(!Platform.isFxApplicationThread());
            progress.progress(0, files.size(), "Reading " + files.get(0).getFileName());
            ViewerFixtures.store(db, List.of(new ViewerFixtures.Spec("Bakhmut", 1L, ClaimType.RETAKEN, Side.UA,
                    ClaimStatus.ASSERTED, "General Staff of Ukraine", ClaimantKind.UA_SIDE, ViewerFixtures.LAST.minusDays(2),
                    "uk", "Ukr Fixture", 0.9, false)));
            progress.progress(1, files.size(), "Done");
            return new ImportSummary(1, 0, 1, List.of(), false);
        };
        open(db, fixture);
        assertEquals("7 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());
        interact(() -> app.importFiles(List.of(dir.resolve("new-article.txt"))));
        waitFor(() -> lookup("#claims-count").queryAs(Label.class).getText().equals("8 of 8 claims"));
        assertTrue(offFxThread.get(), "the importer ran off the FX thread");
        assertEquals("Imported 1 article(s), 1 claim(s); 0 skipped", lookup("#import-message").queryAs(Label.class).getText());
        Frame f = settledFrame();
        assertTrue(marksAt(f, ViewerFixtures.place("Bakhmut")).stream().anyMatch(m -> m.side() == Side.UA),
                "the imported claim is on the map");
    }

    @Test
    void cancelStopsALongImportAndTheWindowAnswersMeanwhile() throws Exception {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ArticleImporter slow = (files, progress, cancelled) -> {
            int total = 10_000;
            while (!cancelled.getAsBoolean() && done.get() < total) {
                progress.progress(done.incrementAndGet(), total, "Article " + done.get());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return new ImportSummary(done.get(), 0, 0, List.of(), cancelled.getAsBoolean());
        };
        open(ViewerFixtures.store(dir.resolve("cancel.db")), slow);
        interact(() -> app.importFiles(List.of(dir.resolve("big.jsonl"))));
        waitFor(() -> lookup("#import-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress() > 0.001);
        clickOn("#day-back");
        assertEquals(ViewerFixtures.LAST.minusDays(1), settledFrame().view().date(), "the map answers during the import");
        clickOn("#import-cancel");
        waitFor(() -> lookup("#import-message").queryAs(Label.class).getText().startsWith("Import cancelled"));
        assertTrue(done.get() < 10_000, "stopped early, after " + done.get());
        assertFalse(lookup("#import-cancel").query().isVisible(), "the Cancel button goes with the import");
    }

    @Test
    void settingsAreSavedSoonAfterAChangeWithoutClosingTheWindow() throws Exception {
        Path db = ViewerFixtures.store(dir.resolve("autosave.db"));
        open(db);
        Path file = ViewerSettings.fileFor(db);
        clickOn("#day-back");
        clickOn("#day-back");
        LocalDate shown = settledFrame().view().date();
        assertEquals(ViewerFixtures.LAST.minusDays(2), shown);
        waitFor(() -> Files.exists(file) && Files.readString(file).contains("\"" + shown + "\""));
        assertTrue(app.map() != null, "still open: saved while running, not on close");
    }

    @Test
    void aFailingImportIsShownAsAReadableDialog() throws Exception {
        open(ViewerFixtures.store(dir.resolve("fail.db")));
        interact(() -> app.importFiles(List.of(dir.resolve("x.txt"))));
        waitFor(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("The articles could not be imported", dialog.getHeaderText());
        assertEquals("Importing articles is not available in this build.", dialog.getContentText());
        interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}
