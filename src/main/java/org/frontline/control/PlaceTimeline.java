package org.frontline.control;

import java.util.Arrays;
import java.util.List;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;

/**
 * The state of one place through time: the baseline state, then every day on which the claims
 * change it. Immutable; a lookup is a binary search.
 *
 * <p>Invariant: {@code days} is strictly increasing, and {@code codes[i]} (a {@link PlaceState#code()})
 * holds from {@code days[i]} (an epoch day) until the next change; before {@code days[0]}, or when
 * there is no change at all, the baseline state holds. Consecutive codes differ.
 *
 * <p>The rules are those of {@code docs/control-rules.md}; {@link #compile} is their one
 * implementation.
 */
public final class PlaceTimeline {
    private final byte initial;
    private final int[] days;
    private final byte[] codes;

    private PlaceTimeline(byte initial, int[] days, byte[] codes) {
        this.initial = initial;
        this.days = days;
        this.codes = codes;
    }

    /** The timeline of a place with no claim at all. */
    static PlaceTimeline constant(PlaceState state) {
        return new PlaceTimeline(state.code(), new int[0], new byte[0]);
    }

    /**
     * Applies the rules to the claims about one place.
     *
     * @param baseline the state on the baseline date
     * @param claims   the claims about this place that the view believes, dated after the baseline,
     *                 in event-date order (ties in store order: the later one wins)
     */
    public static PlaceTimeline compile(PlaceState baseline, List<Claim> claims, ControlRules rules) {
        return new Compiler(baseline, rules.staleDays()).run(claims);
    }

    /** The packed state on an epoch day. */
    public byte codeAt(long epochDay) {
        int i = Arrays.binarySearch(days, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, epochDay)));
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? initial : codes[i];
    }

    public PlaceState stateAt(long epochDay) {
        return PlaceState.of(codeAt(epochDay));
    }

    /** The epoch days on which the state changes, oldest first (a copy). */
    public int[] changeDays() {
        return days.clone();
    }

    int changeCount() {
        return days.length;
    }

    int changeDay(int i) {
        return days[i];
    }

    /** Walks the claims once, emitting a change whenever the state differs from the last one emitted. */
    private static final class Compiler {
        private final int staleDays;
        private PlaceState state;
        private int lastContestedNews;
        private int lastDenial;
        private int[] days = new int[4];
        private byte[] codes = new byte[4];
        private int size;
        private final byte initial;

        Compiler(PlaceState baseline, int staleDays) {
            this.state = baseline;
            this.initial = baseline.code();
            this.staleDays = staleDays;
        }

        PlaceTimeline run(List<Claim> claims) {
            for (Claim c : claims) {
                if (c.eventDate() == null) {
                    continue;
                }
                int day = (int) c.eventDate().date().toEpochDay();
                expire(day);
                state = apply(c, day);
                emit(day);
            }
            expire(Integer.MAX_VALUE);
            return new PlaceTimeline(initial, Arrays.copyOf(days, size), Arrays.copyOf(codes, size));
        }

        /** Lets contested and disputed marks lapse if their news is stale before {@code day}. */
        private void expire(int day) {
            int contestedEnd = lastContestedNews + staleDays;
            int disputedEnd = lastDenial + staleDays;
            boolean contestedLapses = state.contested() && contestedEnd <= day;
            boolean disputedLapses = state.disputed() && disputedEnd <= day;
            if (contestedLapses && disputedLapses && contestedEnd != disputedEnd) {
                // Two lapses on different days: emit them in order.
                boolean contestedFirst = contestedEnd < disputedEnd;
                lapse(contestedFirst, contestedFirst ? contestedEnd : disputedEnd);
                lapse(!contestedFirst, contestedFirst ? disputedEnd : contestedEnd);
            } else if (contestedLapses || disputedLapses) {
                state = new PlaceState(state.holder(), state.contested() && !contestedLapses,
                        state.disputed() && !disputedLapses);
                emit(contestedLapses ? contestedEnd : disputedEnd);
            }
        }

        private void lapse(boolean contested, int day) {
            state = contested ? state.withContested(false) : state.withDisputed(false);
            emit(day);
        }

        private PlaceState apply(Claim c, int day) {
            if (c.status() == ClaimStatus.DENIED) {
                lastDenial = day;
                return state.withDisputed(true);
            }
            if (c.status() != ClaimStatus.ASSERTED) {
                return state; // forecasts and historical references never change status
            }
            Side after = c.type().holderAfter(c.side());
            if (after != null) {
                return state.withHolder(after);
            }
            if (makesContested(c.type(), c.side())) {
                lastContestedNews = day;
                return state.withContested(true);
            }
            return state;
        }

        private boolean makesContested(ClaimType type, Side side) {
            return switch (type) {
                case FIGHTING -> true;
                case ADVANCING, ENCIRCLED -> side == null || state.holder() != side;
                default -> false; // shelled; captured/retaken/withdrew without a side
            };
        }

        private void emit(int day) {
            byte code = state.code();
            byte last = size == 0 ? initial : codes[size - 1];
            if (code == last) {
                return;
            }
            if (size > 0 && days[size - 1] == day) {
                codes[size - 1] = code; // the later claim of the same day wins
                if (code == (size == 1 ? initial : codes[size - 2])) {
                    size--;
                }
                return;
            }
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                codes = Arrays.copyOf(codes, size * 2);
            }
            days[size] = day;
            codes[size] = code;
            size++;
        }
    }
}
