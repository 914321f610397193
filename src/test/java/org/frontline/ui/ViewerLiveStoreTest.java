package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.frontline.testing.ViewerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims written by another process while the viewer is open (a command-line ingest) appear without a restart. */
class ViewerLiveStoreTest extends ViewerTestBase {
    @TempDir
    Path dir;

    @Test
    void claimsWrittenByAnotherConnectionAppearInTheTable() throws Exception {
        Path db = ViewerFixtures.store(dir.resolve("live.db"));
        open(db);
        Label count = lookup("#claims-count").queryAs(Label.class);
        int before = ViewerFixtures.SPECS.size();
        waitFor(() -> count.getText().startsWith(before + " of " + before));
        // Another writer on its own connection, as a command-line ingest would be.
        ViewerFixtures.Spec b = ViewerFixtures.SPECS.get(1);
        ViewerFixtures.store(db, List.of(new ViewerFixtures.Spec(b.place(), b.placeId(), b.type(), b.side(), b.status(),
                "A later claimant", b.kind(), ViewerFixtures.LAST.minusDays(1), b.language(), b.outlet(), b.confidence(),
                false)));
        waitFor(() -> count.getText().startsWith((before + 1) + " of " + (before + 1)));
        assertEquals((before + 1) + " of " + (before + 1) + " claims", count.getText());
    }
}
