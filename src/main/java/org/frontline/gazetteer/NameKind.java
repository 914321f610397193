package org.frontline.gazetteer;

/** What kind of name an index entry comes from; primary names and curated aliases weigh more. */
enum NameKind {
    /** The place's own preferred name. */
    PRIMARY,
    /** An alternate name from the source (GeoNames alternate names, a CSV's alt names). */
    ALTERNATE,
    /** A curated or user alias. */
    ALIAS,
    /** A Latin transliteration, made here, of one of the place's Cyrillic names. */
    TRANSLIT
}
