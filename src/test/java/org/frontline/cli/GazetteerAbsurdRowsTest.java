package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.model.Place;
import org.frontline.store.PlaceRepository;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's gazetteer CSV with absurd coordinates: each bad row is rejected with the file, line
 * and reason, only the good rows are stored, and a CSV too broken to parse stores nothing.
 */
class GazetteerAbsurdRowsTest {
    @TempDir
    Path dir;

    @Test
    void absurdCoordinatesAreRejectedRowByRowWithTheirLine() throws Exception {
        Path csv = dir.resolve("мої місця.csv");
        Files.writeString(csv, "name,lat,lon\n"
                + "Good Place,48.5,37.9\n"
                + "North of the Pole,91,37.5\n"
                + "West of the Dateline,48.5,-180.5\n"
                + "Not a Number,NaN,37.5\n"
                + "Infinite,Infinity,37.5\n"
                + "Huge,1e308,37.5\n"
                + "Null Island,0,0\n"
                + ",48.5,37.9\n"
                + "Comma Decimal,\"48,5\",37.9\n"
                + "Second Good,47.1,35.2\n");
        Path db = dir.resolve("places store.db");
        CommandRun r = CommandRun.of("gazetteer", "import", "--db", db.toString(), csv.toString());
        assertEquals(1, r.exit(), r.err());
        for (int line : List.of(3, 4, 5, 6, 7, 8, 9, 10)) {
            assertTrue(r.err().contains(csv + ":" + line + ": "), "line " + line + " not reported:\n" + r.err());
        }
        assertTrue(r.err().contains("2 places") && r.err().contains("8 rows rejected"), r.err());
        try (Store store = Store.open(db)) {
            List<Place> places = store.read(new PlaceRepository()::all);
            assertEquals(List.of("Good Place", "Second Good"), places.stream().map(Place::name).sorted().toList());
        }
    }

    @Test
    void aCsvTooBrokenToParseStoresNothing() throws Exception {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "name,lat,lon\nGood Place,48.5,37.9\n\"Unterminated,48.5,37.9\nMore,47,35\n");
        Path db = dir.resolve("s.db");
        CommandRun r = CommandRun.of("gazetteer", "import", "--db", db.toString(), csv.toString());
        assertTrue(r.exit() != 0, r.err());
        assertTrue(r.err().contains("broken.csv"), r.err());
        try (Store store = Store.open(db)) {
            assertEquals(List.of(), store.read(new PlaceRepository()::all));
        }
    }
}
