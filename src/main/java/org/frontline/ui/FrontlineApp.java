package org.frontline.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.frontline.cli.StoreOption;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.render.MapRenderer;
import org.frontline.render.ViewState;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.workspace.Workspace;

/**
 * The Frontline viewer window: menus, the map, the time bar and the status bar.
 *
 * <p>The basemap loads on a background thread while JavaFX starts, so the first map appears as
 * soon as both are ready. Rendering runs on one background thread ({@link MapCanvas}).
 */
public final class FrontlineApp extends Application {
    private static final Logger LOG = Logger.getLogger(FrontlineApp.class.getName());
    private static volatile CompletableFuture<Basemap> earlyBasemap;
    private static volatile CompletableFuture<Gazetteer> earlyGazetteer;

    private final ExecutorService renderThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "frontline-render");
        t.setDaemon(true);
        return t;
    });
    private Path storeFile;
    private Workspace workspace;
    private MapCanvas map;
    private TimeBar timeBar;
    private StatusBar statusBar;
    private final Label emptyState = new Label();

    /** Starts loading the basemap at once, then launches the viewer. */
    public static void launchViewer(String[] args) {
        earlyBasemap = CompletableFuture.supplyAsync(Basemap::loadDefault);
        earlyGazetteer = CompletableFuture.supplyAsync(Gazetteer::loadDefault);
        Application.launch(FrontlineApp.class, args);
    }

    /** For tests: the store the window opens, instead of the command-line parameters. */
    public FrontlineApp withStore(Path file) {
        this.storeFile = file;
        return this;
    }

    @Override
    public void start(Stage stage) {
        if (storeFile == null) {
            storeFile = storeFromParameters();
        }
        CompletableFuture<Basemap> basemapLoad = earlyBasemap != null ? earlyBasemap
                : CompletableFuture.supplyAsync(Basemap::loadDefault);
        CompletableFuture<Gazetteer> gazetteerLoad = earlyGazetteer != null ? earlyGazetteer
                : CompletableFuture.supplyAsync(Gazetteer::loadDefault);
        CompletableFuture<Workspace> opened = basemapLoad.thenCombine(gazetteerLoad,
                (b, g) -> Workspace.open(storeFile, b, g, CompletableFuture.delayedExecutor(0, java.util.concurrent.TimeUnit.MILLISECONDS)));
        BorderPane root = new BorderPane();
        root.setId("root");
        StackPane centre = new StackPane();
        emptyState.setId("empty-state");
        emptyState.getStyleClass().add("empty-state");
        emptyState.setText("Loading the map…");
        centre.getChildren().add(emptyState);
        root.setCenter(centre);
        timeBar = new TimeBar();
        statusBar = new StatusBar();
        root.setBottom(new VBox(timeBar, statusBar));
        root.setTop(new MainMenu(this::fitAll, this::showAbout, Platform::exit).bar());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(FrontlineApp.class.getResource("frontline.css").toExternalForm());
        stage.setTitle("Frontline — " + storeFile.getFileName());
        stage.setScene(scene);
        stage.show();
        opened.whenComplete((w, error) -> Platform.runLater(() -> {
            if (error != null) {
                showError("The map data could not be loaded", error);
            } else {
                openWorkspace(centre, w);
            }
        }));
    }

    private Path storeFromParameters() {
        String db = getParameters() == null ? null : getParameters().getNamed().get("db");
        return db != null ? Path.of(db) : StoreOption.defaultFile();
    }

    private void openWorkspace(StackPane centre, Workspace opened) {
        workspace = opened;
        map = new MapCanvas(renderThread, workspace::sceneFor, new MapRenderer(),
                e -> showError("The map could not be drawn", e));
        centre.getChildren().add(0, map);
        var range = workspace.dateRange();
        timeBar.setRange(range.map(r -> r[0]).orElse(null), range.map(r -> r[1]).orElse(null));
        emptyState.setText(range.isPresent() ? "" : "No claims in this store yet.\nUse File › Import articles… to add some.");
        emptyState.setVisible(range.isEmpty());
        emptyState.setMouseTransparent(true);
        statusBar.follow(map);
        reportFirstFrame();
        workspace.areasReady().whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                showError("The control areas could not be computed", error);
            } else {
                map.repaint();
            }
        }));
        timeBar.dateProperty().addListener((o, a, d) -> {
            if (map.viewProperty().get() != null) {
                map.viewProperty().set(map.viewProperty().get().withDate(d));
            }
        });
        Platform.runLater(() -> {
            int w = (int) Math.max(100, centre.getWidth());
            int h = (int) Math.max(100, centre.getHeight());
            map.viewProperty().set(ViewState.fitting(workspace.homeExtent(), w, h, timeBar.dateProperty().get(), ClaimView.ALL));
            map.requestFocus();
        });
        map.setOnFitAll(this::fitAll);
    }

    /**
     * With {@code -Dfrontline.reportStartup=true}, prints how long after the JVM started the first map
     * was on screen (the cold-start figure of the README); with {@code -Dfrontline.exitAfterFirstFrame=true}
     * the viewer then quits, for benchmarks.
     */
    private void reportFirstFrame() {
        if (!Boolean.getBoolean("frontline.reportStartup")) {
            return;
        }
        map.frameProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.frontline.render.Frame> o,
                                org.frontline.render.Frame a, org.frontline.render.Frame f) {
                map.frameProperty().removeListener(this);
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("frontline: first map drawn " + ms + " ms after JVM start");
                if (Boolean.getBoolean("frontline.exitAfterFirstFrame")) {
                    Platform.runLater(Platform::exit);
                }
            }
        });
    }

    private void fitAll() {
        if (map != null && map.viewProperty().get() != null) {
            ViewState v = map.viewProperty().get();
            map.viewProperty().set(ViewState.fitting(workspace.homeExtent(), v.width(), v.height(), v.date(), v.view()));
        }
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle("About Frontline");
        about.setHeaderText("Frontline 0.1.0 — claims about the war in Ukraine, mapped offline");
        about.setContentText(AboutText.TEXT);
        about.show();
    }

    void showError(String what, Throwable error) {
        LOG.log(Level.WARNING, what, error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Frontline");
        alert.setHeaderText(what);
        alert.setContentText(error.getMessage() == null ? error.toString() : error.getMessage());
        alert.show();
    }

    /** The map, for tests. */
    MapCanvas map() {
        return map;
    }

    @Override
    public void stop() {
        renderThread.shutdownNow();
        if (workspace != null) {
            workspace.close();
        }
    }
}
