package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.model.Place;
import org.frontline.store.PlaceRepository;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FrontlineCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsAGeoNamesDumpWithAlternateNamesAndReportsBadRows() throws Exception {
        Path ua = dir.resolve("UA.txt");
        Files.writeString(ua, String.join("\n",
                "8800001\tTestivka\tTestivka\tТестівка\t48.10000\t37.20000\tP\tPPL\tUA\t\t05\t1416\t\t\t120\t\t150\tEurope/Kyiv\t2024-01-01",
                "8800002\tBadivka\tBadivka\t\t148.10000\t37.20000\tP\tPPL\tUA\t\t05\t1416\t\t\t120\t\t150\tEurope/Kyiv\t2024-01-01",
                "8800003\tSome Hill\tSome Hill\t\t48.2\t37.3\tT\tHLL\tUA\t\t05\t\t\t\t0\t\t150\tEurope/Kyiv\t2024-01-01",
                "8800004\tZhovtotestove\tZhovtotestove\t\t48.3\t37.4\tP\tPPL\tUA\t\t05\t1416\t\t\t0\t\t150\tEurope/Kyiv\t2024-01-01",
                ""));
        Files.writeString(dir.resolve("alternateNamesV2.txt"), "1\t8800004\tru\tЖелтотестовое\t\t\t\t\t\t\n"
                + "2\t8800004\tlink\thttps://example.org\t\t\t\t\t\t\n");
        Path db = dir.resolve("store.db");
        Run r = run("gazetteer", "import", "--db", db.toString(), ua.toString());
        assertEquals(FrontlineCommand.SOME_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("UA.txt:2: absurd coordinates"), r.err());
        try (Store s = Store.open(db)) {
            PlaceRepository repo = new PlaceRepository(s);
            assertEquals(List.of(8800001L, 8800004L), repo.loadAll().stream().map(Place::id).toList());
            assertEquals(List.of("Тестівка", "Желтотестовое"), repo.aliases().stream().map(PlaceRepository.StoredAlias::name).toList());
        }
        Run g = run("geocode", "--db", db.toString(), "Желтотестовом");
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().lines().findFirst().orElseThrow().contains("\t8800004\tZhovtotestove\t"), g.out());
    }

    @Test
    void importsACsvAndGeocodesAsJson() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "name,lat,lon,alt_names,admin1\n"
                + "Kvitkove Pole,48.4,37.5,Квіткове Поле;Kvitkovo,05\n"
                + "Nowhere,abc,37.5\n"
                + "Zero Island,0,0\n");
        Path db = dir.resolve("store.db");
        Run r = run("gazetteer", "import", "--db", db.toString(), csv.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("mine.csv:3: unreadable coordinates"), r.err());
        assertTrue(r.err().contains("mine.csv:4: absurd coordinates"), r.err());
        Run g = run("geocode", "--db", db.toString(), "--format", "json", "Kvitkove Pole");
        JsonNode best = new ObjectMapper().readTree(g.out()).get("candidates").get(0);
        assertEquals("Kvitkove Pole", best.get("name").asText());
        assertEquals(48.4, best.get("lat").asDouble(), 1e-9);
        assertEquals("EXACT", best.get("kind").asText());
    }

    @Test
    void geocodePrintsRankedCandidatesOnePerLine() {
        Run g = run("geocode", "--db", dir.resolve("s.db").toString(), "--context", "Donetsk oblast", "Andriyivka");
        assertEquals(0, g.code());
        List<String> lines = g.out().lines().toList();
        assertTrue(lines.size() >= 2, g.out());
        assertTrue(lines.get(0).contains("\tUA-05\t"), lines.get(0));
        double first = Double.parseDouble(lines.get(0).split("\t")[0]);
        double second = Double.parseDouble(lines.get(1).split("\t")[0]);
        assertTrue(first >= second);
        Run none = run("geocode", "--db", dir.resolve("s.db").toString(), "Qwertyuiopgrad");
        assertEquals(1, none.code());
    }
}
