package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words for {@link NameFinder}: runs of letters and digits, keeping apostrophes
 * (Pokrovs'k, Мар'їнка) and hyphens (Niu-York, Ивано-Франковск) that stand between letters.
 *
 * <p>Thread safety: stateless.
 */
final class Words {
    private Words() {
    }

    /** The words as {start, end} offsets. */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>(text.length() / 6);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i++;
                } else if (isInner(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > start) {
                    i++;
                } else {
                    break;
                }
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static boolean isInner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == 'ʼ' || c == 'ʹ' || c == '\u2011';
    }

    /** Whether {@code start} begins a sentence: only white space, quotes or brackets after . ! ? or the text's start. */
    static boolean sentenceStart(String text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || "\"'«»“”„([—–-".indexOf(c) >= 0) {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
        }
        return true;
    }
}
