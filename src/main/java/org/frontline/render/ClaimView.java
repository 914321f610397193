package org.frontline.render;

import java.util.Locale;

/** Whose claims the control areas follow: everybody's, one side's, or independent sources'. */
public enum ClaimView {
    ALL("All claimants"),
    RU("Russian-side claims"),
    UA("Ukrainian-side claims"),
    INDEPENDENT("Independent sources");

    private final String label;

    ClaimView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimView parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
