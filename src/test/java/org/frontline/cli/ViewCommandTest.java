package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.LineClaimAnalyser;
import org.frontline.ingest.PlaceDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code view} runs through its own small command line; it must behave as it did inside the whole one. */
class ViewCommandTest {
    @TempDir
    Path dir;

    private final List<Object[]> opened = new ArrayList<>();
    private final Services services = new Services(new LineClaimAnalyser(1), PlaceDirectory.empty(),
            (store, isDefault) -> opened.add(new Object[] {store, isDefault}));

    @Test
    void opensTheViewerOnTheGivenStore() {
        Path db = dir.resolve("mine.db");
        CommandRun run = CommandRun.of(services, "view", "--db", db.toString());
        assertEquals(FrontlineCommand.OK, run.exit(), run.err());
        assertEquals(1, opened.size());
        assertEquals(db.toAbsolutePath(), opened.get(0)[0]);
        assertEquals(false, opened.get(0)[1]);
    }

    @Test
    void withoutDbItOpensTheDefaultStore() {
        CommandRun run = CommandRun.of(services, "view");
        assertEquals(FrontlineCommand.OK, run.exit(), run.err());
        assertEquals(StoreOption.defaultFile().toAbsolutePath(), opened.get(0)[0]);
        assertEquals(true, opened.get(0)[1]);
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        CommandRun run = CommandRun.of(services, "view", "--bogus");
        assertEquals(FrontlineCommand.USAGE, run.exit());
        assertTrue(run.err().contains("--bogus"), run.err());
        assertTrue(run.err().contains("frontline view"), run.err());
        assertTrue(opened.isEmpty());
    }

    @Test
    void otherCommandsStillGoThroughTheWholeCommandLine() {
        CommandRun run = CommandRun.of(services, "nosuchcommand");
        assertEquals(FrontlineCommand.USAGE, run.exit());
        assertTrue(run.err().contains("nosuchcommand"), run.err());
    }
}
