package org.frontline.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedDumpTest {
    @Test
    void dump() throws Exception {
        Extractor x = Extractor.withDefaultRules(KnownPlaces.lookup());
        Path dir = Path.of(System.getProperty("frontline.seeds"));
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv")).subList(1, 5)) {
            String[] f = line.split("\t");
            String text = Files.readString(dir.resolve(f[0]));
            Extraction e = x.extract(new ArticleText(text, null, LocalDate.parse(f[1]), null, f[0].substring(0, 3)));
            System.out.println("=== " + f[0] + " " + e.language() + " " + e.languageNote());
            e.mentions().forEach(m -> System.out.println("  M " + m.text() + " " + m.role() + " " + m.placeId() + " " + m.resolution()));
            e.claims().forEach(c -> System.out.println("  C " + c.placeText() + "#" + c.placeId() + " " + c.type() + " " + c.side() + " " + c.status()
                + " by=" + c.claimant().name() + "/" + c.claimant().kind() + " denied=" + c.deniedBy() + " date=" + c.eventDate() + " conf=" + String.format("%.2f", c.confidence())
                + " @" + c.quoteStart()));
        }
    }
}
