package org.frontline.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * How many claims each event day has: what the time bar needs (the slider's span, the histogram of
 * claims per week, the steps from claim date to claim date) without the claims themselves. The
 * viewer reads it from the store's date index before any claim ({@link Workspace#claimDays()}), and
 * a complete catalog counts its own ({@link ClaimCatalog#claimDays()}); both leave out the claims
 * the user rejected, so the time bar does not change when the complete catalog arrives.
 *
 * <p>Immutable and thread-safe. Invariant: days strictly ascending, every count positive.
 */
public final class ClaimDays {
    private static final ClaimDays NONE = new ClaimDays(new long[0], new int[0]);

    private final long[] days;
    private final int[] counts;

    private ClaimDays(long[] days, int[] counts) {
        this.days = days;
        this.counts = counts;
    }

    public static ClaimDays none() {
        return NONE;
    }

    /** From counts per day (days without claims may be left out or given as 0). */
    public static ClaimDays of(SortedMap<LocalDate, Integer> perDay) {
        long[] d = new long[perDay.size()];
        int[] n = new int[perDay.size()];
        int k = 0;
        for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
            if (e.getValue() > 0) {
                d[k] = e.getKey().toEpochDay();
                n[k++] = e.getValue();
            }
        }
        return new ClaimDays(Arrays.copyOf(d, k), Arrays.copyOf(n, k));
    }

    /** From the epoch days of claims, ascending, one entry per claim. */
    static ClaimDays ofSortedDays(long[] claimDays) {
        long[] d = new long[claimDays.length];
        int[] n = new int[claimDays.length];
        int k = -1;
        for (int i = 0; i < claimDays.length; i++) {
            if (k < 0 || d[k] != claimDays[i]) {
                d[++k] = claimDays[i];
            }
            n[k]++;
        }
        return new ClaimDays(Arrays.copyOf(d, k + 1), Arrays.copyOf(n, k + 1));
    }

    public boolean isEmpty() {
        return days.length == 0;
    }

    /** The first and last days with claims, or empty. */
    public Optional<LocalDate[]> range() {
        return isEmpty() ? Optional.empty()
                : Optional.of(new LocalDate[] {LocalDate.ofEpochDay(days[0]), LocalDate.ofEpochDay(days[days.length - 1])});
    }

    /** The days that have claims, ascending. */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>(days.length);
        for (long d : days) {
            out.add(LocalDate.ofEpochDay(d));
        }
        return out;
    }

    /** Claims of that day. */
    public int countOn(LocalDate day) {
        int k = Arrays.binarySearch(days, day.toEpochDay());
        return k < 0 ? 0 : counts[k];
    }

    /** Claims in all. */
    public long total() {
        long sum = 0;
        for (int n : counts) {
            sum += n;
        }
        return sum;
    }

    /** Each day with claims and its count, ascending. */
    public void forEach(DayCount action) {
        for (int i = 0; i < days.length; i++) {
            action.accept(LocalDate.ofEpochDay(days[i]), counts[i]);
        }
    }

    /** Told one day and its claim count. */
    @FunctionalInterface
    public interface DayCount {
        void accept(LocalDate day, int claims);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimDays other && Arrays.equals(days, other.days) && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(days) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ClaimDays[" + days.length + " days, " + total() + " claims]";
    }
}
