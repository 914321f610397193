package org.frontline.extract;

/**
 * A sentence of an article: offsets into the article text and the paragraph it belongs to.
 * Immutable. Invariant: {@code 0 <= start < end <= text length}, no leading or trailing space.
 *
 * @param index     position among the article's sentences
 * @param paragraph position of its paragraph (blocks separated by line breaks)
 * @param start     offset of the first character
 * @param end       offset after the last character
 */
public record Sentence(int index, int paragraph, int start, int end) {
}
