package org.frontline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.frontline.model.DateSource;

/**
 * An article's publication date and where it came from. Immutable.
 *
 * <p>Invariant: the date is null exactly when the source is {@link DateSource#UNKNOWN}; an unknown
 * date is never replaced by today's.
 *
 * @param date      the date, or null when unknown
 * @param source    where it came from
 * @param estimated true when the source marks it as an estimate
 */
public record PublicationDate(LocalDate date, DateSource source, boolean estimated) {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\d])");

    public PublicationDate {
        Objects.requireNonNull(source, "source");
        if ((date == null) != (source == DateSource.UNKNOWN)) {
            throw new IllegalArgumentException("a date needs a source other than unknown, and only it: " + date + ", " + source);
        }
    }

    public static PublicationDate unknown() {
        return new PublicationDate(null, DateSource.UNKNOWN, false);
    }

    public static PublicationDate of(LocalDate date, DateSource source) {
        return new PublicationDate(date, source, false);
    }

    /**
     * The day of an ISO date or date-time ("2024-03-03", "2024-03-03T10:00:00+02:00"), as written,
     * without shifting the time zone.
     *
     * @throws IllegalArgumentException naming the value when it is not an existing day
     */
    public static LocalDate parseDay(String value) {
        String v = value.strip();
        if (!ISO_DAY.matcher(v).lookingAt()) {
            throw new IllegalArgumentException("unreadable date \"" + v + "\" (expected YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date \"" + v + "\" (no such day)", e);
        }
    }
}
