package org.frontline.ingest;

import java.util.List;
import java.util.Objects;
import org.frontline.model.Claim;
import org.frontline.model.PlaceMention;

/**
 * The result of analysing one article: its language and the places and claims found in it.
 * Immutable; the lists are copied. Same shape as the extractor's {@code Extraction}.
 *
 * @param language     ISO 639-1 code of the text, or null when it cannot be told
 * @param languageNote why the language is doubtful (mixed, too short...), or null
 * @param mentions     place mentions, in text order
 * @param claims       claims, each tied to a mention by its key
 */
public record Analysis(String language, String languageNote, List<PlaceMention> mentions, List<Claim> claims) {
    public Analysis {
        mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    }
}
