package org.frontline.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.frontline.model.Place;
import org.frontline.workspace.PlaceDirectory;

/**
 * Finds a place by any of its names (Latin or Cyrillic, aliases included) through the
 * {@link PlaceDirectory} port. Suggestions appear as the user types (debounced, looked up in the
 * background); Enter flies to the best match, picking a suggestion flies to it.
 */
final class SearchBox extends TextField {
    static final int MAX = 8;
    private final ContextMenu suggestions = new ContextMenu();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private final Supplier<PlaceDirectory> places;
    private final Executor background;
    private final Consumer<Place> flyTo;
    private int generation;

    SearchBox(Supplier<PlaceDirectory> places, Executor background, Consumer<Place> flyTo, Consumer<Throwable> onError) {
        this.places = places;
        this.background = background;
        this.flyTo = flyTo;
        setId("search-field");
        setPromptText("Find a place (Ctrl+F)");
        setPrefColumnCount(18);
        debounce.setOnFinished(e -> lookUp(getText(), this::showSuggestions, onError));
        textProperty().addListener((o, a, t) -> debounce.playFromStart());
        setOnAction(e -> {
            debounce.stop();
            lookUp(getText(), found -> {
                suggestions.hide();
                if (found.isEmpty()) {
                    showMessage("No place called “" + getText().strip() + "”");
                } else {
                    flyTo.accept(found.get(0));
                }
            }, onError);
        });
    }

    private void lookUp(String text, Consumer<List<Place>> then, Consumer<Throwable> onError) {
        if (text == null || text.isBlank()) {
            suggestions.hide();
            return;
        }
        int asked = ++generation;
        PlaceDirectory dir = places.get();
        CompletableFuture.supplyAsync(() -> dir.search(text.strip(), MAX), background)
                .whenComplete((found, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        onError.accept(error);
                    } else if (asked == generation) {
                        then.accept(found);
                    }
                }));
    }

    private void showSuggestions(List<Place> found) {
        if (found.isEmpty() || !isFocused()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().clear();
        for (Place p : found) {
            CustomMenuItem item = new CustomMenuItem(new Label(p.name() + (p.admin1().isEmpty() ? "" : ", " + p.admin1())
                    + " (" + p.country() + ")"), true);
            item.setOnAction(e -> flyTo.accept(p));
            suggestions.getItems().add(item);
        }
        suggestions.show(this, Side.BOTTOM, 0, 0);
    }

    private void showMessage(String text) {
        suggestions.getItems().setAll(new CustomMenuItem(new Label(text), true));
        suggestions.show(this, Side.BOTTOM, 0, 0);
    }
}
