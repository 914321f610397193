package org.frontline.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.frontline.cli.StoreOption;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimMark;
import org.frontline.render.ClaimView;
import org.frontline.render.MapRenderer;
import org.frontline.render.ViewState;
import org.frontline.workspace.ArticleImporter;
import org.frontline.workspace.ClaimCatalog;
import org.frontline.workspace.ClaimRecord;
import org.frontline.workspace.PlaceDirectory;
import org.frontline.workspace.Workspace;
import org.locationtech.jts.geom.Coordinate;

/**
 * The Frontline viewer window: menus, search and view selector, layers/legend/review on the left,
 * the map with the claim details beside it, the claims table below, the time bar and status bar.
 *
 * <p>The basemap loads on a background thread while JavaFX starts; the claims load on the work
 * thread. Rendering runs on its own background thread ({@link MapCanvas}). The places, the
 * importer and the export dialog are ports the application wires ({@link #withPlaces},
 * {@link #withImporter}, {@link #withExport}). What the user set up is kept in
 * {@link ViewerSettings} beside the store.
 */
public final class FrontlineApp extends Application {
    private static final Logger LOG = Logger.getLogger(FrontlineApp.class.getName());
    private static volatile CompletableFuture<Basemap> earlyBasemap;
    private static volatile CompletableFuture<Gazetteer> earlyGazetteer;
    private static volatile ViewerLaunch launch;

    private final ExecutorService renderThread = daemonThread("frontline-render");
    private final ExecutorService workThread = daemonThread("frontline-work");
    private final ExecutorService importThread = daemonThread("frontline-import");
    /** Exports and date series, which may run for minutes: off the work thread, so edits and reloads go on. */
    private final ExecutorService exportThread = daemonThread("frontline-export");
    private final ExecutorService areaBuilder = daemonThread("frontline-areas");
    private final StartGate areasAfterFirstFrame = new StartGate(areaBuilder);
    private Executor claimLoader = workThread;
    private volatile boolean stopped;
    private StoreWatcher watcher;
    private final ViewerSession session = new ViewerSession();
    private Path storeFile;
    private Path settingsFile;
    private final DeferredPlaces gazetteerPlaces = new DeferredPlaces();
    private PlaceDirectory places = gazetteerPlaces;
    private ArticleImporter importer;
    private ExportHook exportHook;
    private SeriesDialog seriesDialog;
    private ViewerSettings settings = ViewerSettings.defaults();
    static final javafx.util.Duration AUTOSAVE_DELAY = javafx.util.Duration.seconds(2);
    private Stage stage;
    private Workspace workspace;
    private ViewerWindow ui;
    private ClaimEdits edits;
    private ViewFlight flight;
    private ArticleImport articleImport;

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts loading the basemap and the gazetteer in the background, before the command line is
     * even parsed, when the viewer is likely to open. Idempotent; the viewer uses these loads.
     */
    public static synchronized void preload() {
        if (earlyBasemap == null) {
            StartupReport.mark("preload");
            earlyBasemap = CompletableFuture.supplyAsync(Basemap::loadDefault)
                    .whenComplete((b, e) -> StartupReport.mark("basemap loaded"));
            earlyGazetteer = CompletableFuture.supplyAsync(Gazetteer::loadDefault)
                    .whenComplete((g, e) -> StartupReport.mark("gazetteer loaded"));
        }
    }

    /** Starts loading the basemap and the gazetteer (unless already started), then launches the viewer on the given store. */
    public static void launchViewer(ViewerLaunch how) {
        launch = how;
        preload();
        StartupReport.mark("launch");
        Application.launch(FrontlineApp.class);
    }

    /** The store the window opens, instead of the command-line parameters. */
    public FrontlineApp withStore(Path file) {
        this.storeFile = file;
        return this;
    }

    /** Where the viewer remembers its state (default: {@code <store>.viewer.json}). */
    public FrontlineApp withSettingsFile(Path file) {
        this.settingsFile = file;
        return this;
    }

    /** Places for claims and the search box instead of the shipped gazetteer (tests use small tables). */
    public FrontlineApp withPlaces(PlaceDirectory directory) {
        this.places = directory;
        return this;
    }

    /** The ingest engine behind File › Import articles… and drag-and-drop. */
    public FrontlineApp withImporter(ArticleImporter articleImporter) {
        this.importer = articleImporter;
        return this;
    }

    /**
     * Where the complete catalog is read after the first frame (default: the work thread, in order
     * with edits). Tests pass an executor they hold, to see the window before the rest arrives.
     */
    FrontlineApp withClaimLoader(Executor loader) {
        this.claimLoader = loader;
        return this;
    }

    /** The export dialog behind File › Export…. */
    public FrontlineApp withExport(ExportHook hook) {
        this.exportHook = hook;
        return this;
    }

    @Override
    public void start(Stage primary) {
        StartupReport.mark("JavaFX started");
        this.stage = primary;
        ViewerLaunch how = launch;
        if (storeFile == null) {
            storeFile = how != null ? how.store() : storeFromParameters();
        }
        if (importer == null) {
            importer = how != null ? how.importer().apply(storeFile) : ArticleImporter.unavailable();
        }
        if (exportHook == null) {
            exportHook = new ExportDialog(exportThread, this::notify, this::showError);
        }
        settingsFile = settingsFile != null ? settingsFile : ViewerSettings.fileFor(storeFile);
        readSettings();
        CompletableFuture<Basemap> basemap = earlyBasemap != null ? earlyBasemap
                : CompletableFuture.supplyAsync(Basemap::loadDefault);
        CompletableFuture<Gazetteer> gazetteer = earlyGazetteer != null ? earlyGazetteer
                : CompletableFuture.supplyAsync(Gazetteer::loadDefault);
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> {
            if (how != null) {
                how.prepareStore().accept(storeFile);
            }
        }, workThread);
        CompletableFuture<Opened> opened = basemap.thenCombine(gazetteer, (b, g) -> new Object[] {b, g})
                .thenCombineAsync(prepared, (bg, done) -> openFirstWindow((Basemap) bg[0], (Gazetteer) bg[1]), workThread);
        edits = new ClaimEdits(storeFile, workThread, session, () -> places, this::notify, this::showError);
        ui = new ViewerWindow(session, edits, places, workThread, new ImportPanel(importer, importThread),
                this::showError, this::openArticle, menuCommands());
        session.filterProperty().set(settings.filter());
        session.layersProperty().set(settings.layers());
        ui.timeBar().speed().setValue(settings.speed());
        primary.setTitle("Frontline — " + storeFile.getFileName());
        primary.setScene(ui.scene());
        double[] w = settings.window();
        if (w != null && !javafx.stage.Screen.getScreensForRectangle(w[0], w[1], w[2], w[3]).isEmpty()) {
            primary.setX(w[0]);
            primary.setY(w[1]);
            primary.setWidth(w[2]);
            primary.setHeight(w[3]);
        } else {
            primary.sizeToScene();
        }
        articleImport = new ArticleImport(primary, ui.importPanel(), summary -> {
            notify(ImportPanel.describe(summary));
            edits.reload(c -> showCatalog(c, false));
        }, this::showError);
        articleImport.acceptDrops(ui.scene());
        primary.show();
        StartupReport.mark("window shown");
        opened.whenComplete((o, error) -> Platform.runLater(() -> {
            if (error != null) {
                showError("The map data could not be loaded", error);
            } else {
                openWorkspace(o.workspace(), o.window());
            }
        }));
    }

    /** The workspace opened without its claims, and the claims of the first window it draws. */
    private record Opened(Workspace workspace, ClaimCatalog window) {
    }

    /**
     * Opens the store on the work thread and reads what the first frame shows: the claims of the
     * time window ending at the restored date (or the last date), through the date index, not the
     * whole store. The complete catalog is read after the first frame ({@link #loadAllClaims}).
     */
    private Opened openFirstWindow(Basemap basemap, Gazetteer gazetteer) {
        Workspace ws = Workspace.openWithoutClaims(storeFile, basemap, gazetteer, areasAfterFirstFrame);
        gazetteerPlaces.set(ws.placeDirectory());
        StartupReport.mark("store opened");
        ClaimCatalog window = ws.readWindow(settings.date(), settings.filter().windowDays(), places);
        StartupReport.mark("first window read (" + window.records().size() + " claims)");
        return new Opened(ws, window);
    }

    /**
     * Reads every claim on {@code loader} (the work thread unless a test holds it, once the first
     * frame is drawn), then hands the complete catalog to the table, filters, review queue and
     * control areas.
     */
    private void loadAllClaims(MapCanvas map, Executor loader) {
        notify("Reading all claims of the store…");
        CompletableFuture<Object> loaded = new CompletableFuture<>();
        edits.reloadOn(loader, c -> {
            showCatalog(c, false);
            notify(String.format(java.util.Locale.ROOT, "%,d claims loaded.", c.records().size()));
            // The session's listener has handed the catalog to the workspace: these are its areas.
            workspace.areasReady().whenComplete((ok, error) -> loaded.complete(c));
        });
        StartupReport.whenLoaded(map, loaded);
    }

    private Path storeFromParameters() {
        String db = getParameters() == null ? null : getParameters().getNamed().get("db");
        return db != null ? Path.of(db) : StoreOption.defaultFile();
    }

    private void readSettings() {
        try {
            settings = ViewerSettings.read(settingsFile);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Viewer settings " + settingsFile + " unreadable; using defaults", e);
            settings = ViewerSettings.defaults();
        }
    }

    private void openWorkspace(Workspace opened, ClaimCatalog window) {
        StartupReport.mark("workspace open");
        workspace = opened;
        MapCanvas map = new MapCanvas(renderThread, workspace::sceneFor, new MapRenderer(),
                e -> showError("The map could not be drawn", e));
        repaintWhenAreasReady(map);
        StartGate claimsAfterFirstFrame = new StartGate(claimLoader);
        Runnable afterFirstFrame = () -> afterFirstFrame(claimsAfterFirstFrame);
        map.onNextFrame(afterFirstFrame);
        // A window that is never drawn (minimised, off screen, a failed render) still gets its
        // panels, claims and areas, for exports.
        CompletableFuture.delayedExecutor(3, java.util.concurrent.TimeUnit.SECONDS)
                .execute(() -> Platform.runLater(afterFirstFrame));
        // Every new catalog (an import, an edit, an undo) redraws the areas from the corrected claims.
        session.catalogProperty().addListener((o, old, catalog) -> {
            if (!stopped && catalog != null && catalog != workspace.catalog()) {
                workspace.reload(catalog);
                repaintWhenAreasReady(map);
            }
        });
        StartupReport.install(map);
        autosaveSettings(map);
        // Claims written meanwhile by another process (a command-line ingest) appear without a restart.
        watcher = new StoreWatcher(storeFile, workThread, javafx.util.Duration.seconds(3),
                () -> edits.reload(c -> showCatalog(c, false)));
        watcher.start();
        map.displayProperty().bind(session.display());
        flight = new ViewFlight(map.viewProperty());
        ui.attachMap(map);
        map.setOnMapClick(this::mapClicked);
        map.setOnFitAll(this::fitAll);
        map.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                edits.cancelPlacing();
            }
        });
        ui.timeBar().dateProperty().addListener((o, a, d) -> {
            if (map.viewProperty().get() != null) {
                map.viewProperty().set(map.viewProperty().get().withDate(d));
            }
        });
        session.claimViewProperty().addListener((o, a, v) -> {
            if (map.viewProperty().get() != null && v != null) {
                map.viewProperty().set(map.viewProperty().get().withView(v));
            }
        });
        ui.onClaimChosen(this::centreOn);
        ui.onFlyTo(this::flyTo);
        session.catalogProperty().set(window);
        showCatalog(window, true);
        loadAllClaims(map, claimsAfterFirstFrame);
    }

    /**
     * What waits for the first map (on two cores it would share them with it): the control areas,
     * the complete read of the claims (a million at 100k articles), and the claims table, its
     * filters, the details and the layer list, made once the pulse that shows the first frame is
     * over. Idempotent: called on the first frame and again after 3 s. FX thread.
     */
    private void afterFirstFrame(StartGate claimsAfterFirstFrame) {
        if (stopped) {
            return;
        }
        areasAfterFirstFrame.open();
        claimsAfterFirstFrame.open();
        afterNextPulse(ui::addDeferredPanels);
    }

    /** Runs {@code action} on the FX thread once the next pulse (CSS, layout, the scene handed to the renderer) is over. */
    private void afterNextPulse(Runnable action) {
        new javafx.animation.AnimationTimer() {
            private boolean pulsed;

            @Override
            public void handle(long now) {
                if (pulsed) { // the pulse of the previous call has finished
                    stop();
                    if (!stopped) {
                        action.run();
                    }
                }
                pulsed = true;
            }
        }.start();
    }

    /** Repaints once the control areas of the workspace's current catalog are built. */
    private void repaintWhenAreasReady(MapCanvas map) {
        workspace.areasReady().whenComplete((ok, error) -> Platform.runLater(() -> {
            if (stopped) {
                return;
            }
            if (error != null) {
                showError("The control areas could not be computed", error);
            } else {
                map.repaint();
            }
        }));
    }

    /** Shows newly loaded claims: time range, histogram, empty state; the first time, the restored view. */
    private void showCatalog(ClaimCatalog catalog, boolean first) {
        List<LocalDate> dates = catalog.claimDates();
        LocalDate selected = ui.timeBar().dateProperty().get();
        ui.timeBar().setRange(dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1));
        ui.timeBar().setClaims(catalog.claimDays());
        LocalDate wanted = first ? settings.date() : selected;
        if (wanted != null) {
            ui.timeBar().setDate(wanted);
        }
        ui.showEmptyState(dates.isEmpty());
        if (first) {
            Platform.runLater(this::restoreView);
        }
    }

    private void restoreView() {
        MapCanvas map = ui.map();
        // Lay the window out now, so that the first view fits the map's real size, not a provisional one.
        ui.scene().getRoot().applyCss();
        ui.scene().getRoot().layout();
        int w = (int) Math.max(100, map.getWidth());
        int h = (int) Math.max(100, map.getHeight());
        LocalDate d = ui.timeBar().dateProperty().get();
        double[] c = settings.centre();
        session.claimViewProperty().set(settings.view());
        map.viewProperty().set(c != null ? new ViewState(c[0], c[1], c[2], w, h, d, settings.view())
                : ViewState.fitting(workspace.homeExtent(), w, h, d, settings.view()));
        map.requestFocus();
    }

    private void mapClicked(MouseEvent e) {
        MapCanvas map = ui.map();
        if (map.viewProperty().get() == null) {
            return;
        }
        Coordinate at = map.viewProperty().get().toModel(e.getX(), e.getY());
        if (edits.placeAt(at)) {
            return;
        }
        List<ClaimMark> hits = ui.hover().at(e.getX(), e.getY());
        if (hits.isEmpty()) {
            session.select(Set.of());
            return;
        }
        // Every claim at the nearest symbol's place: the details list them together.
        ClaimMark nearest = hits.get(0);
        session.select(hits.stream().filter(m -> m.x() == nearest.x() && m.y() == nearest.y())
                .map(ClaimMark::claimId).collect(java.util.stream.Collectors.toSet()));
    }

    /** Centres the map on a claim chosen in the table, moving the date to it when it lies outside the window. */
    private void centreOn(ClaimRecord r) {
        MapCanvas map = ui.map();
        ClaimCatalog catalog = session.catalogProperty().get();
        var pos = catalog.position(r.claim().id());
        if (map == null || map.viewProperty().get() == null || pos.isEmpty()) {
            return;
        }
        LocalDate d = map.viewProperty().get().date();
        if (r.claim().eventDate() != null && session.filterProperty().get().age(r, d) < 0) {
            ui.timeBar().setDate(r.claim().eventDate().date());
        }
        map.viewProperty().set(map.viewProperty().get().centredOn(pos.get().x, pos.get().y));
    }

    /** Flies to a place found by the search box, at about 40 km across. */
    void flyTo(org.frontline.model.Place p) {
        MapCanvas map = ui.map();
        if (map == null || map.viewProperty().get() == null) {
            return;
        }
        Coordinate c = org.frontline.geo.MapProjection.lcc().project(p.lon(), p.lat());
        flight.flyTo(c.x, c.y, Math.min(map.viewProperty().get().metresPerPixel(), 40_000.0 / map.viewProperty().get().width()), 350);
        notify(p.name());
    }

    private void fitAll() {
        MapCanvas map = ui.map();
        if (map != null && map.viewProperty().get() != null) {
            ViewState v = map.viewProperty().get();
            map.viewProperty().set(ViewState.fitting(workspace.homeExtent(), v.width(), v.height(), v.date(), v.view()));
        }
    }

    private MainMenu.Commands menuCommands() {
        return new MainMenu.Commands(() -> articleImport.choose(), this::export, this::exportSeries, Platform::exit, () -> edits.undo(),
                () -> edits.redo(), edits.canUndoProperty(), edits.canRedoProperty(), () -> ui.focusSearch(),
                this::fitAll, session.claimViewProperty(), () -> ui.timeBar().togglePlay(),
                () -> ui.timeBar().stepDays(-1), () -> ui.timeBar().stepDays(1),
                () -> ui.timeBar().jumpToClaimDate(-1), () -> ui.timeBar().jumpToClaimDate(1),
                () -> ui.timeBar().dateField().requestFocus(), tab -> ui.showTab(tab), () -> ui.focusTable(),
                this::showAbout);
    }

    /** Imports files in the background (menu and drag-and-drop), then reloads the claims everywhere. */
    void importFiles(List<Path> files) {
        articleImport.run(files);
    }

    private void export() {
        if (exportHook == null) {
            notify("Export is not available yet in this build.");
            return;
        }
        ViewState view = exportableView();
        if (view != null) {
            exportHook.export(stage, workspace, view, session.display().get());
        }
    }

    private void exportSeries() {
        ViewState view = exportableView();
        if (view == null) {
            return;
        }
        if (seriesDialog == null) {
            seriesDialog = new SeriesDialog(exportThread, this::notify);
        }
        seriesDialog.open(stage, workspace, view, session.display().get());
    }

    /** The map's view to export, or null (and the user is told why) while the map or the claims are not ready. */
    private ViewState exportableView() {
        MapCanvas map = ui.map();
        if (map == null || map.viewProperty().get() == null) {
            notify("The map is not drawn yet; try again in a moment.");
            return null;
        }
        if (!session.catalogProperty().get().isComplete()) {
            notify("The claims are still being read; export in a moment.");
            return null;
        }
        return map.viewProperty().get();
    }

    /** The date-series dialog, once opened (tests read its state). */
    SeriesDialog seriesDialog() {
        return seriesDialog;
    }

    private void openArticle(ClaimRecord r) {
        ArticleWindow.open(stage, storeFile, r.claim(), workThread, this::showError);
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Frontline");
        about.setHeaderText("Frontline 0.1.0 — claims about the war in Ukraine, mapped offline");
        about.setContentText(AboutText.TEXT);
        about.show();
    }

    void notify(String message) {
        ui.statusBar().notify(message);
    }

    /** The failure a background task's error stands for: the cause a {@link CompletionException} wraps. */
    static Throwable causeOf(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** Logs the stack trace and shows a readable dialog; call on the FX thread. */
    void showError(String what, Throwable error) {
        Throwable cause = causeOf(error);
        LOG.log(Level.WARNING, what, cause);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Frontline");
        alert.setHeaderText(what);
        alert.setContentText(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        alert.show();
    }

    /** The map, for tests. */
    MapCanvas map() {
        return ui == null ? null : ui.map();
    }

    ViewerWindow window() {
        return ui;
    }

    ViewerSession session() {
        return session;
    }

    /** The open workspace, or null before the map data is loaded. */
    Workspace workspace() {
        return workspace;
    }

    /**
     * Saves the settings {@link #AUTOSAVE_DELAY} after the user last changed the view, date,
     * filters, layers or window, so a crash or a killed process loses at most that moment; closing
     * the window saves them too.
     */
    private void autosaveSettings(MapCanvas map) {
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(AUTOSAVE_DELAY);
        later.setOnFinished(e -> {
            if (!stopped) {
                saveSettings();
            }
        });
        javafx.beans.InvalidationListener changed = o -> later.playFromStart();
        map.viewProperty().addListener(changed);
        session.filterProperty().addListener(changed);
        session.layersProperty().addListener(changed);
        session.claimViewProperty().addListener(changed);
        ui.timeBar().speed().valueProperty().addListener(changed);
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
    }

    /** Saves what the user set up beside the store. */
    void saveSettings() {
        MapCanvas map = ui == null ? null : ui.map();
        ViewState v = map == null ? null : map.viewProperty().get();
        double[] window = stage == null ? null : new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        ViewerSettings s = new ViewerSettings(window, v == null ? settings.centre()
                : new double[] {v.centerX(), v.centerY(), v.metresPerPixel()},
                session.claimViewProperty().get(), ui.timeBar().dateProperty().get(), session.layersProperty().get(),
                session.filterProperty().get(), ui.timeBar().speed().getValue() == null ? 7 : ui.timeBar().speed().getValue());
        try {
            s.write(settingsFile);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the viewer settings to " + settingsFile, e);
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (watcher != null) {
            watcher.stop();
        }
        if (ui != null) {
            saveSettings();
            ui.timeBar().pause();
        }
        renderThread.shutdownNow();
        workThread.shutdownNow();
        importThread.shutdownNow();
        exportThread.shutdownNow();
        areaBuilder.shutdownNow();
    }
}
