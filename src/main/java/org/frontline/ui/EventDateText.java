package org.frontline.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.frontline.model.FuzzyDate;

/** An event date as the viewer writes it, with its precision: "14 Mar 2024", "week of 11 Mar 2024", "autumn 2022". */
final class EventDateText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private EventDateText() {
    }

    static String of(FuzzyDate d) {
        if (d == null) {
            return "unknown";
        }
        return switch (d.precision()) {
            case DAY -> DATE.format(d.date());
            case WEEK -> "week of " + DATE.format(d.date());
            case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(d.date());
            case SEASON -> season(d.date());
            case YEAR -> String.valueOf(d.date().getYear());
        } + " (" + d.precision().code() + " precision)";
    }

    /** "spring 2023", "winter 2023/24" for a season starting on {@code start}. */
    private static String season(LocalDate start) {
        return switch (start.getMonthValue()) {
            case 3 -> "spring " + start.getYear();
            case 6 -> "summer " + start.getYear();
            case 9 -> "autumn " + start.getYear();
            default -> String.format(Locale.ROOT, "winter %d/%02d", start.getYear(), (start.getYear() + 1) % 100);
        };
    }
}
