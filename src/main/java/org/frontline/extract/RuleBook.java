package org.frontline.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The claim-reading rules of every supported language. Immutable and thread-safe.
 *
 * <p>The shipped rules live in {@code src/main/resources/org/frontline/extract/rules/<lang>.yaml},
 * one file per language, written for linguists to review (see the README there).
 */
public final class RuleBook {
    /** The languages the tool ships rules for. */
    public static final List<String> SHIPPED = List.of("en", "es", "fr", "de", "ru", "uk");

    private final Map<String, LanguageRules> byLanguage;

    public RuleBook(Map<String, LanguageRules> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** Loads the shipped rule files; a broken file fails loudly, naming the file. */
    public static RuleBook loadDefault() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, LanguageRules> rules = new HashMap<>();
        for (String lang : SHIPPED) {
            String resource = "rules/" + lang + ".yaml";
            try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing rule file " + resource);
                }
                rules.put(lang, new LanguageRules(yaml.readValue(in, RulesFile.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + resource + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bad rule file " + resource + ": " + e.getMessage(), e);
            }
        }
        return new RuleBook(rules);
    }

    public Optional<LanguageRules> forLanguage(String language) {
        return language == null ? Optional.empty() : Optional.ofNullable(byLanguage.get(language));
    }

    public Set<String> languages() {
        return new TreeSet<>(byLanguage.keySet());
    }
}
