package org.frontline.extract;

import java.util.Objects;

/**
 * A place name found in one sentence, with its role verdict and resolution. Immutable.
 *
 * @param start      offset in the article
 * @param end        end offset (exclusive)
 * @param tokenFrom  first token
 * @param tokenTo    token after the last
 * @param surface    the name as written (for an anaphor: the antecedent's surface)
 * @param verdict    what the surrounding cues make of it
 * @param resolution how it resolved
 * @param origin     known to the gazetteer, an unknown capitalised name, or an anaphor ("the city")
 */
public record FoundName(int start, int end, int tokenFrom, int tokenTo, String surface,
                        MentionRoles.Verdict verdict, Resolution resolution, Origin origin) {

    /** Where a name comes from. */
    public enum Origin { KNOWN, UNKNOWN, ANAPHORA }

    public FoundName {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(origin, "origin");
    }

    /** The identity of the place: its gazetteer id, or its folded name when unresolved. */
    public String placeKey() {
        return resolution.resolved() ? "id:" + resolution.place().id() : "name:" + Tokens.fold(surface);
    }
}
