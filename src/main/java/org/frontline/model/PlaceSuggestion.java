package org.frontline.model;

/** A gazetteer candidate offered for review of an unresolved or doubtful mention. */
public record PlaceSuggestion(long placeId, String name, double score) {
}
