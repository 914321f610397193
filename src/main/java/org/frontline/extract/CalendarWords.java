package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calendar words of one language, compiled from the {@code dates} section of its rule file.
 * Immutable and thread-safe.
 */
public final class CalendarWords {
    private final Lexicon months;
    private final Lexicon weekdays;
    private final Lexicon seasons;
    private final Lexicon relative;
    private final Lexicon early;
    private final Lexicon mid;
    private final Lexicon late;
    private final Lexicon yearPrepositions;
    private final Lexicon yearsAgo;
    private final Lexicon periods;
    private final Lexicon since;
    private final Map<String, Integer> numbers = new TreeMap<>();

    CalendarWords(RulesFile.DateWords words) {
        if (words == null) {
            words = new RulesFile.DateWords(List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of());
        }
        months = numbered(words.months(), "month", 12);
        weekdays = numbered(words.weekdays(), "weekday", 7);
        seasons = numbered(words.seasons(), "season", 4);
        List<Cue> rel = new ArrayList<>();
        if (words.relative() != null) {
            words.relative().forEach((pattern, offset) -> {
                if (!offset.matches("[+-]?\\d+[dwmy]")) {
                    throw new IllegalArgumentException("dates.relative '" + pattern + "' needs an offset like -1d, -1w, 0m or -1y, not '" + offset + "'");
                }
                rel.add(Cue.parse(pattern, offset.replace("+", "")));
            });
        }
        relative = new Lexicon(rel);
        early = Lexicon.of(words.early(), "early");
        mid = Lexicon.of(words.mid(), "mid");
        late = Lexicon.of(words.late(), "late");
        yearPrepositions = Lexicon.of(words.yearPrepositions(), "in");
        yearsAgo = Lexicon.of(words.yearsAgo(), "ago");
        List<Cue> per = new ArrayList<>();
        if (words.periods() != null) {
            words.periods().forEach((pattern, unit) -> {
                if (!unit.equals("w") && !unit.equals("m")) {
                    throw new IllegalArgumentException("dates.periods '" + pattern + "' needs w (week) or m (month), not '" + unit + "'");
                }
                per.add(Cue.parse(pattern, unit));
            });
        }
        periods = new Lexicon(per);
        since = Lexicon.of(words.since(), "since");
        if (words.numbers() != null) {
            words.numbers().forEach((w, n) -> numbers.put(Tokens.fold(w), n));
        }
    }

    /** One lexicon for all months (or weekdays), each cue labelled with its number from 1. */
    private static Lexicon numbered(List<List<String>> lists, String what, int count) {
        if (lists == null || lists.isEmpty()) {
            return Lexicon.EMPTY;
        }
        if (lists.size() != count) {
            throw new IllegalArgumentException("dates." + what + "s must list " + count + " entries, not " + lists.size());
        }
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (String entry : lists.get(i)) {
                cues.add(Cue.parse(entry, Integer.toString(i + 1)));
            }
        }
        return new Lexicon(cues);
    }

    /** The month (1-12) whose name starts at token {@code at}, with the index after it; null if none. */
    int[] monthAt(Tokens t, int at) {
        return indexedAt(months, t, at);
    }

    /** The ISO weekday (1 = Monday) named at token {@code at}, with the index after it; null if none. */
    int[] weekdayAt(Tokens t, int at) {
        return indexedAt(weekdays, t, at);
    }

    /** The season (1 spring, 2 summer, 3 autumn, 4 winter) named at token {@code at}, with the index after it; null if none. */
    int[] seasonAt(Tokens t, int at) {
        return indexedAt(seasons, t, at);
    }

    private static int[] indexedAt(Lexicon lexicon, Tokens t, int at) {
        CueHit h = lexicon.startingAt(t, at, t.size());
        return h == null ? null : new int[] {Integer.parseInt(h.cue().label()), h.to()};
    }

    Lexicon relative() {
        return relative;
    }

    Lexicon yearPrepositions() {
        return yearPrepositions;
    }

    Lexicon yearsAgo() {
        return yearsAgo;
    }

    /** The current week or month ("the month", "des Monats", "месяца"), labelled w or m. */
    Lexicon periods() {
        return periods;
    }

    /** Words that make the date after them the start of a state ("since", "seit", "depuis", "с"). */
    Lexicon since() {
        return since;
    }

    /** "early", "mid" or "late" when such a qualifier ends at token {@code end} (exclusive), else null. */
    String qualifierEndingAt(Tokens t, int from, int end) {
        CueHit h = qualifierHitEndingAt(t, from, end);
        return h == null ? null : h.cue().label();
    }

    /** The early, mid or late qualifier (labelled so) ending at token {@code end} (exclusive), or null. */
    CueHit qualifierHitEndingAt(Tokens t, int from, int end) {
        for (Lexicon q : List.of(early, mid, late)) {
            CueHit h = q.endingAt(t, from, end);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** The value of a number word or digits, or -1. */
    int number(String norm) {
        if (!norm.isEmpty() && norm.length() <= 4 && norm.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(norm);
        }
        return numbers.getOrDefault(norm, -1);
    }
}
