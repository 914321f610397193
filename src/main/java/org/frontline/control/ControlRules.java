package org.frontline.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The tunable part of the rules that turn claims into place states (see {@code docs/control-rules.md}).
 * Immutable.
 *
 * @param staleDays    days without news after which a contested place falls back to its last holder,
 *                     and a denial stops marking the place disputed; at least 1
 * @param baselineDate the date of the baseline; claims dated on or before it are ignored, since the
 *                     baseline already sums them up
 */
public record ControlRules(int staleDays, LocalDate baselineDate) {
    /** 30 days of staleness, baseline on 2022-02-23, the eve of the full-scale invasion. */
    public static final ControlRules DEFAULT = new ControlRules(30, LocalDate.of(2022, 2, 23));

    public ControlRules {
        Objects.requireNonNull(baselineDate, "baselineDate");
        if (staleDays < 1) {
            throw new IllegalArgumentException("staleDays must be at least 1: " + staleDays);
        }
    }

    public ControlRules withStaleDays(int days) {
        return new ControlRules(days, baselineDate);
    }
}
