package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word pattern from a rule file, matched against {@link Tokens}. Immutable and thread-safe.
 *
 * <p>Syntax, words separated by spaces: a plain word matches that word (after
 * {@link Tokens#fold folding}); {@code word*} matches any word starting with {@code word}, which is
 * how inflection is handled ("captur*" for captured, capture, captures; "окруж*" for every form of
 * окружить); {@code [m-n]} skips between m and n arbitrary words; {@code #} matches a number.
 */
public final class CuePattern {
    private static final Pattern GAP = Pattern.compile("\\[(\\d+)-(\\d+)]");

    private sealed interface Part permits Word, Prefix, Gap, Number { }
    /** A plain word, with its hash code, compared with the token's before the word itself. */
    private record Word(String word, int hash) implements Part {
        Word(String word) {
            this(word, word.hashCode());
        }
    }
    private record Prefix(String prefix) implements Part { }
    private record Gap(int min, int max) implements Part { }
    private record Number() implements Part { }

    private final String source;
    private final Part[] parts;
    /** True when no part is a gap: every part then matches one word, in turn. */
    private final boolean gapless;
    private final int exactWords;
    private final int prefixLetters;
    /** The most tokens a match can span: one per word, prefix or number part, a gap's maximum for each gap. */
    private final int maxWords;

    private CuePattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts.toArray(Part[]::new);
        this.gapless = parts.stream().noneMatch(p -> p instanceof Gap);
        this.exactWords = (int) parts.stream().filter(p -> p instanceof Word).count();
        this.prefixLetters = parts.stream().mapToInt(p -> p instanceof Prefix x ? x.prefix().length() : 0).sum();
        this.maxWords = parts.stream().mapToInt(p -> p instanceof Gap g ? g.max() : 1).sum();
    }

    /** Parses a pattern; throws {@link IllegalArgumentException} naming a pattern that is empty. */
    public static CuePattern parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        for (String w : pattern.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            Matcher gap = GAP.matcher(w);
            if (gap.matches()) {
                parts.add(new Gap(Integer.parseInt(gap.group(1)), Integer.parseInt(gap.group(2))));
            } else if (w.equals("#")) {
                parts.add(new Number());
            } else {
                addWords(parts, w);
            }
        }
        if (parts.isEmpty() || parts.get(0) instanceof Gap) {
            throw new IllegalArgumentException("cue pattern must start with a word: '" + pattern + "'");
        }
        return new CuePattern(pattern, parts);
    }

    /** Adds a written word, split as the text would be ("people's" is two words), the last one maybe a prefix. */
    private static void addWords(List<Part> parts, String written) {
        boolean prefix = written.endsWith("*") && written.length() > 1;
        List<Token> words = Tokens.of(prefix ? written.substring(0, written.length() - 1) : written).list();
        for (int i = 0; i < words.size(); i++) {
            String norm = words.get(i).norm();
            parts.add(prefix && i == words.size() - 1 ? new Prefix(norm) : new Word(norm));
        }
    }

    /**
     * Tries to match at token {@code at}, not reading past token {@code limit}.
     *
     * @return the index after the last matched token, or -1 when it does not match
     */
    public int matchAt(Tokens tokens, int at, int limit) {
        return gapless ? matchWords(tokens, at, limit) : match(tokens, at, limit, 0);
    }

    /** {@link #match} for a pattern with no gap: one word per part, read in a loop. */
    private int matchWords(Tokens tokens, int at, int limit) {
        int end = at + parts.length;
        if (end > limit) {
            return -1;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!matchesWord(parts[i], tokens, at + i)) {
                return -1;
            }
        }
        return end;
    }

    private int match(Tokens tokens, int at, int limit, int partIndex) {
        if (partIndex == parts.length) {
            return at;
        }
        Part part = parts[partIndex];
        if (part instanceof Gap g) {
            // Longest skip first, so a trailing gap reaches as far as the limit allows.
            for (int skip = Math.min(g.max(), limit - at); skip >= g.min(); skip--) {
                int end = match(tokens, at + skip, limit, partIndex + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= limit || !matchesWord(part, tokens, at)) {
            return -1;
        }
        return match(tokens, at + 1, limit, partIndex + 1);
    }

    /** Whether a word, prefix or number part matches token {@code at}. */
    private static boolean matchesWord(Part part, Tokens tokens, int at) {
        if (part instanceof Word w) {
            return w.hash() == tokens.normHash(at) && w.word().equals(tokens.get(at).norm());
        }
        String norm = tokens.get(at).norm();
        if (part instanceof Prefix p) {
            return norm.startsWith(p.prefix());
        }
        return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
    }

    /** The first word of the pattern when it is a plain word, else null; used to index patterns. */
    String firstWord() {
        return parts[0] instanceof Word w ? w.word() : null;
    }

    /** The first word of the pattern when it is a prefix ("captur" for "captur*"), else null. */
    String firstPrefix() {
        return parts[0] instanceof Prefix p ? p.prefix() : null;
    }

    /** The most tokens a match of this pattern can span. */
    int maxWords() {
        return maxWords;
    }

    /** How many parts must match one word exactly: of two patterns matching the same words, the more specific. */
    int exactWords() {
        return exactWords;
    }

    /**
     * Letters of the prefixes the pattern's words must start with: of two patterns matching the same words with
     * as many exact words, the more specific ("durchbruchsversuch*" over "durchbruch*" for "Durchbruchsversuche").
     */
    int prefixLetters() {
        return prefixLetters;
    }

    @Override
    public String toString() {
        return source;
    }
}
