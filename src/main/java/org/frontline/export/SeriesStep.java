package org.frontline.export;

import java.util.Locale;

/**
 * How far apart the frames of a date series are: every {@code days} days from the first date, or
 * at each date on which some claim is dated ({@link #CHANGES}), where the map can change.
 *
 * @param days    days between frames (1..366); 0 for {@link #CHANGES}
 * @param changes whether frames follow claim-change dates
 */
public record SeriesStep(int days, boolean changes) {
    public static final SeriesStep DAILY = new SeriesStep(1, false);
    public static final SeriesStep WEEKLY = new SeriesStep(7, false);
    public static final SeriesStep CHANGES = new SeriesStep(0, true);

    public SeriesStep {
        if (changes ? days != 0 : days < 1 || days > 366) {
            throw new InvalidExportException("a series step is 1d to 366d or 'changes', not " + days + " days");
        }
    }

    public static SeriesStep everyDays(int days) {
        return new SeriesStep(days, false);
    }

    /** Parses "1d", "7d", "30d", "1w" or "changes". */
    public static SeriesStep parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("changes")) {
            return CHANGES;
        }
        try {
            if (t.endsWith("d")) {
                return everyDays(Integer.parseInt(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("w")) {
                return everyDays(7 * Integer.parseInt(t.substring(0, t.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below, which shows the accepted forms
        }
        throw new InvalidExportException("step '" + text + "' is not one of Nd (e.g. 1d, 7d), Nw or changes");
    }

    @Override
    public String toString() {
        return changes ? "changes" : days + "d";
    }
}
