package org.frontline.control;

import java.util.Locale;
import org.frontline.model.ClaimantKind;

/**
 * Whose claims a control map believes. The same date can be drawn in every view and compared:
 * what Russian sources say is held against what Ukrainian or independent sources say.
 */
public enum ControlView {
    /** Every claimant. */
    ALL,
    /** Russian and Russian-installed officials, the Russian ministry, pro-Russian bloggers. */
    RU,
    /** Ukraine's General Staff, ministry, officials and units. */
    UA,
    /** Analysts, monitors, wire services, and outlets speaking in their own voice. */
    INDEPENDENT;

    /** Whether this view believes claims made by a claimant of this kind. */
    public boolean includes(ClaimantKind kind) {
        return switch (this) {
            case ALL -> true;
            case RU -> kind == ClaimantKind.RU_SIDE;
            case UA -> kind == ClaimantKind.UA_SIDE;
            case INDEPENDENT -> kind == ClaimantKind.INDEPENDENT || kind == ClaimantKind.OUTLET;
        };
    }

    /** The lower-case name used on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@link #code()} in any case; throws {@link IllegalArgumentException} naming the bad value. */
    public static ControlView parse(String code) {
        for (ControlView v : values()) {
            if (v.code().equalsIgnoreCase(code.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view: " + code + " (expected all, ru, ua or independent)");
    }
}
