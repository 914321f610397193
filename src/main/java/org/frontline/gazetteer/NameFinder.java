package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names of gazetteer places in running text: single and multi-word names (Chasiv Yar,
 * Velyka Novosilka, Niu-York), Russian and Ukrainian case forms (в Бахмуте, біля Покровська),
 * aliases and press spellings, and features named after a town (the Toretska mine, шахта
 * Торецкая). It looks only at capitalised words, at most three in a row, and by exact folded key or
 * Cyrillic stem: no fuzzy guessing, so that it stays fast and quiet.
 *
 * <p>Junk is kept out by: a list of everyday words that are also village names ({@link CommonWords});
 * ignoring alternate names of four letters or fewer, but a city's ("Kiev", "Київ"); and, at the start of
 * a sentence, where every word is capitalised, ignoring one-word matches that reach only small places
 * through alternate names.
 *
 * <p>Thread safety: immutable; safe for concurrent use.
 */
public final class NameFinder {
    private static final int MAX_WORDS = 3;
    private static final long SMALL_PLACE = 5000;
    private static final long CITY = 100_000;

    private final Gazetteer gazetteer;
    private final NameMatcher matcher;

    public NameFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.matcher = new NameMatcher(gazetteer.index());
    }

    /**
     * Every place name in {@code text}, in text order, without overlaps (the longest match wins).
     *
     * @param language ISO 639-1 code of the text, or empty; the rules are the same for all languages today
     */
    public List<NameMatch> find(String text, String language) {
        List<int[]> words = Words.of(text);
        List<NameMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            NameMatch m = matchAt(text, words, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                while (i < words.size() && words.get(i)[0] < m.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    private NameMatch matchAt(String text, List<int[]> words, int i) {
        int[] w = words.get(i);
        if (!Character.isUpperCase(text.charAt(w[0]))) {
            return featureFirst(text, words, i);
        }
        int n = 1;
        while (n < MAX_WORDS && i + n < words.size() && joined(text, words.get(i + n - 1), words.get(i + n))
                && Character.isUpperCase(text.charAt(words.get(i + n)[0]))) {
            n++;
        }
        for (; n >= 1; n--) {
            int end = words.get(i + n - 1)[1];
            String key = NameFolding.fold(text.substring(w[0], end));
            List<Hit> hits = matcher.exact(key);
            if (hits.isEmpty()) {
                hits = matcher.inflected(key);
            }
            if (!hits.isEmpty() && acceptable(text, w[0], n, key, hits)) {
                return match(text, w[0], end, key, hits);
            }
        }
        return featureAfter(text, words, i);
    }

    /** "Toretska mine", "Krasnolymanska colliery": a capitalised adjective, then a feature word. */
    private NameMatch featureAfter(String text, List<int[]> words, int i) {
        if (i + 1 >= words.size() || !joined(text, words.get(i), words.get(i + 1))) {
            return null;
        }
        int[] adj = words.get(i);
        int[] feat = words.get(i + 1);
        if (!NameMatcher.isFeatureWord(NameFolding.fold(text.substring(feat[0], feat[1])))) {
            return null;
        }
        return featureMatch(text, adj, adj[0], feat[1]);
    }

    /** "mina Toretskaya", "шахта Торецкая": a feature word, then a capitalised adjective. */
    private NameMatch featureFirst(String text, List<int[]> words, int i) {
        if (i + 1 >= words.size() || !joined(text, words.get(i), words.get(i + 1))) {
            return null;
        }
        int[] feat = words.get(i);
        int[] adj = words.get(i + 1);
        if (!Character.isUpperCase(text.charAt(adj[0]))
                || !NameMatcher.isFeatureWord(NameFolding.fold(text.substring(feat[0], feat[1])))) {
            return null;
        }
        return featureMatch(text, adj, feat[0], adj[1]);
    }

    private NameMatch featureMatch(String text, int[] adj, int start, int end) {
        String key = NameFolding.fold(text.substring(adj[0], adj[1]));
        if (gazetteer.commonWords().contains(key)) {
            return null;
        }
        List<Hit> hits = matcher.townOfAdjective(key);
        return hits.isEmpty() ? null : match(text, start, end, key, hits);
    }

    private boolean acceptable(String text, int start, int words, String key, List<Hit> hits) {
        if (words > 1) {
            return true;
        }
        if (gazetteer.commonWords().contains(key)) {
            return false;
        }
        boolean strongName = false;
        for (Hit h : hits) {
            strongName |= h.nameKind() != NameKind.ALTERNATE;
        }
        if (key.length() <= 4 && !strongName && !anyOfAtLeast(hits, CITY)) {
            return false; // but "Kiev", "Kiew", "Київ": a city's short exonym is no junk
        }
        return !Words.sentenceStart(text, start) || strongName || anyOfAtLeast(hits, SMALL_PLACE);
    }

    /** Whether a hit is a place of {@code people} or more (asked last: it looks each up). */
    private boolean anyOfAtLeast(List<Hit> hits, long people) {
        for (Hit h : hits) {
            if (gazetteer.byId(h.placeId()).map(p -> p.population() >= people).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static NameMatch match(String text, int start, int end, String key, List<Hit> hits) {
        MatchKind kind = hits.get(0).kind();
        for (Hit h : hits) {
            if (h.kind().ordinal() < kind.ordinal()) {
                kind = h.kind();
            }
        }
        return new NameMatch(start, end, text.substring(start, end), key, kind, hits);
    }

    /** Whether two words are separated by white space alone (one name may span them). */
    private static boolean joined(String text, int[] a, int[] b) {
        for (int k = a[1]; k < b[0]; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return b[0] - a[1] <= 2;
    }
}
