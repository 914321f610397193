package org.frontline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date of a dateline near the start of an article: "KYIV, March 3, 2024 —",
 * "Madrid, 10 de febrero de 2024 (EFE).-", "Paris, 3 mars 2024", "Berlin, 3. März 2024",
 * "Київ, 3 березня 2024 р.", "Москва, 3 марта 2024 г.", "12.03.2024" and ISO "2024-03-12".
 *
 * <p>Only the first {@link #WINDOW} characters are searched, and the earliest date there wins.
 * A day and month with no year ("Madrid, 10 feb (EFE).-") are found but give no date: the year
 * cannot be told, and guessing it would put claims in the wrong year. Slashed dates are ignored
 * because 03/12/2024 means different days in different countries.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatelineParser {
    /** How many leading characters of the text may hold the dateline. */
    public static final int WINDOW = 300;
    /** Years a dateline may give; outside them a date-like text is reported, not believed. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private static final Map<String, Integer> MONTHS = months();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(\\p{L}{3,10})(?![\\p{L}])\\.?"
                    + "(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d))?", FLAGS);
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /**
     * A date found in a dateline. Immutable.
     *
     * @param written how it is written in the text
     * @param offset  where it starts in the text
     * @param date    the date, or null when it has no year or names a day that does not exist
     * @param reason  why {@code date} is null, else null
     */
    public record Found(String written, int offset, LocalDate date, String reason) {
    }

    private DatelineParser() {
    }

    /**
     * The earliest dateline date in the first {@link #WINDOW} characters of {@code text}; when there
     * is none, the earliest date-like text that gives no date (no year, or a day that does not exist),
     * so that the caller can say why.
     */
    public static Optional<Found> find(String text) {
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        List<Found> all = new ArrayList<>();
        monthFirst(head, all);
        dayFirst(head, all);
        numeric(head, DOTTED, 3, 2, 1, all);
        numeric(head, ISO, 1, 2, 3, all);
        Comparator<Found> byOffset = Comparator.comparingInt(Found::offset);
        Optional<Found> dated = all.stream().filter(f -> f.date() != null).min(byOffset);
        return dated.isPresent() ? dated : all.stream().min(byOffset);
    }

    private static void monthFirst(String head, List<Found> out) {
        Matcher m = MONTH_FIRST.matcher(head);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                out.add(found(m, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))));
            }
        }
    }

    private static void dayFirst(String head, List<Found> out) {
        Matcher m = DAY_FIRST.matcher(head);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month == null) {
                continue;
            }
            if (m.group(3) == null) {
                out.add(new Found(m.group(), m.start(), null, "the dateline \"" + m.group().strip() + "\" has no year"));
            } else {
                out.add(found(m, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            }
        }
    }

    private static void numeric(String head, Pattern p, int year, int month, int day, List<Found> out) {
        Matcher m = p.matcher(head);
        while (m.find()) {
            out.add(found(m, Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day))));
        }
    }

    private static Found found(Matcher m, int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            // "Feb. 29 0000" is a valid ISO date but no article's publication date.
            return new Found(m.group(), m.start(), null, "implausible year " + year + " in the dateline \""
                    + m.group().strip() + "\"");
        }
        try {
            return new Found(m.group(), m.start(), LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return new Found(m.group(), m.start(), null, "invalid date \"" + m.group().strip() + "\" in the dateline");
        }
    }

    private static Integer month(String word) {
        return MONTHS.get(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            // English
            {"january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                "august aug", "september sep sept", "october oct", "november nov", "december dec"},
            // Spanish
            {"enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
                "septiembre setiembre set", "octubre", "noviembre", "diciembre dic"},
            // French
            {"janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
                "juillet juil", "août aout", "septembre", "octobre", "novembre", "décembre decembre déc"},
            // German
            {"januar jänner", "februar", "märz mär", "april", "mai", "juni", "juli", "august", "september",
                "oktober okt", "november", "dezember dez"},
            // Ukrainian, genitive as in dates
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                "жовтня", "листопада", "грудня"},
            // Russian, genitive as in dates
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"},
        };
        Map<String, Integer> map = new HashMap<>();
        for (String[] language : names) {
            for (int month = 0; month < 12; month++) {
                for (String word : language[month].split(" ")) {
                    map.put(word, month + 1);
                }
            }
        }
        return Map.copyOf(map);
    }
}
