package org.frontline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.frontline.workspace.ArticleImporter;
import org.frontline.workspace.ArticleImporter.ImportSummary;

/**
 * Runs an article import in the background with a progress bar and a Cancel button in the status
 * area, then reports a summary. One import at a time; the window stays responsive throughout.
 * Progress is handed to the FX thread; cancellation is a flag the importer polls.
 */
final class ImportPanel extends HBox {
    private final ProgressBar bar = new ProgressBar(0);
    private final Label message = new Label();
    private final Button cancel = new Button("Cancel");
    private final Executor background;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ArticleImporter importer;
    private boolean running;

    ImportPanel(ArticleImporter importer, Executor background) {
        this.importer = importer;
        this.background = background;
        setId("import-panel");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        bar.setId("import-progress");
        bar.setPrefWidth(160);
        message.setId("import-message");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> cancelled.set(true));
        getChildren().addAll(message, bar, cancel);
        idle();
    }

    void setImporter(ArticleImporter importer) {
        this.importer = importer;
    }

    boolean isRunning() {
        return running;
    }

    /**
     * Imports the files; {@code done} gets the summary on the FX thread, {@code failed} any error.
     * Ignored (with a message) while an import runs.
     */
    void run(List<Path> files, Consumer<ImportSummary> done, BiConsumer<String, Throwable> failed) {
        if (running) {
            message.setText("An import is already running.");
            return;
        }
        running = true;
        cancelled.set(false);
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        message.setText("Importing " + files.size() + " file(s)…");
        bar.setVisible(true);
        cancel.setVisible(true);
        ArticleImporter imp = importer;
        CompletableFuture.supplyAsync(() -> imp.importFiles(files, (n, total, what) -> Platform.runLater(() -> {
            bar.setProgress(total > 0 ? n / (double) total : ProgressBar.INDETERMINATE_PROGRESS);
            message.setText(what);
        }), cancelled::get), background).whenComplete((summary, error) -> Platform.runLater(() -> {
            running = false;
            idle();
            if (error != null) {
                message.setText("Import failed.");
                failed.accept("The articles could not be imported", FrontlineApp.causeOf(error));
            } else {
                message.setText(describe(summary));
                done.accept(summary);
            }
        }));
    }

    static String describe(ImportSummary s) {
        return (s.cancelled() ? "Import cancelled: " : "Imported ") + s.articles() + " article(s), " + s.claims()
                + " claim(s); " + s.skipped() + " skipped" + (s.problems().isEmpty() ? "" : ", " + s.problems().size()
                + " problem(s)");
    }

    private void idle() {
        bar.setVisible(false);
        cancel.setVisible(false);
    }
}
