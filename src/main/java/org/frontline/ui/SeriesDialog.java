package org.frontline.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.frontline.export.Cancellation;
import org.frontline.export.DateSeries;
import org.frontline.export.ExportProgress;
import org.frontline.export.ImageFormat;
import org.frontline.export.InvalidExportException;
import org.frontline.export.SeriesRequest;
import org.frontline.export.SeriesResult;
import org.frontline.export.SeriesStep;
import org.frontline.export.SnapshotRequest;
import org.frontline.render.ViewState;
import org.frontline.workspace.DisplaySettings;
import org.frontline.workspace.Workspace;

/**
 * File › Export date series…: numbered PNG frames of the map on screen (its extent, claimant view,
 * filters and layers) at every day, week, 30 days or claim date of a range, and optionally an
 * animated GIF of them. The export runs in the background with a progress bar, the rate and the
 * time left; Cancel stops it between two frames (the frames written stay, the GIF is not written).
 * The window is not modal: the map can be used while a series is written, the series keeps the
 * view it was started with.
 */
final class SeriesDialog {
    /** The steps offered, in the order shown. */
    enum Step {
        DAY("Every day", SeriesStep.DAILY),
        WEEK("Every week", SeriesStep.WEEKLY),
        MONTH("Every 30 days", SeriesStep.everyDays(30)),
        CHANGES("At each claim date", SeriesStep.CHANGES);

        final String label;
        final SeriesStep step;

        Step(String label, SeriesStep step) {
            this.label = label;
            this.step = step;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Sizes offered: the window's pixels times a factor. */
    private static final double[] FACTORS = {1, 2, 0.5};

    private final Executor background;
    private final Consumer<String> notify;
    private Stage stage;
    private Workspace workspace;
    private ViewState view;
    private DisplaySettings display;

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Step> step = new ComboBox<>();
    private final ComboBox<String> size = new ComboBox<>();
    private final TextField folder = new TextField();
    private final CheckBox gif = new CheckBox("Also write an animated GIF (looping)");
    private final Spinner<Integer> delay = new Spinner<>(20, 10_000, SeriesRequest.DEFAULT_FRAME_MILLIS, 50);
    private final ProgressBar bar = new ProgressBar(0);
    private final Label message = new Label();
    private final Button start = new Button("Export");
    private final Button cancel = new Button("Close");
    private Cancellation running;

    SeriesDialog(Executor background, Consumer<String> notify) {
        this.background = background;
        this.notify = notify;
    }

    /** Opens the dialog for the map as it is now (or brings it to the front with the new view when idle). */
    void open(Window owner, Workspace ws, ViewState onScreen, DisplaySettings displayed) {
        if (stage == null) {
            build(owner);
        }
        if (running == null) {
            this.workspace = ws;
            this.view = onScreen;
            this.display = displayed;
            fillDefaults();
        }
        stage.show();
        stage.toFront();
    }

    /** True while a series is being written. */
    boolean isRunning() {
        return running != null;
    }

    private void build(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Export a date series");
        from.setId("series-from");
        to.setId("series-to");
        from.setConverter(TimeBar.isoDates());
        to.setConverter(TimeBar.isoDates());
        step.setId("series-step");
        step.getItems().setAll(Step.values());
        step.setValue(Step.WEEK);
        size.setId("series-size");
        folder.setId("series-folder");
        folder.setPrefColumnCount(28);
        gif.setId("series-gif");
        gif.setSelected(true);
        delay.setId("series-delay");
        delay.setEditable(true);
        delay.disableProperty().bind(gif.selectedProperty().not());
        bar.setId("series-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        message.setId("series-message");
        message.setWrapText(true);
        message.setPrefWidth(560);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        start.setId("series-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> begin());
        cancel.setId("series-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());
        Button browse = Buttons.of("Browse…", "series-browse", "Choose the folder for the frames", this::chooseFolder);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label("From"), from);
        form.addRow(row++, new Label("To"), to);
        form.addRow(row++, new Label("Frames"), step);
        form.addRow(row++, new Label("Size"), size);
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        form.addRow(row++, new Label("Folder"), folderRow);
        form.addRow(row++, new Label(""), gif);
        form.addRow(row, new Label("GIF frame (ms)"), delay);
        HBox buttons = new HBox(8, start, cancel);
        VBox root = new VBox(10, form, bar, message, buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelOrClose();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (running != null) {
                running.cancel();
            }
        });
    }

    private void fillDefaults() {
        LocalDate end = view.date() != null ? view.date() : LocalDate.now();
        LocalDate first = workspace.dateRange().map(r -> r[0]).orElse(end.minusWeeks(12));
        LocalDate begin = end.minusWeeks(12).isBefore(first) ? first : end.minusWeeks(12);
        from.setValue(begin);
        to.setValue(end);
        size.getItems().clear();
        for (double f : FACTORS) {
            size.getItems().add(String.format(java.util.Locale.ROOT, "%d × %d (%s)", Math.round(view.width() * f),
                    Math.round(view.height() * f), f == 1 ? "as the window" : f > 1 ? "twice the window, for print" : "half the window"));
        }
        size.getSelectionModel().select(0);
        if (folder.getText().isBlank()) {
            folder.setText(Path.of(System.getProperty("user.home"), "frontline-series-" + begin + "-to-" + end).toString());
        }
        bar.setProgress(0);
        message.setText("The frames show the map as on screen now: its extent, view, filters and layers.");
        message.setStyle("");
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the series frames");
        File current = new File(folder.getText()).getParentFile();
        if (current != null && current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }

    private SeriesRequest request() {
        if (from.getValue() == null || to.getValue() == null) {
            throw new InvalidExportException("choose the first and the last date");
        }
        if (folder.getText().isBlank()) {
            throw new InvalidExportException("choose a folder for the frames");
        }
        double factor = FACTORS[Math.max(0, size.getSelectionModel().getSelectedIndex())];
        SnapshotRequest frame = SnapshotRequest.ofViewerView(view, factor, ImageFormat.PNG);
        Path dir = Path.of(folder.getText().strip());
        Path gifFile = gif.isSelected() ? dir.resolve("series-" + from.getValue() + "-to-" + to.getValue() + ".gif") : null;
        return new SeriesRequest(from.getValue(), to.getValue(), step.getValue().step, frame, dir, gifFile, delay.getValue());
    }

    private void begin() {
        if (running != null) {
            return;
        }
        SeriesRequest request;
        try {
            request = request();
        } catch (InvalidExportException e) {
            problem(e.getMessage());
            return;
        }
        Cancellation token = new Cancellation();
        running = token;
        int[] written = {0, 0};
        start.setDisable(true);
        cancel.setText("Cancel");
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        message.setStyle("");
        message.setText("Preparing the series…");
        Workspace ws = workspace;
        DisplaySettings shown = display;
        CompletableFuture.supplyAsync(() -> new DateSeries(ws, shown, p -> Platform.runLater(() -> progressed(p, written)),
                token).write(request), background).whenComplete((result, error) -> Platform.runLater(() -> {
                    running = null;
                    start.setDisable(false);
                    cancel.setText("Close");
                    finished(request, result, FrontlineApp.causeOf(error), written[0], written[1]);
                }));
    }

    private void progressed(ExportProgress p, int[] written) {
        written[0] = p.done();
        written[1] = p.total();
        bar.setProgress(p.done() / (double) p.total());
        message.setText(p.describe("frames") + " — " + p.current());
    }

    private void finished(SeriesRequest request, SeriesResult result, Throwable error, int done, int total) {
        if (error == null) {
            bar.setProgress(1);
            String text = String.format(java.util.Locale.ROOT, "Wrote %d frame(s)%s to %s in %.1f s (%.1f frames/s).",
                    result.frames().size(), result.gif() != null ? " and " + result.gif().getFileName() : "",
                    request.folder(), result.elapsed().toNanos() / 1e9, result.framesPerSecond());
            message.setText(text);
            notify.accept(text);
        } else if (error instanceof CancellationException) {
            problem("Cancelled after " + done + (total > 0 ? " of " + total : "") + " frame(s); the frames written stay in "
                    + request.folder() + (request.gif() != null ? "; no GIF was written." : "."));
        } else {
            problem("The series failed: " + (error.getMessage() == null ? error.toString() : error.getMessage()));
        }
    }

    private void problem(String text) {
        bar.setProgress(0);
        message.setStyle("-fx-text-fill: #b00020;");
        message.setText(text);
    }

    private void cancelOrClose() {
        if (running != null) {
            running.cancel();
            message.setText("Cancelling after the current frame…");
        } else {
            stage.hide();
        }
    }
}
