package org.frontline.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.frontline.model.Article;
import org.frontline.model.Claim;
import org.frontline.store.ArticleRepository;
import org.frontline.store.Store;

/**
 * A window with an article's full text, the claim's quote highlighted and scrolled into view. The
 * text is read in the background; the window opens at once with "Loading…".
 */
final class ArticleWindow {
    private ArticleWindow() {
    }

    /** Opens the article of {@code claim}; failures go to {@code onError}. Returns the new stage. */
    static Stage open(Window owner, Path storeFile, Claim claim, Executor background,
                      BiConsumer<String, Throwable> onError) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Article");
        BorderPane root = new BorderPane(new Label("Loading the article…"));
        root.setId("article-window");
        Scene scene = new Scene(root, 640, 520);
        scene.getStylesheets().add(FrontlineApp.class.getResource("frontline.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        CompletableFuture.supplyAsync(() -> {
            try (Store store = Store.open(storeFile)) {
                return store.read(c -> new ArticleRepository().byId(c, claim.articleId()));
            }
        }, background).whenComplete((article, error) -> Platform.runLater(() -> {
            if (error != null) {
                stage.close();
                onError.accept("The article could not be read", error);
            } else {
                show(stage, root, article, claim);
            }
        }));
        return stage;
    }

    private static void show(Stage stage, BorderPane root, Optional<Article> found, Claim claim) {
        if (found.isEmpty()) {
            root.setCenter(new Label("The article is no longer in the store."));
            return;
        }
        Article a = found.get();
        stage.setTitle(a.title() == null ? a.source() : a.title());
        String text = a.text();
        int s = Math.min(claim.quoteStart(), text.length());
        int e = Math.max(s, Math.min(claim.quoteEnd(), text.length()));
        Text quote = new Text(text.substring(s, e));
        quote.setId("article-quote");
        quote.getStyleClass().add("article-quote");
        TextFlow flow = new TextFlow(new Text(text.substring(0, s)), quote, new Text(text.substring(e)));
        flow.setPadding(new Insets(12));
        flow.setId("article-text");
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setId("article-scroll");
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        Label head = new Label((a.outlet() == null ? "" : a.outlet() + " · ")
                + (a.published() == null ? "date unknown" : a.published().toString()) + (a.url() == null ? "" : " · " + a.url()));
        head.setPadding(new Insets(6, 12, 0, 12));
        root.setTop(head);
        // Scroll once the text is laid out: the quote's top a third down the viewport.
        Platform.runLater(() -> {
            scroll.layout();
            double content = flow.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = quote.getBoundsInParent().getMinY();
            if (content > viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (content - viewport))));
            }
        });
    }
}
