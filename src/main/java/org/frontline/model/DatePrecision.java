package org.frontline.model;

import java.util.Locale;

/** How finely a date is known. A date of lower precision stands for the start of its period. */
public enum DatePrecision {
    DAY, WEEK, MONTH,
    /** Three months from 1 March, June, September or December (a winter is named by the year it ends in). */
    SEASON,
    YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
