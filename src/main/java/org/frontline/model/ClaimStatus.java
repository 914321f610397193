package org.frontline.model;

import java.util.Locale;

/** How a claim is put forward in its sentence. */
public enum ClaimStatus {
    /** Stated as fact or as one party's claim. */
    ASSERTED,
    /** Made by one party and denied by another, or negated. */
    DENIED,
    /** About the future: will fall, could be forced to abandon. */
    FORECAST,
    /** A past event recalled as background, long before the article. */
    HISTORICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimStatus parse(String code) {
        for (ClaimStatus s : values()) {
            if (s.code().equalsIgnoreCase(code.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown claim status: " + code);
    }
}
