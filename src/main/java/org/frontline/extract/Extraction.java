package org.frontline.extract;

import java.util.List;
import java.util.Objects;
import org.frontline.model.Claim;
import org.frontline.model.PlaceMention;

/**
 * What the {@link Extractor} read from one article. Immutable.
 *
 * @param language     the ISO 639-1 code used (given or detected), or "und" when it could not be told
 * @param languageNote a human-readable note on language handling: how it was detected, or why no
 *                     claims were read (no rules for the language); never null
 * @param mentions     every settlement mention found, with its role, in text order
 * @param claims       the territorial claims, in text order
 */
public record Extraction(String language, String languageNote, List<PlaceMention> mentions, List<Claim> claims) {
    public Extraction {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(languageNote, "languageNote");
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
