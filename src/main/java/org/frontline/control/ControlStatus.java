package org.frontline.control;

/** What the claims say about a place at a date. */
public enum ControlStatus {
    /** Held by Russia or the forces it backs. */
    RU,
    /** Held by Ukraine. */
    UA,
    /** Fought over, attacked or encircled, and not yet stale. */
    CONTESTED,
    /** No baseline and no claim says who holds it. */
    UNKNOWN
}
