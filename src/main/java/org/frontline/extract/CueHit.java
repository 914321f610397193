package org.frontline.extract;

/**
 * Where a {@link Cue} matched: tokens {@code [from, to)} of a {@link Tokens}. Immutable.
 */
public record CueHit(Cue cue, int from, int to) {

    /** Words between this hit and token range {@code [start, end)}; 0 when they touch or overlap. */
    public int distanceTo(int start, int end) {
        if (end <= from) {
            return from - end;
        }
        if (start >= to) {
            return start - to;
        }
        return 0;
    }
}
