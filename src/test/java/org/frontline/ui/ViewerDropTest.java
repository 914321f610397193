package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Side;
import org.frontline.testing.ViewerFixtures;
import org.frontline.workspace.ArticleImporter;
import org.frontline.workspace.ArticleImporter.ImportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files dropped on the window are imported. Monocle has no native drag source, so the test makes
 * the drag gesture's two events itself, over a real {@link Dragboard} holding the files, and
 * dispatches them to the window's scene as the toolkit would: the scene's own handlers decide.
 */
class ViewerDropTest extends ViewerTestBase {
    @TempDir
    Path dir;

    @Test
    void droppedFilesAreImportedAndTheirClaimsAppear() throws Exception {
        Path db = ViewerFixtures.store(dir.resolve("drop.db"));
        Path article = Files.writeString(dir.resolve("dropped.txt"), "An article of our own.");
        List<List<Path>> imported = new CopyOnWriteArrayList<>();
        ArticleImporter importer = (files, progress, cancelled) -> {
            imported.add(List.copyOf(files));
            ViewerFixtures.store(db, List.of(new ViewerFixtures.Spec("Bakhmut", 1L, ClaimType.RETAKEN, Side.UA,
                    ClaimStatus.ASSERTED, "General Staff of Ukraine", ClaimantKind.UA_SIDE, ViewerFixtures.LAST.minusDays(2),
                    "uk", "Ukr Fixture", 0.9, false)));
            return new ImportSummary(1, 0, 1, List.of(), false);
        };
        open(db, importer);
        assertEquals("7 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());

        Map<DataFormat, Object> files = Map.of(DataFormat.FILES, List.of(article.toFile()));
        assertEquals(Set.of(TransferMode.COPY), dragOver(files), "a drag of files is accepted as a copy");
        assertTrue(drop(files), "the drop completes");
        waitFor(() -> lookup("#claims-count").queryAs(Label.class).getText().equals("8 of 8 claims"));
        assertEquals(List.of(List.of(article)), imported);
        assertEquals("Imported 1 article(s), 1 claim(s); 0 skipped", lookup("#import-message").queryAs(Label.class).getText());
    }

    @Test
    void aDragWithoutFilesIsRefusedAndImportsNothing() throws Exception {
        Path db = ViewerFixtures.store(dir.resolve("text.db"));
        List<List<Path>> imported = new CopyOnWriteArrayList<>();
        open(db, (files, progress, cancelled) -> {
            imported.add(files);
            return new ImportSummary(0, 0, 0, List.of(), false);
        });
        Map<DataFormat, Object> text = Map.of(DataFormat.PLAIN_TEXT, "Bakhmut");
        assertEquals(Set.of(), dragOver(text), "plain text is not offered a drop");
        assertEquals(false, drop(text));
        Thread.sleep(300);
        assertTrue(imported.isEmpty());
        assertEquals("7 of 7 claims", lookup("#claims-count").queryAs(Label.class).getText());
    }

    /** The transfer modes the scene accepted for a drag over its centre. */
    private Set<TransferMode> dragOver(Map<DataFormat, Object> board) throws Exception {
        AtomicReference<Set<TransferMode>> accepted = new AtomicReference<>();
        interact(() -> {
            DragEvent over = event(DragEvent.DRAG_OVER, board);
            Event.fireEvent(scene(), over);
            accepted.set(over.getAcceptedTransferMode() == null ? Set.of() : Set.of(over.getAcceptedTransferMode()));
        });
        return accepted.get();
    }

    private boolean drop(Map<DataFormat, Object> board) throws Exception {
        AtomicReference<Boolean> completed = new AtomicReference<>();
        interact(() -> {
            DragEvent dropped = event(DragEvent.DRAG_DROPPED, board);
            Event.fireEvent(scene(), dropped);
            completed.set(dropped.isDropCompleted());
        });
        return completed.get();
    }

    private Scene scene() {
        return app.map().getScene();
    }

    /** A drag event over the scene's centre carrying {@code content}, as the toolkit makes them (FX thread). */
    private DragEvent event(javafx.event.EventType<DragEvent> type, Map<DataFormat, Object> content) {
        Dragboard board = DragboardHelper.createDragboard(new HeldContent(content));
        Scene s = scene();
        double x = s.getWidth() / 2;
        double y = s.getHeight() / 2;
        return new DragEvent(s, s, type, board, x, y, s.getWindow().getX() + x, s.getWindow().getY() + y,
                TransferMode.COPY, null, null, null);
    }

    /** What a drag source would offer: fixed content, copy only. */
    private static final class HeldContent implements TKClipboard {
        private final Map<DataFormat, Object> content;

        HeldContent(Map<DataFormat, Object> content) {
            this.content = new HashMap<>(content);
        }

        @Override
        public void setSecurityContext(AccessControlContext ctx) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
