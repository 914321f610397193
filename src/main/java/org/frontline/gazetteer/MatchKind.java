package org.frontline.gazetteer;

/** How a name was matched to a place, from the most to the least certain. */
public enum MatchKind {
    /** The name or one of the source's alternate names, after folding. */
    EXACT,
    /** A curated or user alias (old name, Russian form, press spelling). */
    ALIAS,
    /** A Russian or Ukrainian case form of a name (в Бахмуте, під Покровськом). */
    INFLECTED,
    /** Another transliteration or press spelling of a name, matched through {@link LooseKey}. */
    TRANSLITERATED,
    /** A near miss by edit distance: a typo or a garbled name; low confidence. */
    FUZZY,
    /** A feature named after the place (the Toretska mine): the place, with lower precision. */
    FEATURE
}
