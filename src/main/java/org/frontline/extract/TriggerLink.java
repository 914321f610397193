package org.frontline.extract;

/**
 * A claim trigger linked to the place it is about, within one sentence. Immutable.
 *
 * @param trigger     the trigger hit; its label is the claim type code
 * @param placeFrom   first token of the place
 * @param placeTo     token after the place
 * @param distance    words between trigger and place
 * @param placeBefore true when the place precedes the trigger ("X fell")
 */
public record TriggerLink(CueHit trigger, int placeFrom, int placeTo, int distance, boolean placeBefore) {
}
