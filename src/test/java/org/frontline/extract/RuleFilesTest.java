package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule files a linguist reviews hold each pattern once per list, whatever its flags: a repeat is a
 * sign of two edits that did not see each other.
 */
class RuleFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de", "ru", "uk"})
    void noListRepeatsAnEntry(String language) throws IOException {
        try (InputStream in = RuleFilesTest.class.getResourceAsStream("/org/frontline/extract/rules/" + language + ".yaml")) {
            List<String> repeats = new ArrayList<>();
            collect(new ObjectMapper(new YAMLFactory()).readTree(in), language, repeats);
            assertEquals(List.of(), repeats);
        }
    }

    private static void collect(JsonNode node, String path, List<String> repeats) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path + "." + e.getKey(), repeats));
        } else if (node.isArray()) {
            Set<String> seen = new HashSet<>();
            for (JsonNode item : node) {
                // an entry's pattern, without its flags: "combattent" twice, once flagged, is still one pattern twice
                if (item.isValueNode() && !seen.add(item.asText().split("\\|")[0].strip())) {
                    repeats.add(path + ": " + item.asText());
                } else if (!item.isValueNode()) {
                    collect(item, path, repeats);
                }
            }
        }
    }
}
