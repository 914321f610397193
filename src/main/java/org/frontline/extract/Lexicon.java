package org.frontline.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list of {@link Cue}s searched together, such as the capture triggers of one language.
 * Immutable and thread-safe.
 */
public final class Lexicon {
    /** The empty lexicon, for lists a rule file leaves out. */
    public static final Lexicon EMPTY = new Lexicon(List.of());

    private final List<Cue> cues;
    private final HashIndex byFirstWord;
    /** Cues starting with a prefix word ("captur*"), by the prefix's first two characters. */
    private final HashIndex byPrefixStart;
    private final Cue[] unindexed;
    /** The most tokens a cue of this list can span: no cue ending at a token starts further back. */
    private final int maxWords;

    public Lexicon(Collection<Cue> cues) {
        this.cues = List.copyOf(cues);
        Map<String, List<Cue>> firstWords = new HashMap<>();
        Map<String, List<Cue>> prefixStarts = new HashMap<>();
        List<Cue> others = new ArrayList<>();
        for (Cue c : this.cues) {
            String first = c.pattern().firstWord();
            String prefix = c.pattern().firstPrefix();
            if (first == null && prefix != null && prefix.length() >= 2) {
                prefixStarts.computeIfAbsent(prefix.substring(0, 2), k -> new ArrayList<>()).add(c);
            } else if (first == null) {
                others.add(c);
            } else {
                firstWords.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
            }
        }
        this.byFirstWord = new HashIndex(firstWords);
        this.byPrefixStart = new HashIndex(prefixStarts);
        this.unindexed = others.toArray(Cue[]::new);
        this.maxWords = this.cues.stream().mapToInt(c -> c.pattern().maxWords()).max().orElse(0);
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
     * Finds the cues in tokens {@code [from, to)}: at each position the longest match wins (of cues of
     * two labels matching the same words, the one with more exact words: "took back control of" as a
     * retaking over "took [0-2] control of" as a capture; at as many, the one with longer prefixes) and the search resumes after it, so hits never
     * overlap. In token order.
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
        Cue[] indexed = byFirstWord.get(tokens.normHash(at));
        if (indexed != null) {
            best = longest(indexed, tokens, at, limit, best);
        }
        if (!byPrefixStart.isEmpty()) {
            Cue[] prefixed = byPrefixStart.get(tokens.headHash(at));
            if (prefixed != null && tokens.get(at).head().length() == 2) {
                best = longest(prefixed, tokens, at, limit, best);
            }
        }
        return unindexed.length == 0 ? best : longest(unindexed, tokens, at, limit, best);
    }

    /**
     * Cues by the hash code of the word (or two first letters) they start with, in an open-addressing
     * table of ints: most words of a text start no cue of a given list, and this way telling so
     * reads two arrays instead of a map's nodes and strings. Words of equal hash share a slot; the
     * cue's own match tells them apart.
     */
    private static final class HashIndex {
        private final int[] hashes;
        private final Cue[][] cues;
        private final int mask;
        private final boolean empty;

        HashIndex(Map<String, List<Cue>> byKey) {
            Map<Integer, List<Cue>> byHash = new HashMap<>();
            byKey.forEach((k, v) -> byHash.computeIfAbsent(k.hashCode(), h -> new ArrayList<>()).addAll(v));
            int size = Integer.highestOneBit(Math.max(4, byHash.size() * 4 - 1)) << 1;
            hashes = new int[size];
            cues = new Cue[size][];
            mask = size - 1;
            empty = byHash.isEmpty();
            byHash.forEach((h, v) -> {
                int i = slot(h);
                while (cues[i] != null) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                cues[i] = v.toArray(Cue[]::new);
            });
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & mask;
        }

        boolean isEmpty() {
            return empty;
        }

        /** The cues of the words with this hash code, or null. */
        Cue[] get(int hash) {
            for (int i = slot(hash); cues[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == hash) {
                    return cues[i];
                }
            }
            return null;
        }
    }

    private static CueHit longest(Cue[] candidates, Tokens tokens, int at, int limit, CueHit best) {
        for (Cue c : candidates) {
            int end = c.pattern().matchAt(tokens, at, limit);
            if (end > at && (best == null || end > best.to()
                    || end == best.to() && !Objects.equals(c.label(), best.cue().label())
                    && moreSpecific(c.pattern(), best.cue().pattern()))) {
                best = new CueHit(c, at, end);
            }
        }
        return best;
    }

    /**
     * True when pattern {@code a} is more specific than {@code b} matching the same words: more exact words, else
     * as many and longer prefixes ("durchbruchsversuch*" as a fight over "durchbruch*" as an advance).
     */
    private static boolean moreSpecific(CuePattern a, CuePattern b) {
        return a.exactWords() > b.exactWords()
                || a.exactWords() == b.exactWords() && a.prefixLetters() > b.prefixLetters();
    }

    /** True when some cue ends exactly at token {@code end} (exclusive) and starts at or after {@code from}. */
    public CueHit endingAt(Tokens tokens, int from, int end) {
        for (int start = end - 1; start >= Math.max(Math.max(0, from), end - maxWords); start--) {
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
