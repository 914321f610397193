package org.frontline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.frontline.workspace.ArticleImporter.ImportSummary;

/**
 * How articles come in: File › Import articles… and files dropped on the window both run the
 * importer in the background through the {@link ImportPanel}, then tell the application to reload
 * and show a summary (with a dialog listing problems, if any). FX thread only.
 */
final class ArticleImport {
    private final Stage stage;
    private final ImportPanel panel;
    private final Consumer<ImportSummary> imported;
    private final BiConsumer<String, Throwable> onError;

    ArticleImport(Stage stage, ImportPanel panel, Consumer<ImportSummary> imported, BiConsumer<String, Throwable> onError) {
        this.stage = stage;
        this.panel = panel;
        this.imported = imported;
        this.onError = onError;
    }

    /** Asks for files, then imports them. */
    void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.html", "*.htm", "*.jsonl", "*.csv", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            run(files.stream().map(File::toPath).toList());
        }
    }

    /** Accepts files dropped anywhere on the window. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                run(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void run(List<Path> files) {
        panel.run(files, summary -> {
            imported.accept(summary);
            if (!summary.problems().isEmpty()) {
                Alert a = new Alert(Alert.AlertType.WARNING, String.join("\n", summary.problems()));
                a.setHeaderText(ImportPanel.describe(summary));
                a.initOwner(stage);
                a.show();
            }
        }, onError);
    }
}
