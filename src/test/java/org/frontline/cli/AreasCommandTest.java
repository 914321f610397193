package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreasCommandTest {
    @TempDir
    Path dir;

    /** Real settlements around Bakhmut; Horlivka and Debaltseve are Russian-held on the baseline date. */
    private static final String PLACES = String.join("\n",
            "id\tname\tlat\tlon\tcountry\tadmin1\tadmin2\tfeature_code\tpopulation\tsource\tprecision_m",
            "704508\tBakhmut\t48.5947\t38.0008\tUA\t05\t\tPPLA2\t72000\tgeonames\t1000",
            "692087\tSoledar\t48.6833\t38.0833\tUA\t05\t\tPPL\t10500\tgeonames\t700",
            "711016\tChasiv Yar\t48.5866\t37.8347\tUA\t05\t\tPPL\t12000\tgeonames\t700",
            "704147\tKostiantynivka\t48.5277\t37.7058\tUA\t05\t\tPPL\t67000\tgeonames\t1000",
            "708233\tHorlivka\t48.3000\t38.0500\tUA\t05\t\tPPL\t240000\tgeonames\t2000",
            "709611\tDebaltseve\t48.3400\t38.4000\tUA\t05\t\tPPL\t25000\tgeonames\t700",
            "697309\tPopasna\t48.6333\t38.3833\tUA\t14\t\tPPL\t20000\tgeonames\t700",
            "709161\tToretsk\t48.3972\t37.8472\tUA\t05\t\tPPL\t30000\tgeonames\t700") + "\n";

    @Test
    void printsGeoJsonThatParsesBackWithTheRequiredProperties() throws Exception {
        Path places = Files.writeString(dir.resolve("places.tsv"), PLACES);
        Path db = dir.resolve("f.db");
        try (Store s = Store.open(db)) {
            s.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO articles (id, content_hash, source, text,"
                        + " published_source, extractor_version, ingested_at) VALUES (1, 'h', 'test', 'x', 'flag', 1, 'now')");
                c.createStatement().executeUpdate("INSERT INTO claims (article_id, claim_key, place_text, place_id,"
                        + " type, side, claimant, claimant_kind, status, event_date, event_precision, quote,"
                        + " quote_start, quote_end, confidence) VALUES (1, 'h:0:captured', 'Bakhmut', 704508,"
                        + " 'captured', 'RU', 'Russian MoD', 'ru_side', 'asserted', '2023-05-20', 'day', 'x', 0, 1, 0.9)");
                return null;
            });
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FrontlineCommand.execute(new PrintWriter(out), new PrintWriter(err), "areas", "--db", db.toString(),
                "--places", places.toString(), "--date", "2023-06-01", "--view", "ru", "--format", "geojson");
        assertEquals(0, code, err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("FeatureCollection", root.get("type").asText());
        Set<String> seen = new HashSet<>();
        boolean front = false;
        for (JsonNode f : root.get("features")) {
            JsonNode p = f.get("properties");
            if (p.has("kind")) {
                assertEquals("front_line", p.get("kind").asText());
                assertTrue(f.get("geometry").get("type").asText().endsWith("LineString"));
                front = true;
                continue;
            }
            assertTrue(List.of("RU", "UA").contains(p.get("side").asText()));
            assertTrue(List.of("controlled", "contested").contains(p.get("status").asText()));
            assertTrue(p.get("area_km2").asDouble() > 0);
            JsonNode c = f.get("geometry").get("coordinates");
            while (c.isArray()) {
                c = c.get(0);
            }
            double lon = c.asDouble();
            assertTrue(lon > 37 && lon < 39, "WGS84 longitude " + lon);
            seen.add(p.get("side").asText() + "/" + p.get("status").asText());
        }
        assertTrue(seen.contains("RU/controlled") && seen.contains("UA/controlled"), seen.toString());
        assertTrue(front, "a front line feature");
    }

    @Test
    void anUnknownViewIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = FrontlineCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "areas",
                "--db", dir.resolve("x.db").toString(), "--date", "2023-06-01", "--view", "both");
        assertEquals(2, code);
        assertTrue(err.toString().contains("unknown view"), err.toString());
    }
}
