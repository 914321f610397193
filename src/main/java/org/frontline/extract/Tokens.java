package org.frontline.extract;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text with their offsets. Immutable and thread-safe.
 *
 * <p>A word is a run of letters, digits and combining marks; apostrophes, hyphens and all other
 * punctuation separate words. Matching works on {@link Token#norm()}: lower case with accents
 * and diacritics removed, so rule files can spell "liberaron" for "liberaron" and "liberó" alike
 * only when they use a prefix; "ё" folds to "е" and "ї" to "і".
 */
public final class Tokens {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private final List<Token> tokens;
    /** The same tokens in an array, for {@link #get}, which the readers call at every turn. */
    private final Token[] array;
    /** {@code norm().hashCode()} and {@code head().hashCode()} of each token, side by side for the rule indexes. */
    private final int[] normHashes;
    private final int[] headHashes;

    private Tokens(List<Token> tokens) {
        this.tokens = Collections.unmodifiableList(tokens);
        this.array = tokens.toArray(Token[]::new);
        this.normHashes = new int[tokens.size()];
        this.headHashes = new int[tokens.size()];
        for (int i = 0; i < normHashes.length; i++) {
            normHashes[i] = array[i].norm().hashCode();
            headHashes[i] = array[i].head().hashCode();
        }
    }

    /** Splits a whole text into words. */
    public static Tokens of(String text) {
        return of(text, 0, text.length());
    }

    /** Splits {@code text[from, to)} into words; offsets stay relative to the whole text. */
    public static Tokens of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < to && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            boolean joined = start > from + 1 && isHyphen(text.charAt(start - 1))
                    && isWordChar(text.codePointBefore(start - 1));
            String surface = text.substring(start, i);
            out.add(new Token(start, i, fold(surface), Character.isUpperCase(cp), joined));
        }
        return new Tokens(out);
    }

    /** The matching form of a word or phrase: lower case, accents removed. */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (withoutDecomposition(lower)) {
            return lower; // most Cyrillic words: NFD leaves them as they are, no mark to remove
        }
        String nfd = NFD.normalize(lower);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether every character is ASCII or a lower-case Cyrillic letter that Unicode does not
     * decompose (а-я but й, and є і ґ): then NFD is the identity and there is no mark to drop.
     */
    private static boolean withoutDecomposition(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean plain = c < 128 || c >= '\u0430' && c <= '\u044F' && c != '\u0439'
                    || c == '\u0454' || c == '\u0456' || c == '\u0491';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return array[i];
    }

    public List<Token> list() {
        return tokens;
    }

    /** {@code get(i).norm().hashCode()}, read from an array. */
    int normHash(int i) {
        return normHashes[i];
    }

    /** {@code get(i).head().hashCode()}, read from an array. */
    int headHash(int i) {
        return headHashes[i];
    }

    /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
    public int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (array[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token ending at or before {@code offset} plus one: tokens [0, result) end by offset. */
    public int countEndingBy(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (array[mid].end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
