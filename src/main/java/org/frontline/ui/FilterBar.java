package org.frontline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.workspace.ClaimCatalog;
import org.frontline.workspace.ClaimFilter;
import org.frontline.workspace.ClaimRecord;

/**
 * The filter controls above the claims table: one choice per column ("Any" or one value), a
 * minimum confidence and a date range. They edit the session's {@link ClaimFilter}, and follow it
 * when it changes elsewhere (restored settings, Clear). FX thread only.
 */
final class FilterBar extends FlowPane {
    static final String ANY = "Any";

    private final ViewerSession session;
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean updating;

    FilterBar(ViewerSession session) {
        this.session = session;
        setId("filter-bar");
        setHgap(8);
        setVgap(4);
        setPadding(new Insets(4, 6, 4, 6));
        setAlignment(Pos.CENTER_LEFT);
        choice("filter-claimant", "Claimant", c -> ClaimCatalog.distinct(c.records(), r -> r.claim().claimant().name()),
                ClaimFilter::claimants, (f, v) -> f.withClaimants(v == null ? Set.of() : Set.of(v)));
        choice("filter-side", "Side", c -> List.of("RU", "UA"), f -> names(f.sides()),
                (f, v) -> f.withSides(v == null ? Set.of() : Set.of(Side.valueOf(v))));
        choice("filter-type", "Type", c -> codes(ClaimType.values()), f -> lower(f.types()),
                (f, v) -> f.withTypes(v == null ? Set.of() : Set.of(ClaimType.parse(v))));
        choice("filter-status", "Status", c -> codes(ClaimStatus.values()), f -> lower(f.statuses()),
                (f, v) -> f.withStatuses(v == null ? Set.of() : Set.of(ClaimStatus.parse(v))));
        choice("filter-language", "Language", c -> ClaimCatalog.distinct(c.records(), FilterBar::language),
                ClaimFilter::languages, (f, v) -> f.withLanguages(v == null ? Set.of() : Set.of(v)));
        choice("filter-outlet", "Outlet", c -> ClaimCatalog.distinct(c.records(), FilterBar::outlet),
                ClaimFilter::outlets, (f, v) -> f.withOutlets(v == null ? Set.of() : Set.of(v)));
        confidence();
        dates();
        Button clear = new Button("Clear filters");
        clear.setId("filter-clear");
        clear.setOnAction(e -> session.filterProperty().set(ClaimFilter.all()
                .withWindowDays(session.filterProperty().get().windowDays())));
        getChildren().add(clear);
        session.filterProperty().addListener((o, a, f) -> refresh());
        session.catalogProperty().addListener((o, a, c) -> refresh());
        refresh();
    }

    private static String language(ClaimRecord r) {
        return r.article() == null ? null : r.article().language();
    }

    private static String outlet(ClaimRecord r) {
        return r.article() == null ? null : r.article().outlet();
    }

    private static List<String> codes(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> out = new java.util.HashSet<>();
        values.forEach(v -> out.add(v.name()));
        return out;
    }

    private static Set<String> lower(Set<? extends Enum<?>> values) {
        Set<String> out = new java.util.HashSet<>();
        values.forEach(v -> out.add(v.name().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** A combo box of "Any" and the values the catalog holds; picking one narrows the filter to it. */
    private void choice(String id, String title, Function<ClaimCatalog, List<String>> values,
                        Function<ClaimFilter, Set<String>> current, BiFunction<ClaimFilter, String, ClaimFilter> with) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(title);
        box.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                String value = v == null || ANY.equals(v) ? null : v;
                session.filterProperty().set(with.apply(session.filterProperty().get(), value));
            }
        });
        refreshers.add(() -> {
            List<String> items = new ArrayList<>();
            items.add(ANY);
            items.addAll(values.apply(session.catalogProperty().get()));
            Set<String> cur = current.apply(session.filterProperty().get());
            cur.stream().filter(v -> !items.contains(v)).forEach(items::add);
            box.getItems().setAll(items);
            box.setValue(cur.isEmpty() ? ANY : cur.iterator().next());
        });
        getChildren().addAll(new Label(title), box);
    }

    private void confidence() {
        Slider s = new Slider(0, 1, 0);
        s.setId("filter-confidence");
        s.setPrefWidth(90);
        s.setBlockIncrement(0.1);
        Label value = new Label();
        value.setMinWidth(30);
        s.valueProperty().addListener((o, a, v) -> {
            value.setText(String.format(Locale.ROOT, "%.2f", v.doubleValue()));
            if (!updating) {
                session.filterProperty().set(session.filterProperty().get().withMinConfidence(v.doubleValue()));
            }
        });
        refreshers.add(() -> {
            s.setValue(session.filterProperty().get().minConfidence());
            value.setText(String.format(Locale.ROOT, "%.2f", s.getValue()));
        });
        getChildren().addAll(new Label("Min. confidence"), s, value);
    }

    private void dates() {
        DatePicker from = new DatePicker();
        from.setId("filter-from");
        from.setPrefWidth(125);
        from.setConverter(TimeBar.isoDates());
        DatePicker to = new DatePicker();
        to.setId("filter-to");
        to.setPrefWidth(125);
        to.setConverter(TimeBar.isoDates());
        Runnable push = () -> {
            if (!updating) {
                session.filterProperty().set(session.filterProperty().get().withDates(from.getValue(), to.getValue()));
            }
        };
        from.valueProperty().addListener((o, a, v) -> push.run());
        to.valueProperty().addListener((o, a, v) -> push.run());
        refreshers.add(() -> {
            from.setValue(session.filterProperty().get().from());
            to.setValue(session.filterProperty().get().to());
        });
        getChildren().addAll(new Label("From"), from, new Label("to"), to);
    }

    private void refresh() {
        updating = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
    }
}
