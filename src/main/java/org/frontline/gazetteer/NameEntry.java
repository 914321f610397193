package org.frontline.gazetteer;

/**
 * One name of one place as the index holds it. Immutable.
 *
 * @param placeId the place
 * @param kind    where the name comes from
 * @param mid     the {@link LooseKey#mid} form of the name's Latin spelling, for edit distances
 */
record NameEntry(long placeId, NameKind kind, String mid) {
}
