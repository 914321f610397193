package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.frontline.model.PlaceSuggestion;
import org.junit.jupiter.api.Test;

class SuggestionJsonTest {
    @Test
    void suggestionsAreWrittenExactlyAsJacksonWritesThem() {
        String[] names = {"Bakhmut", "Бахмут", "Słowiańsk", "Kyiv \"centre\"", "back\\slash", "tab\there", "", null,
            "Zaporizhzhia Oblast", "Лиман’", "x\u2028y", "日本"};
        double[] scores = {0, 1, 0.35, 0.1 + 0.2, 1e-7, 123456789.125, -0.0, Double.NaN, 0.6666666666666666};
        Random r = new Random(8);
        for (int round = 0; round < 300; round++) {
            List<PlaceSuggestion> list = new ArrayList<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                list.add(new PlaceSuggestion(r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(5_000_000),
                        names[r.nextInt(names.length)], r.nextInt(3) == 0 ? r.nextDouble() : scores[r.nextInt(scores.length)]));
            }
            assertEquals(ClaimRepository.jacksonJson(list), ClaimRepository.toJson(list), list.toString());
        }
    }
}
