package org.frontline.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.frontline.model.Claim;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import org.frontline.workspace.Workspace;

/**
 * The dates of a series: {@code from}, {@code from + step}, ... up to and including {@code to}
 * when it falls on a step; or, for {@link SeriesStep#CHANGES}, the distinct event dates of the
 * store's claims in {@code [from, to]}.
 *
 * <p>Thread safety: stateless; opens its own short-lived connection.
 */
public final class SeriesDates {
    /** A series longer than this is refused: ten years of days is more than anyone can watch. */
    public static final int MAX_FRAMES = 3660;

    private SeriesDates() {
    }

    public static List<LocalDate> of(Workspace workspace, LocalDate from, LocalDate to, SeriesStep step) {
        if (from.isAfter(to)) {
            throw new InvalidExportException("the series starts (" + from + ") after it ends (" + to + ")");
        }
        List<LocalDate> dates = step.changes() ? changeDates(workspace, from, to) : stepped(from, to, step.days());
        if (dates.isEmpty()) {
            throw new InvalidExportException("no claim is dated between " + from + " and " + to + "; nothing changes");
        }
        return dates;
    }

    static List<LocalDate> stepped(LocalDate from, LocalDate to, int days) {
        long count = (to.toEpochDay() - from.toEpochDay()) / days + 1;
        if (count > MAX_FRAMES) {
            throw new InvalidExportException("a step of " + days + " days from " + from + " to " + to + " makes " + count
                    + " frames; the limit is " + MAX_FRAMES + ": choose a longer step or a shorter range");
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(days)) {
            out.add(d);
        }
        return out;
    }

    private static List<LocalDate> changeDates(Workspace workspace, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        try (Store store = Store.open(workspace.storeFile())) {
            for (Claim k : store.read(c -> new ClaimRepository().between(c, from, to))) {
                dates.add(k.eventDate().date());
            }
        }
        if (dates.size() > MAX_FRAMES) {
            throw new InvalidExportException(dates.size() + " claim dates between " + from + " and " + to
                    + " exceed the limit of " + MAX_FRAMES + " frames; choose a shorter range or a step in days");
        }
        return new ArrayList<>(dates);
    }
}
