package org.frontline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.frontline.model.DatePrecision;
import org.frontline.model.FuzzyDate;

/**
 * Reads the dates a sentence gives and resolves them against the publication date. Stateless and
 * thread-safe.
 *
 * <p>Resolution: a weekday is the most recent such day on or before publication; a day and month
 * without year is the latest such date not after publication; "early/mid/late" a month gives
 * week precision from the 1st, 11th or 21st; a month alone gives month precision; "in 2023" gives
 * year precision; "in the summer of 2023" season precision; "yesterday", "last week" move from the publication date; "at the start / in the
 * middle / at the end of the month (week)" gives week precision from the 1st, 11th or 21st of the
 * publication month (Monday, Wednesday or Friday of its week), a month (week) earlier when that
 * day is after publication. Without a publication date only dates that carry a year are returned.
 *
 * <p>A date right after a word of the {@code since} list ("since late February", "seit Ende
 * Februar", "depuis le 3 mars", "с начала марта", "since 2022") is left out: it tells when a state
 * began, not when a claim's event took place, so it must neither date a claim nor hide another
 * date of the sentence from it.
 */
public final class EventDateReader {
    /** Words an early/mid/late qualifier may take before its month, week or year ("в конце [мая]", "a finales de"). */
    private static final int QUALIFIER_WORDS = 4;
    /** Months in each early, mid or late part of a year ("late 2023" starts in September). */
    private static final int MONTHS_PER_PART = 4;

    /** The dates in tokens {@code [from, to)}, in text order. Never throws on odd input. */
    public List<DateMention> read(Tokens t, int from, int to, LocalDate published, CalendarWords cal) {
        List<DateMention> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            DateMention d = readAt(t, from, to, i, published, cal);
            if (d != null) {
                int lead = lead(t, from, d.token(), cal);
                if (cal.since().endingAt(t, Math.max(from, lead - 3), lead) == null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * The first token of the words that lead a date starting at {@code start}: its early/mid/late
     * qualifier and its preposition ("in late February", "в конце февраля"), where a
     * {@code since} word would end.
     */
    private static int lead(Tokens t, int from, int start, CalendarWords cal) {
        int lead = start;
        CueHit q = cal.qualifierHitEndingAt(t, Math.max(from, lead - 4), lead);
        if (q != null) {
            lead = q.from();
        }
        CueHit in = cal.yearPrepositions().endingAt(t, Math.max(from, lead - 2), lead);
        return in != null ? in.from() : lead;
    }

    private DateMention readAt(Tokens t, int from, int to, int i, LocalDate published, CalendarWords cal) {
        try {
            int[] month = cal.monthAt(t, i);
            if (month != null) {
                return monthDate(t, from, to, i, month, published, cal);
            }
            int[] season = cal.seasonAt(t, i);
            if (season != null) {
                return seasonDate(t, to, i, season);
            }
            CueHit period = cal.periods().startingAt(t, i, to);
            if (period != null && published != null) {
                DateMention p = periodDate(t, from, i, period, published, cal);
                if (p != null) {
                    return p;
                }
            }
            int[] weekday = cal.weekdayAt(t, i);
            if (weekday != null && published != null) {
                LocalDate d = published.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.of(weekday[0])));
                return new DateMention(i, FuzzyDate.day(d), false);
            }
            CueHit rel = cal.relative().startingAt(t, i, to);
            if (rel != null && published != null && !(rel.cue().label().endsWith("y") && afterMonth(t, from, i, cal))) {
                return new DateMention(i, relativeDate(published, rel.cue().label()), false);
            }
            CueHit ago = cal.yearsAgo().startingAt(t, i, to);
            if (ago != null && published != null) {
                return yearsAgo(t, i, ago, published, cal);
            }
            DateMention part = yearPartDate(t, from, i, cal);
            if (part != null) {
                return part;
            }
            CueHit in = cal.yearPrepositions().startingAt(t, i, to);
            if (in != null && in.to() < to) {
                int year = year(t.get(in.to()).norm());
                if (year > 0) {
                    return new DateMention(i, new FuzzyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR), true);
                }
            }
        } catch (DateTimeException e) {
            // An impossible calendar date such as "31 February": the text gives no usable date here.
            return null;
        }
        return null;
    }

    private DateMention monthDate(Tokens t, int from, int to, int i, int[] month, LocalDate published,
                                  CalendarWords cal) {
        int dayAt = dayBefore(t, from, i, cal);
        int day = dayAt >= 0 ? cal.number(t.get(dayAt).norm()) : -1;
        int after = month[1];
        if (day < 0 && after < to) {
            int n = cal.number(t.get(after).norm());
            if (n >= 1 && n <= 31 && t.get(after).norm().length() <= 2) {
                day = n;
                after++;
            }
        }
        int year = -1;
        for (int k = after; k < Math.min(to, after + 2) && year < 0; k++) {
            year = year(t.get(k).norm());
        }
        if (year < 0 && published != null) {
            year = relativeYear(t, after, to, published, cal); // "in May last year", "в мае прошлого года"
        }
        int start = dayAt >= 0 ? dayAt : i;
        String qualifier = cal.qualifierEndingAt(t, Math.max(from, start - QUALIFIER_WORDS), start);
        boolean preposition = cal.yearPrepositions().endingAt(t, Math.max(from, start - 2), start) != null;
        if (day < 0 && year < 0 && qualifier == null && !preposition) {
            return null;
        }
        if (year < 0 && published == null) {
            return null;
        }
        int y = year > 0 ? year : published.getYear();
        FuzzyDate date;
        if (day > 0) {
            LocalDate d = LocalDate.of(y, month[0], day);
            if (year < 0 && d.isAfter(published)) {
                d = d.minusYears(1);
            }
            date = FuzzyDate.day(d);
        } else {
            int firstDay = qualifier == null ? 1 : 1 + 10 * partIndex(qualifier);
            LocalDate d = LocalDate.of(y, month[0], firstDay);
            if (year < 0 && d.isAfter(published)) {
                d = d.minusYears(1);
            }
            date = new FuzzyDate(d, qualifier == null ? DatePrecision.MONTH : DatePrecision.WEEK);
        }
        return new DateMention(start, date, year > 0);
    }

    /**
     * A season with its year ("in the summer of 2023", "im Herbst 2022", "осенью 2022 года"): season
     * precision from 1 March, June or September of that year; a winter is the one that ends in the year
     * named (from 1 December of the year before: "winter 2024" holds January 2024). Null without a year
     * within two words after the season ("this summer" is left undated).
     */
    private static DateMention seasonDate(Tokens t, int to, int i, int[] season) {
        int year = -1;
        for (int k = season[1]; k < Math.min(to, season[1] + 2) && year < 0; k++) {
            year = year(t.get(k).norm());
        }
        if (year < 0) {
            return null;
        }
        LocalDate start = season[0] == 4 ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, 3 * season[0], 1);
        return new DateMention(i, new FuzzyDate(start, DatePrecision.SEASON), true);
    }

    /**
     * A date of the current month or week given by its part: "at the start of the month", "Ende
     * der Woche", "в конце месяца". Null without an early/mid/late qualifier before the period
     * ("this week" alone is a relative date).
     */
    private static DateMention periodDate(Tokens t, int from, int i, CueHit period, LocalDate published,
                                          CalendarWords cal) {
        String part = cal.qualifierEndingAt(t, Math.max(from, i - QUALIFIER_WORDS), i);
        if (part == null) {
            return null;
        }
        int index = partIndex(part);
        LocalDate d;
        if (period.cue().label().equals("m")) {
            d = published.withDayOfMonth(1 + 10 * index);
            d = d.isAfter(published) ? d.minusMonths(1) : d;
        } else {
            d = published.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).plusDays(2L * index);
            d = d.isAfter(published) ? d.minusWeeks(1) : d;
        }
        return new DateMention(i, new FuzzyDate(d, DatePrecision.WEEK), false);
    }

    /**
     * A bare year after an early/mid/late qualifier ("a finales de 2023", "в конце 2023 года", "late 2023"): year
     * precision from the first month of that part of the year (January, May or September); null otherwise.
     */
    private static DateMention yearPartDate(Tokens t, int from, int i, CalendarWords cal) {
        int year = year(t.get(i).norm());
        if (year < 0) {
            return null;
        }
        String part = cal.qualifierEndingAt(t, Math.max(from, i - QUALIFIER_WORDS), i);
        if (part == null) {
            return null;
        }
        LocalDate d = LocalDate.of(year, 1 + MONTHS_PER_PART * partIndex(part), 1);
        return new DateMention(i, new FuzzyDate(d, DatePrecision.YEAR), true);
    }

    /** 0, 1 or 2 for an early, mid or late part of a month or week: it starts on the 1st, 11th or 21st (Monday, Wednesday, Friday). */
    private static int partIndex(String qualifier) {
        return switch (qualifier) {
            case "early" -> 0;
            case "mid" -> 1;
            default -> 2;
        };
    }

    /** The index of the day number (1-31) one or two tokens before the month at {@code i}, or -1. */
    private static int dayBefore(Tokens t, int from, int i, CalendarWords cal) {
        for (int back = 1; back <= 2 && i - back >= from; back++) {
            String norm = t.get(i - back).norm();
            int n = cal.number(norm);
            if (n >= 1 && n <= 31 && norm.length() <= 2 && Character.isDigit(norm.charAt(0))) {
                return i - back;
            }
            if (norm.length() > 3) {
                return -1;
            }
        }
        return -1;
    }

    private static int year(String norm) {
        if (norm.length() == 4 && norm.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(norm);
            return y >= 1900 && y <= 2100 ? y : -1;
        }
        return -1;
    }

    /**
     * The year a relative year phrase names right after a month, perhaps after one linking word ("May last year",
     * "May of last year", "mayo del año pasado", "травні минулого року"), or -1.
     */
    private static int relativeYear(Tokens t, int after, int to, LocalDate published, CalendarWords cal) {
        for (int k = after; k < Math.min(to, after + 2); k++) {
            CueHit rel = cal.relative().startingAt(t, k, to);
            if (rel != null && rel.cue().label().endsWith("y")) {
                return published.getYear() + amount(rel.cue().label());
            }
        }
        return -1;
    }

    /** True when a month stands one or two tokens before {@code i}: a relative year there is that month's year. */
    private static boolean afterMonth(Tokens t, int from, int i, CalendarWords cal) {
        return i > from && cal.monthAt(t, i - 1) != null || i - 1 > from && cal.monthAt(t, i - 2) != null;
    }

    /** The signed amount of a relative offset ("-1y": -1). */
    private static int amount(String offset) {
        return Integer.parseInt(offset.substring(0, offset.length() - 1));
    }

    private static FuzzyDate relativeDate(LocalDate published, String offset) {
        int amount = amount(offset);
        char unit = offset.charAt(offset.length() - 1);
        return switch (unit) {
            case 'd' -> FuzzyDate.day(published.plusDays(amount));
            case 'w' -> new FuzzyDate(published.plusWeeks(amount)
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)), DatePrecision.WEEK);
            case 'm' -> new FuzzyDate(published.plusMonths(amount).withDayOfMonth(1), DatePrecision.MONTH);
            case 'y' -> new FuzzyDate(published.plusYears(amount).withDayOfYear(1), DatePrecision.YEAR);
            default -> throw new IllegalArgumentException("relative date offset must end in d, w, m or y: " + offset);
        };
    }

    private static DateMention yearsAgo(Tokens t, int i, CueHit ago, LocalDate published, CalendarWords cal) {
        for (int k = Math.max(0, i - 2); k < ago.to(); k++) {
            int n = cal.number(t.get(k).norm());
            if (n > 0 && n < 100) {
                LocalDate d = published.minusYears(n).withDayOfYear(1);
                return new DateMention(i, new FuzzyDate(d, DatePrecision.YEAR), false);
            }
        }
        return null;
    }
}
