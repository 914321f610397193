package org.frontline.gazetteer;

import java.util.Objects;

/**
 * Another name of a gazetteer place: a renamed town's old name, a Russian form, a press spelling,
 * or a name the user added. Immutable.
 *
 * @param placeId the place the alias points at
 * @param name    the alias as written
 * @param kind    renamed, ru, uk, fr, de, es, pl, translit, typo, or the language a user gave; may be empty
 * @param source  curated (shipped aliases.tsv), imported or user
 */
public record Alias(long placeId, String name, String kind, String source) {
    public Alias {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank alias for place " + placeId);
        }
        kind = kind == null ? "" : kind;
        source = source == null ? "" : source;
    }
}
