package org.frontline.model;

import java.util.Locale;

/**
 * What a claim says happened at a place. The JSON and database spelling is the lower-case name.
 *
 * <p>The {@link Claim#side()} of a claim means, per type: the side that gains for
 * {@link #CAPTURED}, {@link #RETAKEN}, {@link #ADVANCING} and {@link #ENCIRCLED}; the side that
 * left for {@link #WITHDREW}; the side that fired for {@link #SHELLED}; the attacking side, when
 * it can be told, for {@link #FIGHTING}.
 */
public enum ClaimType {
    /** Captured, took, seized, liberated, took control, entered and cleared. */
    CAPTURED,
    /** Recaptured, retook, regained, won back. */
    RETAKEN,
    /** A side pulled out of the place; {@code side} is the side that left. */
    WITHDREW,
    /** Gains in or at the place, partial control, reached the outskirts. */
    ADVANCING,
    /** Battles in, for or around the place. */
    FIGHTING,
    /** Surrounded, encircled, cut off. */
    ENCIRCLED,
    /** Shelled, struck, bombarded; {@code side} is the side that fired. */
    SHELLED;

    /** The lower-case name used in files, JSON and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@link #code()}; throws {@link IllegalArgumentException} naming the bad value. */
    public static ClaimType parse(String code) {
        for (ClaimType t : values()) {
            if (t.code().equalsIgnoreCase(code.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown claim type: " + code);
    }

    /** The side that holds the place afterwards if the claim is true, or null when it says nothing of control. */
    public Side holderAfter(Side side) {
        if (side == null) {
            return null;
        }
        return switch (this) {
            case CAPTURED, RETAKEN -> side;
            case WITHDREW -> side.opposite();
            default -> null;
        };
    }
}
