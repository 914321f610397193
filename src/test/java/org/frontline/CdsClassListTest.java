package org.frontline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class list behind the class-data-sharing archive ({@code src/main/cds/viewer-classes.lst})
 * must still name the classes we have: after a refactor that renames many of them the archive
 * silently covers less, and the viewer starts slower. Regenerate it with
 * {@code src/test/scripts/cds-classlist.sh}.
 */
class CdsClassListTest {
    @Test
    void theClassListStillNamesOurViewersClasses() throws IOException {
        List<String> ours = Files.readAllLines(Path.of("src/main/cds/viewer-classes.lst")).stream()
                .filter(l -> l.startsWith("org/frontline/"))
                .map(l -> l.split(" ")[0])
                .toList();
        assertTrue(ours.size() > 100, "the list names only " + ours.size() + " of our classes");
        long gone = ours.stream().filter(c -> CdsClassListTest.class.getResource("/" + c + ".class") == null).count();
        assertTrue(gone <= ours.size() / 10, gone + " of the " + ours.size() + " classes of ours in the CDS class list"
                + " no longer exist: run src/test/scripts/cds-classlist.sh");
        assertTrue(ours.contains("org/frontline/ui/FrontlineApp") && ours.contains("org/frontline/render/MapRenderer"),
                "the list was not made from a viewer start");
    }
}
