package org.frontline.control;

import org.frontline.model.Side;

/**
 * The state of one place at one date. Immutable; held packed in a byte by the timelines
 * ({@link #code()}, {@link #of(byte)}) so that ten thousand places cost ten kilobytes.
 *
 * <p>Invariant: a place is {@link ControlStatus#CONTESTED} only while {@code contested}; otherwise its
 * status is its {@code holder}, or {@link ControlStatus#UNKNOWN} when nobody is known to hold it.
 * While contested, {@code holder} is the last side said to hold it, the side it falls back to when
 * the fighting goes stale.
 *
 * @param holder    the side that holds the place, or that held it last when contested; null if unknown
 * @param contested whether fighting, an advance or an encirclement is reported and not yet stale
 * @param disputed  whether a claim about the place was denied and no later assertion settled it
 */
public record PlaceState(Side holder, boolean contested, boolean disputed) {
    private static final int RU_BIT = 1;
    private static final int UA_BIT = 2;
    private static final int CONTESTED_BIT = 4;
    private static final int DISPUTED_BIT = 8;

    /** The state of a place nobody has said anything about. */
    public static final PlaceState UNKNOWN = new PlaceState(null, false, false);

    public static PlaceState held(Side side) {
        return new PlaceState(side, false, false);
    }

    public ControlStatus status() {
        if (contested) {
            return ControlStatus.CONTESTED;
        }
        return holder == null ? ControlStatus.UNKNOWN : holder == Side.RU ? ControlStatus.RU : ControlStatus.UA;
    }

    public PlaceState withHolder(Side side) {
        return new PlaceState(side, false, false);
    }

    public PlaceState withContested(boolean value) {
        return new PlaceState(holder, value, disputed);
    }

    public PlaceState withDisputed(boolean value) {
        return new PlaceState(holder, contested, value);
    }

    /** This state packed into the low four bits of a byte. */
    public byte code() {
        int c = holder == Side.RU ? RU_BIT : holder == Side.UA ? UA_BIT : 0;
        return (byte) (c | (contested ? CONTESTED_BIT : 0) | (disputed ? DISPUTED_BIT : 0));
    }

    /** Unpacks a {@link #code()}. */
    public static PlaceState of(byte code) {
        Side holder = (code & RU_BIT) != 0 ? Side.RU : (code & UA_BIT) != 0 ? Side.UA : null;
        return new PlaceState(holder, (code & CONTESTED_BIT) != 0, (code & DISPUTED_BIT) != 0);
    }

    /** The part of a code that decides geometry: holder and contested, not disputed. */
    static int areaClass(byte code) {
        return code & (RU_BIT | UA_BIT | CONTESTED_BIT);
    }
}
