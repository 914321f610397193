package org.frontline.model;

import java.util.Locale;
import java.util.Optional;

/** A party to the war whose territorial gains the tool follows. */
public enum Side {
    /** Russia, its armed forces and the forces it backs (Wagner, "DPR", "LPR"). */
    RU,
    /** Ukraine's armed forces, National Guard and territorial defence. */
    UA;

    /** The other side. */
    public Side opposite() {
        return this == RU ? UA : RU;
    }

    /** Parses {@code RU}/{@code UA} in any case; empty for null, blank or anything else. */
    public static Optional<Side> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
