package org.frontline.export;

import java.util.Locale;

/** What a data export holds: claims (with unresolved mentions), control areas (with the front line), or both. */
public enum DataContent {
    CLAIMS, AREAS, ALL;

    public boolean includesClaims() {
        return this != AREAS;
    }

    public boolean includesAreas() {
        return this != CLAIMS;
    }

    public static DataContent parse(String text) {
        for (DataContent c : values()) {
            if (c.name().equalsIgnoreCase(text.strip())) {
                return c;
            }
        }
        throw new InvalidExportException("'" + text + "' is not one of claims, areas, all");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
