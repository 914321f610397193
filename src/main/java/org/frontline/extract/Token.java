package org.frontline.extract;

/**
 * One word of a text. Immutable.
 *
 * @param start       offset in the text
 * @param end         end offset (exclusive)
 * @param norm        lower-cased, accent-folded form used for matching rules
 * @param capitalised true when the word starts with an upper-case letter
 * @param joinedBefore true when the word is attached to the previous one by a hyphen ("Slavyansk-Kramatorsk")
 * @param head        the first two characters of {@code norm} (all of it when shorter), to index rules
 */
public record Token(int start, int end, String norm, boolean capitalised, boolean joinedBefore, String head) {

    public Token(int start, int end, String norm, boolean capitalised, boolean joinedBefore) {
        this(start, end, norm, capitalised, joinedBefore, norm.length() > 2 ? norm.substring(0, 2) : norm);
    }
}
