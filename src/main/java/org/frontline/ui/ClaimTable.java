package org.frontline.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.frontline.model.Claim;
import org.frontline.workspace.ClaimRecord;

/**
 * The claims of the store as a sortable table, filtered by the session's {@code ClaimFilter} (the
 * same the map uses), its selection shared with the map through the session. While the session
 * holds only the first window of claims (a large store still loading), the table lists none and
 * says it is loading: a partial list would show partial counts as if they were the store's.
 * FX thread only.
 */
final class ClaimTable extends VBox {
    private final ObservableList<ClaimRecord> source = FXCollections.observableArrayList();
    private final FilteredList<ClaimRecord> filtered = new FilteredList<>(source);
    private final TableView<ClaimRecord> table = new TableView<>();
    private final Label count = new Label();
    private final Label noMatch = new Label("No claims match the filter.");
    private final Label loading = new Label("Loading the claims…");
    private final ViewerSession session;
    private boolean syncing;
    private java.util.function.Consumer<ClaimRecord> onUserSelect = r -> { };

    ClaimTable(ViewerSession session) {
        this.session = session;
        setId("claims-panel");
        table.setId("claims-table");
        table.setPlaceholder(noMatch);
        loading.setId("claims-loading");
        count.setId("claims-count");
        SortedList<ClaimRecord> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        addColumns();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new FilterBar(session), table, count);
        session.catalogProperty().addListener((o, a, c) -> reload());
        session.filterProperty().addListener((o, a, f) -> refilter());
        session.selectedProperty().addListener((o, a, s) -> {
            if (!syncing) { // not the echo of a row the user selected: the table is mid-change then
                showSelection(s);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ClaimRecord>) ch -> {
            if (!syncing) {
                Set<Long> ids = new HashSet<>();
                table.getSelectionModel().getSelectedItems().forEach(r -> ids.add(r.claim().id()));
                syncing = true;
                try {
                    session.select(ids);
                } finally {
                    syncing = false;
                }
                ClaimRecord focused = table.getSelectionModel().getSelectedItem();
                if (focused != null) {
                    onUserSelect.accept(focused);
                }
            }
        });
        reload();
    }

    private void addColumns() {
        column("Event date", "col-date", r -> r.claim().eventDate() == null ? null : r.claim().eventDate().date(), 95);
        column("Place", "col-place", r -> r.place() != null ? r.place().name() : r.claim().placeText() + " (?)", 130);
        column("Type", "col-type", r -> r.claim().type().code(), 80);
        column("Side", "col-side", r -> r.claim().side() == null ? "" : r.claim().side().name(), 45);
        column("Status", "col-status", r -> r.claim().status().code(), 75);
        column("Claimant", "col-claimant", r -> r.claim().claimant().name(), 150);
        column("Outlet", "col-outlet", r -> r.article() == null ? "" : nz(r.article().outlet()), 120);
        column("Lang", "col-lang", r -> r.article() == null ? "" : nz(r.article().language()), 45);
        column("Conf.", "col-confidence", r -> String.format(Locale.ROOT, "%.2f", r.claim().confidence()), 50);
        column("Quote", "col-quote", r -> r.claim().quote(), 360);
        table.getSortOrder().add(table.getColumns().get(0));
    }

    private <T extends Comparable<? super T>> void column(String title, String id, Function<ClaimRecord, T> value, double width) {
        TableColumn<ClaimRecord, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator((a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b));
        table.getColumns().add(c);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void reload() {
        syncing = true;
        try {
            var catalog = session.catalogProperty().get();
            table.setPlaceholder(catalog.isComplete() ? noMatch : loading);
            source.setAll(catalog.isComplete() ? catalog.records() : java.util.List.of());
        } finally {
            syncing = false;
        }
        refilter();
    }

    private void refilter() {
        syncing = true;
        try {
            filtered.setPredicate(session.filterProperty().get()::test);
            table.sort();
        } finally {
            syncing = false;
        }
        showSelection(session.selectedProperty().get());
        count.setText(session.catalogProperty().get().isComplete() ? filtered.size() + " of " + source.size() + " claims"
                : "Loading the claims…");
    }

    /** Selects the rows of these claims and scrolls the first into view. */
    private void showSelection(Set<Long> ids) {
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            List<ClaimRecord> items = table.getItems();
            int first = -1;
            for (int i = 0; i < items.size(); i++) {
                if (ids.contains(items.get(i).claim().id())) {
                    table.getSelectionModel().select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(first);
            }
        } finally {
            syncing = false;
        }
    }

    /** Told of the row the user selects (not of selections made to follow the map). */
    void onUserSelect(java.util.function.Consumer<ClaimRecord> handler) {
        onUserSelect = handler;
    }

    TableView<ClaimRecord> table() {
        return table;
    }

    /** Rows shown, in table order (for tests and exports of the visible list). */
    List<Claim> shownClaims() {
        return table.getItems().stream().map(ClaimRecord::claim).toList();
    }

    static LocalDate dateOf(ClaimRecord r) {
        return r.claim().eventDate() == null ? null : r.claim().eventDate().date();
    }
}
