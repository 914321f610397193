package org.frontline.render;

/**
 * Mentions that could not be placed, shown as a list in the map's corner, never as points.
 *
 * @param text  the name as written
 * @param count how many times it occurs
 */
public record UnresolvedMark(String text, int count) {
}
