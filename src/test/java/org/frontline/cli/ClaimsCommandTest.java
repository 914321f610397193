package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.frontline.ingest.LineClaimAnalyser;
import org.frontline.model.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Place ALPHAVILLE = new Place(7, "Alphaville", 48.5, 37.9, "UA", "05", "", "PPL", 1200, "curated", 500);
    private static final Services SERVICES = new Services(new LineClaimAnalyser(1, Map.of("Alphaville", 7L)),
            id -> id == 7 ? Optional.of(ALPHAVILLE) : Optional.empty());

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void ingestTwoClaims() throws Exception {
        db = dir.resolve("claims.db").toString();
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"text\":\"Made-up.\\nCLAIM Alphaville captured RU\\nCLAIM Nowhereburg fighting UA\","
                + "\"published\":\"2024-02-03\",\"url\":\"https://news.test/1\",\"title\":\"T\",\"outlet\":\"O\","
                + "\"language\":\"en\"}\n", StandardCharsets.UTF_8);
        assertEquals(0, CommandRun.of(SERVICES, "ingest", "--db", db, corpus.toString()).exit());
    }

    @Test
    void jsonListsEveryClaimWithAllFields() throws Exception {
        CommandRun run = CommandRun.of(SERVICES, "claims", "--db", db, "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode rows = JSON.readTree(run.out());
        assertEquals(2, rows.size());
        JsonNode a = rows.get(0);
        assertEquals(Arrays.asList(ClaimRow.FIELDS), iterable(a));
        assertEquals("https://news.test/1", a.get("article").asText());
        assertEquals("2024-02-03", a.get("published").asText());
        assertEquals("Alphaville", a.get("place").asText());
        assertEquals("Alphaville", a.get("place_name").asText());
        assertEquals(7, a.get("place_id").asLong());
        assertEquals(48.5, a.get("lat").asDouble());
        assertEquals("captured", a.get("type").asText());
        assertEquals("RU", a.get("side").asText());
        assertEquals("asserted", a.get("status").asText());
        assertEquals("2024-02-03", a.get("event_date").asText());
        assertEquals("CLAIM Alphaville captured RU", a.get("quote").asText());
        JsonNode b = rows.get(1);
        assertTrue(b.get("place_name").isNull() && b.get("lat").isNull() && b.get("place_id").isNull());
    }

    @Test
    void csvHasTheSameNamesInItsHeader() throws Exception {
        CommandRun run = CommandRun.of(SERVICES, "claims", "--db", db, "--format", "CSV");
        assertEquals(0, run.exit(), run.err());
        try (CSVParser p = CSVParser.parse(new StringReader(run.out()),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(Arrays.asList(ClaimRow.FIELDS), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(2, rows.size());
            assertEquals("37.9", rows.get(0).get("lon"));
            assertEquals("", rows.get(1).get("lon"));
            assertEquals("fighting", rows.get(1).get("type"));
        }
    }

    @Test
    void geojsonHasPointsForResolvedClaimsAndListsTheUnresolved() throws Exception {
        CommandRun run = CommandRun.of(SERVICES, "claims", "--db", db, "--format", "geojson");
        assertEquals(0, run.exit(), run.err());
        JsonNode fc = JSON.readTree(run.out());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(1, fc.get("features").size());
        JsonNode f = fc.get("features").get(0);
        assertEquals("Point", f.get("geometry").get("type").asText());
        assertEquals(37.9, f.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(48.5, f.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals("Alphaville", f.get("properties").get("place_name").asText());
        assertEquals(1, fc.get("unresolved").size());
        assertEquals("Nowhereburg", fc.get("unresolved").get(0).get("place").asText());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of(SERVICES, "claims", "--db", db, "--format", "kml");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("json, csv, geojson"), run.err());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
