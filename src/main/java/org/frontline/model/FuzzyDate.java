package org.frontline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date with the precision it is known to. Immutable.
 *
 * @param date      the date (for week, month or year precision, a representative day of it)
 * @param precision how finely {@code date} is known
 */
public record FuzzyDate(LocalDate date, DatePrecision precision) {
    public FuzzyDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    public static FuzzyDate day(LocalDate date) {
        return new FuzzyDate(date, DatePrecision.DAY);
    }
}
