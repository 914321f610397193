package org.frontline.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of {@link Cue}s searched together, such as the capture triggers of one language.
 * Immutable and thread-safe.
 */
public final class Lexicon {
    /** The empty lexicon, for lists a rule file leaves out. */
    public static final Lexicon EMPTY = new Lexicon(List.of());

    private final List<Cue> cues;
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    /** Cues starting with a prefix word ("captur*"), by the prefix's first two characters. */
    private final Map<String, List<Cue>> byPrefixStart = new HashMap<>();
    private final List<Cue> unindexed = new ArrayList<>();

    public Lexicon(Collection<Cue> cues) {
        this.cues = List.copyOf(cues);
        for (Cue c : this.cues) {
            String first = c.pattern().firstWord();
            String prefix = c.pattern().firstPrefix();
            if (first == null && prefix != null && prefix.length() >= 2) {
                byPrefixStart.computeIfAbsent(prefix.substring(0, 2), k -> new ArrayList<>()).add(c);
            } else if (first == null) {
                unindexed.add(c);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Builds a lexicon from rule-file entries, every cue labelled {@code label}. */
    public static Lexicon of(Collection<String> entries, String label) {
        List<Cue> cues = new ArrayList<>();
        if (entries != null) {
            for (String e : entries) {
                cues.add(Cue.parse(e, label));
            }
        }
        return new Lexicon(cues);
    }

    /** Joins several lexicons. */
    public static Lexicon union(Collection<Lexicon> parts) {
        List<Cue> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.cues));
        return new Lexicon(all);
    }

    public List<Cue> cues() {
        return cues;
    }

    /**
     * Finds the cues in tokens {@code [from, to)}: at each position the longest match wins and
     * the search resumes after it, so hits never overlap. In token order.
     */
    public List<CueHit> find(Tokens tokens, int from, int to) {
        List<CueHit> hits = new ArrayList<>();
        int i = Math.max(0, from);
        int limit = Math.min(to, tokens.size());
        while (i < limit) {
            CueHit best = longestAt(tokens, i, limit);
            if (best == null) {
                i++;
            } else {
                hits.add(best);
                i = best.to();
            }
        }
        return hits;
    }

    /** The longest cue matching exactly at token {@code at}, or null. */
    public CueHit longestAt(Tokens tokens, int at, int limit) {
        CueHit best = null;
        Token token = tokens.get(at);
        List<Cue> indexed = byFirstWord.get(token.norm());
        if (indexed != null) {
            best = longest(indexed, tokens, at, limit, best);
        }
        if (!byPrefixStart.isEmpty() && token.head().length() == 2) {
            List<Cue> prefixed = byPrefixStart.get(token.head());
            if (prefixed != null) {
                best = longest(prefixed, tokens, at, limit, best);
            }
        }
        return longest(unindexed, tokens, at, limit, best);
    }

    private static CueHit longest(List<Cue> candidates, Tokens tokens, int at, int limit, CueHit best) {
        for (Cue c : candidates) {
            int end = c.pattern().matchAt(tokens, at, limit);
            if (end > at && (best == null || end > best.to())) {
                best = new CueHit(c, at, end);
            }
        }
        return best;
    }

    /** True when some cue ends exactly at token {@code end} (exclusive) and starts at or after {@code from}. */
    public CueHit endingAt(Tokens tokens, int from, int end) {
        for (int start = end - 1; start >= Math.max(0, from); start--) {
            CueHit h = longestAt(tokens, start, end);
            if (h != null && h.to() == end) {
                return h;
            }
        }
        return null;
    }

    /** The cue starting exactly at token {@code start}, within {@code limit}, or null. */
    public CueHit startingAt(Tokens tokens, int start, int limit) {
        if (start >= Math.min(limit, tokens.size())) {
            return null;
        }
        return longestAt(tokens, start, Math.min(limit, tokens.size()));
    }
}
