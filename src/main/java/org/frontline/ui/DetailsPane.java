package org.frontline.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.frontline.model.ArticleInfo;
import org.frontline.model.Claim;
import org.frontline.workspace.ClaimRecord;

/**
 * Everything known of the selected claims: the quote with the place highlighted, who claims it,
 * the article, the dates with their precision, status and confidence, and a button that opens the
 * article's full text at the quote. Follows the session's selection. FX thread only.
 */
final class DetailsPane extends ScrollPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final VBox content = new VBox(8);
    private final ViewerSession session;
    private final Consumer<ClaimRecord> openArticle;

    DetailsPane(ViewerSession session, Consumer<ClaimRecord> openArticle) {
        this.session = session;
        this.openArticle = openArticle;
        setId("details-pane");
        setFitToWidth(true);
        content.setPadding(new Insets(8));
        setContent(content);
        session.selectedProperty().addListener((o, a, s) -> refresh());
        session.catalogProperty().addListener((o, a, c) -> refresh());
        refresh();
    }

    private void refresh() {
        content.getChildren().clear();
        List<ClaimRecord> shown = session.selectedProperty().get().stream()
                .map(id -> session.catalogProperty().get().byId(id)).flatMap(Optional::stream)
                .sorted(Comparator.comparing((ClaimRecord r) -> r.claim().eventDate() == null ? java.time.LocalDate.MAX
                        : r.claim().eventDate().date()).thenComparingLong(r -> r.claim().id()))
                .toList();
        if (shown.isEmpty()) {
            Label hint = new Label("Select a claim in the table or click a symbol on the map.");
            hint.setId("details-empty");
            hint.setWrapText(true);
            content.getChildren().add(hint);
            return;
        }
        for (ClaimRecord r : shown) {
            if (content.getChildren().size() > 0) {
                content.getChildren().add(new Separator());
            }
            content.getChildren().add(card(r));
        }
    }

    private VBox card(ClaimRecord r) {
        Claim k = r.claim();
        ArticleInfo a = r.article();
        Label place = new Label((r.place() != null ? r.place().name() : k.placeText() + " (not placed)")
                + " — " + k.type().code() + (k.side() == null ? "" : " by " + k.side().name()));
        place.getStyleClass().add("details-title");
        place.setId("details-title-" + k.id());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        int row = 0;
        row = field(grid, row, "Claimant", k.claimant().name() + " (" + k.claimant().kind().code().replace('_', '-') + ")");
        row = field(grid, row, "Status", k.status().code() + (k.deniedBy() == null ? "" : ", denied by " + k.deniedBy()));
        row = field(grid, row, "Event date", EventDateText.of(k.eventDate()));
        row = field(grid, row, "Confidence", String.format(Locale.ROOT, "%.2f", k.confidence()));
        if (a != null) {
            row = field(grid, row, "Article", a.title() == null ? a.source() : a.title());
            row = field(grid, row, "Outlet", a.outlet() == null ? "unknown" : a.outlet());
            row = field(grid, row, "Language", a.language() == null ? "unknown" : a.language());
            row = field(grid, row, "Published", a.published() == null ? "unknown"
                    : DATE.format(a.published()) + " (" + a.publishedSource().code().replace('_', ' ')
                    + (a.publishedEstimated() ? ", estimated" : "") + ")");
            if (a.url() != null) {
                Hyperlink url = new Hyperlink(a.url());
                url.setOnAction(e -> url.setVisited(true));
                grid.addRow(row++, fieldName("URL"), url);
            }
        }
        Button open = new Button("Open article");
        open.setId("open-article-" + k.id());
        open.setOnAction(e -> openArticle.accept(r));
        VBox card = new VBox(4, place, quote(k), grid, open);
        card.setId("details-card-" + k.id());
        return card;
    }

    /** The quote with the place as written highlighted. */
    static TextFlow quote(Claim k) {
        String q = k.quote();
        int at = q.toLowerCase(Locale.ROOT).indexOf(k.placeText().toLowerCase(Locale.ROOT));
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("details-quote");
        if (at < 0) {
            flow.getChildren().add(new Text("“" + q + "”"));
            return flow;
        }
        Text words = new Text(q.substring(at, at + k.placeText().length()));
        words.getStyleClass().add("claim-words");
        words.setId("quote-highlight-" + k.id());
        flow.getChildren().addAll(new Text("“" + q.substring(0, at)), words, new Text(q.substring(at + k.placeText().length()) + "”"));
        return flow;
    }

    private static int field(GridPane grid, int row, String name, String value) {
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, fieldName(name), v);
        return row + 1;
    }

    /** A field's name: the value beside it wraps, the name is never cut to "Claim...". */
    private static Label fieldName(String name) {
        Label n = new Label(name);
        n.getStyleClass().add("details-field");
        n.setMinWidth(Region.USE_PREF_SIZE);
        return n;
    }
}
