package org.frontline.model;

import java.util.Locale;

/**
 * Whose side a claimant speaks for. Drives the control-area views: all claimants, Russian-side
 * only, Ukrainian-side only, and independent sources only.
 */
public enum ClaimantKind {
    /** Russia's ministry of defence, Russian or Russian-installed officials, pro-Russian war bloggers. */
    RU_SIDE,
    /** Ukraine's General Staff, ministry, officials, units. */
    UA_SIDE,
    /** Analysts and monitors such as ISW, wire services, foreign governments, open-source analysts. */
    INDEPENDENT,
    /** The outlet itself, with no attribution in the text. */
    OUTLET;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimantKind parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
