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
    TRANSLIT;

    /**
     * How much a match by this kind of name says the place is meant, highest first: a primary name, then
     * a curated alias (a current name chosen by hand), then a source's alternate name, then a
     * transliteration made here.
     */
    int strength() {
        return switch (this) {
            case PRIMARY -> 3;
            case ALIAS -> 2;
            case ALTERNATE -> 1;
            case TRANSLIT -> 0;
        };
    }
}
