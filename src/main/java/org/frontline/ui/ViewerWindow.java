package org.frontline.ui;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.frontline.render.ClaimView;
import org.frontline.workspace.ClaimRecord;
import org.frontline.workspace.PlaceDirectory;

/**
 * The parts of the viewer window and how they are laid out: menus and tool bar on top; layers,
 * legend and review queue on the left; the map with the claim details on its right; the claims
 * table under them; the time bar and status bar at the bottom. The claims table, the details and
 * the layer list are made after the first map ({@link #addDeferredPanels}), in slots laid out as
 * they will be. Holds no state of its own beyond its controls. FX thread only.
 */
final class ViewerWindow {
    private final BorderPane root = new BorderPane();
    private final StackPane mapStack = new StackPane();
    private final Label emptyState = new Label("Loading the map…");
    private final TimeBar timeBar = new TimeBar();
    private final StatusBar statusBar = new StatusBar();
    private final TabPane sidebar = new TabPane();
    /** Where the claims table goes: empty until {@link #addDeferredPanels}. */
    private final StackPane claimsSlot = new StackPane();
    /** Where the claim details go: empty until {@link #addDeferredPanels}. */
    private final StackPane detailsSlot = new StackPane();
    /** The layer list's tab: empty until {@link #addDeferredPanels}. */
    private final Tab layersTab = tab("layers", "Layers", null);
    private final Consumer<ClaimRecord> openArticle;
    private Consumer<ClaimRecord> onClaimChosen = r -> { };
    private ClaimTable claimTable;
    private final SearchBox search;
    private final ImportPanel importPanel;
    private final ViewerSession session;
    private final Scene scene;
    private MapCanvas map;
    private ClaimHover hover;

    ViewerWindow(ViewerSession session, ClaimEdits edits, PlaceDirectory places, Executor work, ImportPanel importPanel,
                 BiConsumer<String, Throwable> onError, Consumer<ClaimRecord> openArticle, MainMenu.Commands commands) {
        this.session = session;
        this.importPanel = importPanel;
        this.openArticle = openArticle;
        root.setId("root");
        search = new SearchBox(() -> session.catalogProperty().get().places() == PlaceDirectory.empty() ? places
                : session.catalogProperty().get().places(), work, p -> flyTo.accept(p),
                e -> onError.accept("The place search failed", e));
        emptyState.setId("empty-state");
        emptyState.getStyleClass().add("empty-state");
        emptyState.setMouseTransparent(true);
        mapStack.getChildren().add(emptyState);
        mapStack.setMinSize(200, 200);
        sidebar.setId("sidebar");
        sidebar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The hidden tabs are made when first shown: a third of the window's nodes, styled and laid
        // out before the first map otherwise. The layer list comes with the deferred panels.
        sidebar.getTabs().addAll(layersTab,
                lazyTab("legend", "Legend", () -> new ScrollPane(new LegendPanel())),
                lazyTab("review", "Review", () -> new ReviewPane(session, edits)));
        sidebar.setMinWidth(230);
        // The claims table, its filters and the details are a third of the window's nodes: they
        // are made after the first map (addDeferredPanels), in slots that keep the layout as it will be.
        claimsSlot.setId("claims-slot");
        detailsSlot.setId("details-slot");
        detailsSlot.setMinWidth(240);
        SplitPane top = new SplitPane(sidebar, mapStack, detailsSlot);
        top.setDividerPositions(0.2, 0.76);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(detailsSlot, false);
        SplitPane centre = new SplitPane(top, claimsSlot);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);
        root.setCenter(centre);
        VBox north = new VBox(new MainMenu(commands).bar(), toolBar());
        root.setTop(north);
        statusBar.addBeforeScale(importPanel);
        root.setBottom(new VBox(timeBar, statusBar));
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(FrontlineApp.class.getResource("frontline.css").toExternalForm());
        session.filterProperty().addListener((o, a, f) -> timeBar.windowDaysProperty().set(f.windowDays()));
        timeBar.windowDaysProperty().set(session.filterProperty().get().windowDays());
        timeBar.windowDaysProperty().addListener((o, a, n) -> {
            if (session.filterProperty().get().windowDays() != n.intValue()) {
                session.filterProperty().set(session.filterProperty().get().withWindowDays(n.intValue()));
            }
        });
    }

    private Consumer<org.frontline.model.Place> flyTo = p -> { };

    /** Where the search box flies; set by the application once the map exists. */
    void onFlyTo(Consumer<org.frontline.model.Place> handler) {
        flyTo = handler;
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + id);
        return t;
    }

    /** A tab whose content is made the first time the tab is selected. */
    private static Tab lazyTab(String id, String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab t = tab(id, title, null);
        t.selectedProperty().addListener((o, was, selected) -> {
            if (selected && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    private HBox toolBar() {
        ComboBox<ClaimView> views = new ComboBox<>();
        views.setId("view-selector");
        views.getItems().setAll(ClaimView.values());
        views.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClaimView v) {
                return v == null ? "" : v.label();
            }

            @Override
            public ClaimView fromString(String s) {
                return null;
            }
        });
        views.valueProperty().bindBidirectional(session.claimViewProperty());
        HBox bar = new HBox(8, new Label("Find"), search, new Label("Claims of"), views);
        bar.setId("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    /** Puts the map in the window once the basemap is ready. */
    void attachMap(MapCanvas canvas) {
        this.map = canvas;
        mapStack.getChildren().add(0, canvas);
        hover = new ClaimHover(canvas, session);
        statusBar.follow(canvas);
    }

    void showEmptyState(boolean empty) {
        emptyState.setText(empty ? "No claims in this store yet.\nUse File › Import articles… or drop files here." : "");
        emptyState.setVisible(empty);
    }

    void showTab(String id) {
        addDeferredPanels();
        sidebar.getTabs().stream().filter(t -> t.getId().equals("tab-" + id)).findFirst()
                .ifPresent(t -> sidebar.getSelectionModel().select(t));
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void focusTable() {
        claimTable().table().requestFocus();
    }

    /**
     * Makes the claims table, its filter bar, the details pane and the layer list, unless made
     * already. The application calls it once the first map is on screen; anything that needs them
     * earlier (the shortcut to the table, a sidebar tab) makes them then. Each follows the session
     * from the state it has when made.
     */
    void addDeferredPanels() {
        if (claimTable != null) {
            return;
        }
        claimTable = new ClaimTable(session);
        claimTable.onUserSelect(r -> onClaimChosen.accept(r));
        claimsSlot.getChildren().setAll(claimTable);
        DetailsPane details = new DetailsPane(session, openArticle);
        details.setMinWidth(240);
        detailsSlot.getChildren().setAll(details);
        layersTab.setContent(new LayersPanel(session.layersProperty()));
    }

    /** Told of the claim the user selects in the table (not of selections that follow the map). */
    void onClaimChosen(Consumer<ClaimRecord> handler) {
        onClaimChosen = handler;
    }

    Scene scene() {
        return scene;
    }

    MapCanvas map() {
        return map;
    }

    ClaimHover hover() {
        return hover;
    }

    TimeBar timeBar() {
        return timeBar;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    ClaimTable claimTable() {
        addDeferredPanels();
        return claimTable;
    }

    ImportPanel importPanel() {
        return importPanel;
    }

    SearchBox search() {
        return search;
    }
}
