package org.frontline.control;

import org.frontline.model.Side;

/**
 * The four kinds of area a snapshot draws: each side's controlled and contested ground. A contested
 * area belongs to the side that held the place when the fighting began (the side that would keep it
 * if the news went stale).
 */
public enum AreaKind {
    RU_CONTROLLED(Side.RU, false),
    UA_CONTROLLED(Side.UA, false),
    RU_CONTESTED(Side.RU, true),
    UA_CONTESTED(Side.UA, true);

    private final Side side;
    private final boolean contested;

    AreaKind(Side side, boolean contested) {
        this.side = side;
        this.contested = contested;
    }

    public Side side() {
        return side;
    }

    public boolean contested() {
        return contested;
    }

    /** The {@code status} property of exported features: controlled or contested. */
    public String statusCode() {
        return contested ? "contested" : "controlled";
    }

    public static AreaKind of(Side side, boolean contested) {
        return values()[(contested ? 2 : 0) + (side == Side.RU ? 0 : 1)];
    }

    /** The kind of area a packed place state draws into, or null when nobody is known to hold it. */
    static AreaKind ofCode(byte code) {
        PlaceState s = PlaceState.of(code);
        return s.holder() == null ? null : of(s.holder(), s.contested());
    }
}
