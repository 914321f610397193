package org.frontline.model;

import java.util.Locale;

/** Why a place is named in a sentence. Only {@link #CLAIM} mentions yield claims. */
public enum MentionRole {
    /** The place is the object of a territorial claim. */
    CLAIM,
    /** Named for distance ("7 km from X"). */
    DISTANCE,
    /** Named as a direction or axis ("toward X", "the X direction"). */
    DIRECTION,
    /** Named for background, logistics, politics or history of the region. */
    CONTEXT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MentionRole parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
