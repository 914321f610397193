package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds capitalised names the gazetteer does not know that stand where a settlement is expected:
 * right after a claim trigger, with only the language's {@code name_gap_words} between ("pushed
 * back from the populated area of Vneshenka"), right after a
 * settlement word ("the village of X"), or wherever a name already found so in the same article
 * recurs. They become unresolved mentions, never pinned at random. Stateless and thread-safe.
 *
 * <p>Some names are only tentative: the caller keeps them when the gazetteer knows them by a
 * spelling (not by a guess at a typo). German capitalises every noun, so there a capitalised word
 * after a trigger is tentative, as the gazetteer knows no "Angriffen" or "Stellungen"; so is a name
 * followed by a reporting verb ("liberated X, the ministry said", but "..., Shoigu said"), and, in
 * every language, any other capitalised word: a case form or transliteration the name finder
 * missed, a name continuing a list ("X and Y"), the German object before its participle
 * ("haben Pischtschane zurückerobert").
 */
public final class UnknownNameSpotter {
    private static final int MAX_SKIP = 5;
    private static final int MAX_WORDS = 3;

    /**
     * @param s       the sentence
     * @param taken   token flags: true where a known place, actor or claimant already sits
     * @param seen    folded unknown names found earlier in the article
     * @return token ranges {from, to, tentative} of unknown names, in text order; tentative is 1 for a
     *         German capitalised word that is a name only if the gazetteer knows it, else 0
     */
    public List<int[]> spot(SentenceView s, boolean[] taken, Set<String> seen) {
        List<int[]> out = new ArrayList<>();
        boolean[] used = new boolean[s.to() - s.from()];
        for (CueHit w : s.find("settlement_words")) {
            addAfter(s, w.to(), taken, used, out, false, 0);
        }
        boolean nouns = s.rules().capitalisedNouns();
        for (CueHit t : s.triggers()) {
            addAfter(s, t.to(), taken, used, out, true, nouns ? 1 : 0);
        }
        for (int i = s.from(); i < s.to(); i++) {
            if (!taken[i - s.from()] && !used[i - s.from()] && seen.contains(s.tokens().get(i).norm())
                    && s.tokens().get(i).capitalised()) {
                used[i - s.from()] = true;
                out.add(new int[] {i, i + 1, 0});
            }
        }
        anyCapitalised(s, taken, used, out);
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /**
     * Any other capitalised word may be a name the name finder missed ("у Торского": a case form of
     * a place known only by its Latin name; "Chtcherbynivka", "Krasnohoriwka": other transliterations),
     * tentative: kept if the gazetteer knows it. Not a word next to a claimant's name (a first name:
     * "Александр Сырский"), nor the word opening the sentence, capitalised anyway, unless a trigger
     * may take a place before it ("Изюм может оказаться в окружении", not "Тим часом ..."), or any trigger
     * may in a language fronting objects, before an aside ("Святогірськ, відомий своєю лаврою, окупанти захопили ...").
     */
    private static void anyCapitalised(SentenceView s, boolean[] taken, boolean[] used, List<int[]> out) {
        boolean opening = s.triggers().stream().anyMatch(t -> ClaimLinker.takesPlaceBefore(s, t))
                || frontedBeforeAside(s) || frontedBeforeTrigger(s);
        for (int i = opening ? s.from() : s.from() + 1; i < s.to(); i++) {
            if (!taken[i - s.from()] && !used[i - s.from()] && s.tokens().get(i).capitalised() && plausibleName(s, i)
                    && !s.rules().stopwords().contains(s.tokens().get(i).norm())) {
                int end = wordEnd(s, i);
                while (end < s.to() && end - i < MAX_WORDS && !taken[end - s.from()] && !used[end - s.from()]
                        && s.tokens().get(end).capitalised() && plausibleName(s, end) && !punctuationBefore(s, end)
                        && !firstName(s, end) && !opensTrigger(s, end) && !namesRegion(s, end)) {
                    end = wordEnd(s, end);
                }
                for (int k = i; k < end; k++) {
                    used[k - s.from()] = true;
                }
                if (!nextToName(s, taken, i - 1, i) && !nextToName(s, taken, end, end)) {
                    out.add(new int[] {i, end, 1});
                }
            }
        }
    }

    /**
     * True when, in a language fronting objects, the sentence opens with one word and a comma and has a trigger: the
     * word may be a place whose aside comes before the trigger it is the object of ("Святогірськ, відомий своєю
     * лаврою, окупанти захопили ...").
     */
    private static boolean frontedBeforeAside(SentenceView s) {
        int end = wordEnd(s, s.from());
        return s.rules().frontedObjects() && !s.triggers().isEmpty() && end < s.to() && punctuationBefore(s, end);
    }

    /**
     * True when, in a language fronting objects, a trigger follows the sentence's first word within
     * {@value ClaimLinker#FRONTED_REACH} words with no punctuation between, and the word after it opens the trigger,
     * a side or a degree adverb: the word may be its fronted object ("Новогродівку росіяни захопили ще у вересні",
     * "Цукурине вже залишили"), not an adjective of the subject ("Морські піхотинці зачистили").
     */
    private static boolean frontedBeforeTrigger(SentenceView s) {
        int end = wordEnd(s, s.from());
        if (!s.rules().frontedObjects() || end >= s.to() || !opensTrigger(s, end)
                && s.actors().stream().noneMatch(a -> a.from() == end)
                && s.rules().list("degree_adverbs").startingAt(s.tokens(), end, end + 1) == null) {
            return false;
        }
        for (CueHit t : s.triggers()) {
            if (t.from() >= end && t.from() - end <= ClaimLinker.FRONTED_REACH && !punctuatedBetween(s, end, t.from())) {
                return true;
            }
        }
        return false;
    }

    private static boolean punctuatedBetween(SentenceView s, int from, int to) {
        for (int k = from; k <= to && k < s.to(); k++) {
            if (punctuationBefore(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static void addAfter(SentenceView s, int from, boolean[] taken, boolean[] used, List<int[]> out,
                                 boolean mayskip, int tentative) {
        int limit = Math.min(s.to(), from + (mayskip ? MAX_SKIP : 1));
        for (int i = from; i < limit; i++) {
            Token tok = s.tokens().get(i);
            if (taken[i - s.from()] || used[i - s.from()] || i > s.from() && punctuationBefore(s, i)) {
                return;
            }
            if (tok.capitalised()) {
                if (!plausibleName(s, i)) {
                    return;
                }
                int end = wordEnd(s, i);
                while (end < s.to() && end - i < MAX_WORDS && !taken[end - s.from()]
                        && s.tokens().get(end).capitalised() && plausibleName(s, end) && !punctuationBefore(s, end)
                        && !firstName(s, end) && !opensTrigger(s, end) && !namesRegion(s, end)) {
                    end = wordEnd(s, end);
                }
                // "..., Shoigu said": a speaker, unless the gazetteer knows the name ("liberated X, the ministry said")
                boolean speaker = s.rules().list("attribution").startingAt(s.tokens(), end, s.to()) != null;
                for (int k = i; k < end; k++) {
                    used[k - s.from()] = true;
                }
                out.add(new int[] {i, end, speaker ? 1 : tentative});
                return;
            }
            if (mayskip && s.rules().list("name_gap_words").startingAt(s.tokens(), i, i + 1) == null) {
                return; // "in advance of talks in X": only articles and settlement words may come between
            }
        }
    }

    /** True when a trigger opens at token {@code i} ("bei Schachowe Boden gutgemacht"): it ends a name before it. */
    private static boolean opensTrigger(SentenceView s, int i) {
        for (CueHit t : s.triggers()) {
            if (t.from() == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code i} is the name of a region its region word follows ("Юнаковки Сумской области",
     * "Тёткино Курской области"): it ends a place's name before it, which it only locates.
     */
    private static boolean namesRegion(SentenceView s, int i) {
        int end = wordEnd(s, i);
        return end < s.to() && !punctuationBefore(s, end)
                && s.rules().list("region_after").startingAt(s.tokens(), end, s.to()) != null;
    }

    /**
     * True when token {@code i} is a first name ("Мер Ірпеня Олександр Маркушин"): it opens a person's
     * name, which ends a place's name before it.
     */
    private static boolean firstName(SentenceView s, int i) {
        return s.rules().list("first_names").startingAt(s.tokens(), i, i + 1) != null;
    }

    /**
     * The token after word {@code i}, a word the tokens split at an apostrophe counted whole
     * ("Лук'янців", "Куп'янськ-Вузловий"): its first syllable is no name of its own. An English
     * possessive ("Russia's") is no such word.
     */
    private static int wordEnd(SentenceView s, int i) {
        int k = i;
        while (k + 1 < s.to() && apostropheAfter(s, s.tokens().get(k))
                && s.tokens().get(k + 1).start() == s.tokens().get(k).end() + 1
                && s.tokens().get(k + 1).end() - s.tokens().get(k + 1).start() > 1) {
            k++;
        }
        return k + 1;
    }

    /** True when a lower-case letter follows the word after an apostrophe. */
    private static boolean apostropheAfter(SentenceView s, Token tok) {
        String t = s.text();
        return tok.end() + 1 < t.length() && "'’ʼ".indexOf(t.charAt(tok.end())) >= 0
                && Character.isLowerCase(t.charAt(tok.end() + 1));
    }

    /** An acronym in capitals ("FPV", "ЗСУ", "ISW"), never a settlement's name. */
    private static boolean acronym(SentenceView s, Token tok) {
        String w = s.text().substring(tok.start(), tok.end());
        return w.length() <= 5 && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** True when token {@code k} is a capitalised word already taken (a claimant's name) with no punctuation up to {@code at}. */
    private static boolean nextToName(SentenceView s, boolean[] taken, int k, int at) {
        if (k < s.from() || k >= s.to() || !taken[k - s.from()] || !s.tokens().get(k).capitalised()) {
            return false;
        }
        return !punctuationBefore(s, Math.max(k, at));
    }

    /** True when a comma, stop, colon or bracket stands between token {@code i} and the one before it. */
    private static boolean punctuationBefore(SentenceView s, int i) {
        int from = s.tokens().get(i - 1).end();
        int to = s.tokens().get(i).start();
        for (int k = from; k < to; k++) {
            if (",.;:!?()[]".indexOf(s.text().charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausibleName(SentenceView s, int i) {
        Token tok = s.tokens().get(i);
        if (tok.end() - tok.start() < 3 && !apostropheAfter(s, tok) || Character.isDigit(tok.norm().charAt(0))
                || acronym(s, tok)) {
            return false;
        }
        CalendarWords cal = s.rules().calendar();
        return cal.monthAt(s.tokens(), i) == null && cal.weekdayAt(s.tokens(), i) == null
                && s.rules().list("not_names").startingAt(s.tokens(), i, s.to()) == null;
    }
}
