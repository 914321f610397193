package org.frontline.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.frontline.geo.MapProjection;
import org.frontline.model.PlaceMention;
import org.frontline.store.UserEdit;
import org.frontline.workspace.ClaimCatalog;
import org.frontline.workspace.ClaimEditor;
import org.frontline.workspace.PlaceDirectory;
import org.locationtech.jts.geom.Coordinate;

/**
 * Loads the corrected claims and applies the user's edits: each edit, undo or redo runs on the
 * work executor (one at a time, in order), then a new {@link ClaimCatalog} is loaded and handed to
 * the session on the FX thread, so the table, map, details and review queue change together.
 * Also holds the "place on map" mode of the review queue.
 */
final class ClaimEdits implements ReviewPane.Actions {
    private final ClaimEditor editor;
    private final Path storeFile;
    private final Executor work;
    private final ViewerSession session;
    private final Supplier<PlaceDirectory> gazetteer;
    private final Consumer<String> notify;
    private final BiConsumer<String, Throwable> onError;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private PlaceMention placing;

    ClaimEdits(Path storeFile, Executor work, ViewerSession session, Supplier<PlaceDirectory> gazetteer,
               Consumer<String> notify, BiConsumer<String, Throwable> onError) {
        this.editor = new ClaimEditor(storeFile);
        this.storeFile = storeFile;
        this.work = work;
        this.session = session;
        this.gazetteer = gazetteer;
        this.notify = notify;
        this.onError = onError;
    }

    /** Reads the store again (after an import, at start); {@code then} runs on the FX thread. */
    CompletableFuture<ClaimCatalog> reload(Consumer<ClaimCatalog> then) {
        return reloadOn(work, then);
    }

    /** As {@link #reload}, reading on {@code executor} (the viewer's first complete read may be held in tests). */
    CompletableFuture<ClaimCatalog> reloadOn(Executor executor, Consumer<ClaimCatalog> then) {
        PlaceDirectory places = gazetteer.get();
        return run(executor, () -> null, places, "The claims could not be read", c -> then.accept(c));
    }

    @Override
    public void edit(String description, Function<ClaimEditor, UserEdit> edit) {
        run(() -> edit.apply(editor), gazetteer.get(), "The change could not be saved",
                c -> notify.accept("Saved: " + description + " (Ctrl+Z undoes)"));
    }

    void undo() {
        run(() -> editor.undo().orElse(null), gazetteer.get(), "The change could not be undone",
                c -> notify.accept("Undone"));
    }

    void redo() {
        run(() -> editor.redo().orElse(null), gazetteer.get(), "The change could not be redone",
                c -> notify.accept("Redone"));
    }

    @Override
    public void placeOnMap(PlaceMention mention) {
        placing = mention;
        notify.accept("Click the map where “" + mention.text() + "” is (Esc cancels).");
    }

    boolean isPlacing() {
        return placing != null;
    }

    void cancelPlacing() {
        if (placing != null) {
            placing = null;
            notify.accept("Placing cancelled.");
        }
    }

    /** In placing mode, stores a new place at this map point (projected metres) and returns true. */
    boolean placeAt(Coordinate projected) {
        PlaceMention m = placing;
        if (m == null) {
            return false;
        }
        placing = null;
        Coordinate ll = MapProjection.lcc().unproject(projected.x, projected.y);
        edit("Place “" + m.text() + "” on the map", e -> e.placeNew(m, ll.y, ll.x));
        return true;
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private record Result(ClaimCatalog catalog, int[] depth) {
    }

    private CompletableFuture<ClaimCatalog> run(Supplier<UserEdit> change, PlaceDirectory places, String failure,
                                                Consumer<ClaimCatalog> then) {
        return run(work, change, places, failure, then);
    }

    private CompletableFuture<ClaimCatalog> run(Executor executor, Supplier<UserEdit> change, PlaceDirectory places,
                                                String failure, Consumer<ClaimCatalog> then) {
        ClaimCatalog shown = session.catalogProperty().get(); // its unchanged records are kept, not read twice
        return CompletableFuture.supplyAsync(() -> {
            change.get();
            return new Result(ClaimCatalog.load(storeFile, places, shown), editor.depth());
        }, executor).whenComplete((r, error) -> Platform.runLater(() -> {
            if (error != null) {
                onError.accept(failure, error.getCause() != null ? error.getCause() : error);
                return;
            }
            session.catalogProperty().set(r.catalog());
            canUndo.set(r.depth()[0] > 0);
            canRedo.set(r.depth()[1] > 0);
            then.accept(r.catalog());
        })).thenApply(Result::catalog);
    }
}
