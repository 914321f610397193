package org.frontline.ui;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Place;
import org.frontline.model.PlaceMention;
import org.frontline.model.Side;
import org.frontline.store.UserEdit;
import org.frontline.workspace.ClaimEditor;
import org.frontline.workspace.ReviewItem;

/**
 * The review queue: unresolved mentions and low-confidence claims. For a mention the user picks a
 * candidate, places a new place on the map, adds the name as an alias of a candidate, or rejects
 * it; for a claim the user corrects its type, side or status or rejects it. Every action is one
 * undoable edit run by {@link Actions}. FX thread only.
 */
final class ReviewPane extends VBox {
    /** What the pane asks of the application. */
    interface Actions {
        /** Runs an edit in the background, then reloads the claims everywhere. */
        void edit(String description, Function<ClaimEditor, UserEdit> edit);

        /** Waits for a click on the map and places the mention there. */
        void placeOnMap(PlaceMention mention);
    }

    private final ListView<ReviewItem> queue = new ListView<>();
    private final ListView<Place> candidates = new ListView<>();
    private final Label context = new Label();
    private final TextField alias = new TextField();
    private final ComboBox<ClaimType> type = new ComboBox<>();
    private final ComboBox<String> side = new ComboBox<>();
    private final ComboBox<ClaimStatus> status = new ComboBox<>();
    private final VBox mentionBox;
    private final VBox claimBox;

    ReviewPane(ViewerSession session, Actions actions) {
        setId("review-pane");
        setSpacing(6);
        setPadding(new Insets(6));
        queue.setId("review-list");
        queue.setPrefHeight(180);
        candidates.setId("review-candidates");
        candidates.setPrefHeight(90);
        candidates.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Place p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + " (" + p.country() + " " + p.admin1() + ")");
            }
        });
        context.setId("review-context");
        context.setWrapText(true);
        alias.setId("review-alias");
        alias.setPromptText("Alias name");
        Button use = Buttons.of("Use this place", "review-use", "Resolve the mention to the chosen candidate", () -> {
            Place p = candidates.getSelectionModel().getSelectedItem();
            ReviewItem it = current();
            if (p != null && it != null && it.isMention()) {
                actions.edit("Resolve “" + it.text() + "” to " + p.name(), e -> e.assignPlace(it.mention(), p.id()));
            }
        });
        Button place = Buttons.of("Place on map…", "review-place", "Click the map where the place is", () -> {
            ReviewItem it = current();
            if (it != null && it.isMention()) {
                actions.placeOnMap(it.mention());
            }
        });
        Button addAlias = Buttons.of("Add alias", "review-add-alias", "Add the name as an alias of the chosen candidate", () -> {
            Place p = candidates.getSelectionModel().getSelectedItem();
            if (p != null && !alias.getText().isBlank()) {
                String name = alias.getText().strip();
                actions.edit("Alias “" + name + "” for " + p.name(), e -> e.addAlias(p.id(), name));
            }
        });
        Button reject = Buttons.of("Not a claim", "review-reject", "This mention or claim is not a territorial claim", () -> {
            ReviewItem it = current();
            if (it != null) {
                actions.edit("Reject “" + it.text() + "”", e -> it.isMention() ? e.rejectMention(it.mention())
                        : e.rejectClaim(it.claim()));
            }
        });
        mentionBox = new VBox(4, new Label("Candidates"), candidates, new HBox(6, use, place), new HBox(6, alias, addAlias));
        type.setId("review-type");
        type.getItems().setAll(ClaimType.values());
        side.setId("review-side");
        side.getItems().setAll("RU", "UA", "none");
        status.setId("review-status");
        status.getItems().setAll(ClaimStatus.values());
        Button apply = Buttons.of("Apply correction", "review-apply", "Store the corrected type, side and status", () -> applyCorrection(actions));
        claimBox = new VBox(4, new Label("Correct the claim"), new HBox(6, type, side, status), apply);
        VBox.setVgrow(queue, Priority.ALWAYS);
        getChildren().addAll(new Label("To review"), queue, context, mentionBox, claimBox, reject);
        queue.getSelectionModel().selectedItemProperty().addListener((o, a, it) -> show(it));
        session.catalogProperty().addListener((o, a, c) -> {
            queue.setPlaceholder(new Label(c.isComplete() ? "Nothing to review." : "Loading the claims…"));
            reload(c.reviewQueue());
        });
        reload(session.catalogProperty().get().reviewQueue());
    }

    private ReviewItem current() {
        return queue.getSelectionModel().getSelectedItem();
    }

    private void reload(java.util.List<ReviewItem> items) {
        String key = current() == null ? null : current().key();
        queue.getItems().setAll(items);
        items.stream().filter(i -> i.key().equals(key)).findFirst().ifPresentOrElse(
                i -> queue.getSelectionModel().select(i), () -> {
                    if (!items.isEmpty()) {
                        queue.getSelectionModel().select(0);
                    }
                });
        show(current());
    }

    private void show(ReviewItem it) {
        mentionBox.setDisable(it == null || !it.isMention());
        claimBox.setDisable(it == null || it.isMention());
        if (it == null) {
            context.setText("Nothing to review.");
            candidates.getItems().clear();
            return;
        }
        context.setText(it.isMention() ? "“" + it.text() + "” in " + it.article()
                : "“" + it.context() + "” (" + it.article() + ")");
        candidates.getItems().setAll(it.candidates());
        if (!it.candidates().isEmpty()) {
            candidates.getSelectionModel().select(0);
        }
        alias.setText(it.text());
        if (!it.isMention()) {
            type.setValue(it.claim().claim().type());
            side.setValue(it.claim().claim().side() == null ? "none" : it.claim().claim().side().name());
            status.setValue(it.claim().claim().status());
        }
    }

    private void applyCorrection(Actions actions) {
        ReviewItem it = current();
        if (it == null || it.isMention()) {
            return;
        }
        var k = it.claim().claim();
        Side newSide = Side.parse(side.getValue()).orElse(null);
        ClaimType newType = type.getValue();
        ClaimStatus newStatus = status.getValue();
        if (newType != k.type()) {
            actions.edit("Type of “" + it.text() + "” → " + newType.code(), e -> e.correctType(it.claim(), newType));
        }
        if (newSide != k.side()) {
            actions.edit("Side of “" + it.text() + "” → " + side.getValue(), e -> e.correctSide(it.claim(), newSide));
        }
        if (newStatus != k.status()) {
            actions.edit("Status of “" + it.text() + "” → " + newStatus.code(),
                    e -> e.correctStatus(it.claim(), newStatus));
        }
    }

    ListView<ReviewItem> queue() {
        return queue;
    }
}
