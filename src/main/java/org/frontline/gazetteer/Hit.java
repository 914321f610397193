package org.frontline.gazetteer;

/**
 * A raw match of a name to a place, before ranking. Immutable.
 *
 * @param placeId    the place
 * @param kind       how the name matched
 * @param nameKind   what kind of name of the place it matched
 * @param similarity 1 for an exact key, less for loose, feature and fuzzy matches
 * @param via        the gazetteer key that matched, for the candidate's reason
 */
record Hit(long placeId, MatchKind kind, NameKind nameKind, double similarity, String via) {
}
