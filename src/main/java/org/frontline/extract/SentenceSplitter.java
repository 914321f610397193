package org.frontline.extract;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into paragraphs (at line breaks) and sentences (ICU sentence rules with the
 * locale's abbreviation list, so "Mr. Pushilin" and "z. B." do not end a sentence; nor does an
 * ordinal such as "am 14. Juli"). A dateline opening the article ("MOSCOW/KYIV, Jan 6 (AWS) -",
 * "Kiew (nme) –", "JERSÓN (Ucrania), 11 nov (ALN).-") is a paragraph of its own: the cities an agency
 * files from are neither places nor sides of the first sentence. A live blog's time stamp opening a
 * sentence ("+++ 15:20 Uhr +++ In X ...") is left out of it, so that X still opens it.
 * Thread-safe: a fresh ICU iterator is cloned for every call.
 */
public final class SentenceSplitter {
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    /**
     * Capitalised words (one or more, "/" between cities), an optional country in brackets, up to two
     * comma-separated parts (a country, a date), an optional agency in brackets, then a dash (which
     * may be missing after an agency: "MOSCÚ/KIEV, 21 (EUROPA NOTICIAS) El ...").
     */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(" + WORD + "(?:[ /]" + WORD + ")*)"
            + "(\\s*\\([\\p{L} ]{1,20}\\))?(?:,\\s*[\\p{L}\\d .]{1,25}?){0,2}"
            + "(?:(\\s*\\([^()\\n]{1,30}\\))(?:\\s*(?:\\.\\s*)?[-–—])?|\\s*(?:\\.\\s*)?[-–—])\\s+");
    private static final int DATELINE_MAX = 90;
    /** A live blog's time stamp opening a sentence ("+++ 15:20 Uhr +++", "09:12 -", "15.05"): no word of it. */
    private static final Pattern TIME_STAMP = Pattern.compile(
            "^(?:\\+{2,}\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:Uhr|h))?\\s*(?:\\+{2,}|[-–—:|])?\\s+(?=\\p{Lu})");

    /** The most words an abbreviation spans ("k. u. k."). */
    private static final int ABBREVIATION_WORDS = 3;
    /**
     * Languages that write ordinals with a period, so that "am 14." ends no sentence; elsewhere a number ends one
     * ("... de Soudja. 11 h 30. Moscou affirme", a live blog's time stamps).
     */
    private static final Set<String> PERIOD_ORDINALS = Set.of("de");

    private final BreakIterator prototype;
    /** The locale's abbreviations with their period ("Nr.", "Mr.", "z.B."), but for one-letter ones. */
    private final Set<String> abbreviations;
    /** Whether the language writes ordinals with a period ("am 14. Mai"): German. */
    private final boolean periodOrdinals;

    /**
     * A splitter for an ISO 639-1 language code, or the root rules for null. A break after one of the
     * locale's abbreviations (ICU's list) is joined again when the whole word before the period is that
     * abbreviation: ICU's own filter matches them at the end of any word, so that German "Er schrieb es auf
     * Telegram. Bei X ..." was one sentence ("am." is on its list). One-letter abbreviations ("r.", "s.")
     * are left out; one inside a longer one ("z. B.", "u. a.") is joined again.
     */
    public SentenceSplitter(String language) {
        ULocale locale = new ULocale(language == null ? "en" : language);
        this.prototype = BreakIterator.getSentenceInstance(locale);
        this.abbreviations = abbreviations(locale);
        this.periodOrdinals = PERIOD_ORDINALS.contains(locale.getLanguage());
    }

    /** ICU's sentence-break exceptions for the locale (what its FilteredBreakIteratorBuilder reads). */
    private static Set<String> abbreviations(ULocale locale) {
        Set<String> out = new HashSet<>();
        try {
            ICUResourceBundle bundle = ICUResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME, locale,
                    ICUResourceBundle.OpenType.LOCALE_ROOT);
            ICUResourceBundle list = bundle.findWithFallback("exceptions/SentenceBreak");
            for (int i = 0; list != null && i < list.getSize(); i++) {
                String abbreviation = list.getString(i);
                if (abbreviation.length() > 2) {
                    out.add(abbreviation);
                }
            }
        } catch (MissingResourceException e) {
            // no list for the locale: every period ends a sentence where ICU's rules say so
        }
        return out;
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = (BreakIterator) prototype.clone();
        int paragraph = 0;
        int lineStart = 0;
        int dateline = datelineEnd(text);
        if (dateline > 0) {
            addSentences(text, 0, dateline, paragraph++, it, out);
            lineStart = dateline;
        }
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (addSentences(text, lineStart, lineEnd, paragraph, it, out)) {
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * The end of a dateline opening the text, or 0 when there is none. A dateline is told from a
     * sentence's opening words by its form: cities in capitals ("KYIV,"), several cities ("Bachmut/Moskau"),
     * or an agency in brackets ("(nme)").
     */
    static int datelineEnd(String text) {
        Matcher m = DATELINE.matcher(text.length() > DATELINE_MAX ? text.substring(0, DATELINE_MAX) : text);
        if (!m.lookingAt()) {
            return 0;
        }
        String cities = m.group(1);
        boolean capitals = cities.length() >= 3 && cities.equals(cities.toUpperCase(java.util.Locale.ROOT));
        return capitals || cities.contains("/") || m.group(2) != null || m.group(3) != null ? m.end() : 0;
    }

    /** "am 14." ends no sentence: a one- or two-digit number with a period is an ordinal (German dates). */
    private static boolean endsWithOrdinal(String text, Sentence s) {
        int e = s.end();
        if (e - s.start() < 3 || text.charAt(e - 1) != '.' || !Character.isDigit(text.charAt(e - 2))) {
            return false;
        }
        int i = e - 2;
        while (i > s.start() && Character.isDigit(text.charAt(i - 1))) {
            i--;
        }
        return e - 1 - i <= 2 && (i == s.start() || Character.isWhitespace(text.charAt(i - 1)));
    }

    /**
     * "z." in "z. B.", "u." in "u. a.": a lone lowercase letter with a period, and another letter with a
     * period opening what follows, are one abbreviation ("vers 8 h. Elles ..." ends a sentence).
     */
    private static boolean endsWithLetter(String text, Sentence s, int next) {
        int e = s.end();
        return e - s.start() >= 3 && text.charAt(e - 1) == '.' && Character.isLowerCase(text.charAt(e - 2))
                && !Character.isLetterOrDigit(text.charAt(e - 3))
                && next + 1 < text.length() && Character.isLetter(text.charAt(next)) && text.charAt(next + 1) == '.';
    }

    /**
     * "Nr. 5", "Mr. Pushilin", "z. B. Robotyne": the whole word before the sentence's final period is an
     * abbreviation, or the last two or three words are one, spaced or not ("z. B." as "z.B.", "n. Chr.").
     */
    private boolean endsWithAbbreviation(String text, Sentence s) {
        int e = s.end();
        if (e - s.start() < 2 || text.charAt(e - 1) != '.') {
            return false;
        }
        int i = e - 1;
        for (int words = 0; words < ABBREVIATION_WORDS; words++) {
            while (i > s.start() && !Character.isWhitespace(text.charAt(i - 1)) && "([«„\"'“‘".indexOf(text.charAt(i - 1)) < 0) {
                i--;
            }
            String tail = text.substring(i, e);
            if (abbreviations.contains(tail) || abbreviations.contains(tail.replace(" ", ""))) {
                return true;
            }
            if (i == s.start() || text.charAt(i - 1) != ' ') {
                return false;
            }
            i--;
        }
        return false;
    }

    private boolean addSentences(String text, int from, int to, int paragraph, BreakIterator it,
                                 List<Sentence> out) {
        if (from >= to || text.substring(from, to).isBlank()) {
            return false;
        }
        it.setText(text.substring(from, to));
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            int start = from + s;
            int end = from + e;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            Matcher stamp = TIME_STAMP.matcher(text).region(start, end);
            if (stamp.lookingAt()) {
                start = stamp.end(); // "15:20 In Kostjantyniwka ...": the sentence opens with its first word
            }
            if (start >= end) {
                continue;
            }
            Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.paragraph() == paragraph && (periodOrdinals && endsWithOrdinal(text, last)
                    || endsWithLetter(text, last, start) || endsWithAbbreviation(text, last))) {
                out.set(out.size() - 1, new Sentence(last.index(), paragraph, last.start(), end));
            } else {
                out.add(new Sentence(out.size(), paragraph, start, end));
            }
        }
        return true;
    }
}
