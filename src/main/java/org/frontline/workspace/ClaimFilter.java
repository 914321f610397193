package org.frontline.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Side;
import org.frontline.render.ClaimView;

/**
 * Which claims the table and the map show. Immutable; every filter change makes a new one. An
 * empty set means "any". The date range restricts the table; the map also shows only claims of the
 * time window: the {@code windowDays} days up to the selected date.
 *
 * @param claimants     claimant names
 * @param sides         sides said to gain (claims with no side pass only when this is empty)
 * @param types         claim types
 * @param statuses      statuses
 * @param languages     article language codes
 * @param outlets       article outlets
 * @param minConfidence claims below it are hidden (0 shows all)
 * @param from          first event date shown, or null
 * @param to            last event date shown, or null
 * @param windowDays    how many days up to the selected date the map shows claims of (at least 1)
 */
public record ClaimFilter(Set<String> claimants, Set<Side> sides, Set<ClaimType> types, Set<ClaimStatus> statuses,
                          Set<String> languages, Set<String> outlets, double minConfidence, LocalDate from,
                          LocalDate to, int windowDays) {
    public static final int DEFAULT_WINDOW_DAYS = 30;

    public ClaimFilter {
        claimants = claimants == null ? Set.of() : Set.copyOf(claimants);
        sides = sides == null ? Set.of() : Set.copyOf(sides);
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        outlets = outlets == null ? Set.of() : Set.copyOf(outlets);
        minConfidence = Math.max(0, Math.min(1, minConfidence));
        windowDays = Math.max(1, windowDays);
    }

    /** Shows everything, with the default time window. */
    public static ClaimFilter all() {
        return new ClaimFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 0, null, null,
                DEFAULT_WINDOW_DAYS);
    }

    /** Whether the table lists the claim. */
    public boolean test(ClaimRecord r) {
        var k = r.claim();
        var a = r.article();
        LocalDate d = k.eventDate() == null ? null : k.eventDate().date();
        return (claimants.isEmpty() || claimants.contains(k.claimant().name()))
                && (sides.isEmpty() || sides.contains(k.side()))
                && (types.isEmpty() || types.contains(k.type()))
                && (statuses.isEmpty() || statuses.contains(k.status()))
                && (languages.isEmpty() || (a != null && languages.contains(a.language())))
                && (outlets.isEmpty() || (a != null && outlets.contains(a.outlet())))
                && k.confidence() >= minConfidence
                && (from == null || (d != null && !d.isBefore(from)))
                && (to == null || (d != null && !d.isAfter(to)));
    }

    /** Whether the map draws the claim at {@code date} for {@code view}: filter, claimant view and time window. */
    public boolean onMap(ClaimRecord r, LocalDate date, ClaimView view) {
        return test(r) && inView(r.claim().claimant().kind(), view) && age(r, date) >= 0;
    }

    /** 0 for a claim of {@code date} up to 1 for the oldest of the window; -1 outside the window or undated. */
    public double age(ClaimRecord r, LocalDate date) {
        if (date == null || r.claim().eventDate() == null) {
            return -1;
        }
        long days = ChronoUnit.DAYS.between(r.claim().eventDate().date(), date);
        return days < 0 || days >= windowDays ? -1 : windowDays == 1 ? 0 : days / (double) (windowDays - 1);
    }

    /** All claimants, one side's, or independent sources (analysts, wires and outlets). */
    public static boolean inView(ClaimantKind kind, ClaimView view) {
        return switch (view) {
            case ALL -> true;
            case RU -> kind == ClaimantKind.RU_SIDE;
            case UA -> kind == ClaimantKind.UA_SIDE;
            case INDEPENDENT -> kind == ClaimantKind.INDEPENDENT || kind == ClaimantKind.OUTLET;
        };
    }

    public ClaimFilter withClaimants(Set<String> v) {
        return new ClaimFilter(v, sides, types, statuses, languages, outlets, minConfidence, from, to, windowDays);
    }

    public ClaimFilter withSides(Set<Side> v) {
        return new ClaimFilter(claimants, v, types, statuses, languages, outlets, minConfidence, from, to, windowDays);
    }

    public ClaimFilter withTypes(Set<ClaimType> v) {
        return new ClaimFilter(claimants, sides, v, statuses, languages, outlets, minConfidence, from, to, windowDays);
    }

    public ClaimFilter withStatuses(Set<ClaimStatus> v) {
        return new ClaimFilter(claimants, sides, types, v, languages, outlets, minConfidence, from, to, windowDays);
    }

    public ClaimFilter withLanguages(Set<String> v) {
        return new ClaimFilter(claimants, sides, types, statuses, v, outlets, minConfidence, from, to, windowDays);
    }

    public ClaimFilter withOutlets(Set<String> v) {
        return new ClaimFilter(claimants, sides, types, statuses, languages, v, minConfidence, from, to, windowDays);
    }

    public ClaimFilter withMinConfidence(double v) {
        return new ClaimFilter(claimants, sides, types, statuses, languages, outlets, v, from, to, windowDays);
    }

    public ClaimFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new ClaimFilter(claimants, sides, types, statuses, languages, outlets, minConfidence, newFrom, newTo,
                windowDays);
    }

    public ClaimFilter withWindowDays(int v) {
        return new ClaimFilter(claimants, sides, types, statuses, languages, outlets, minConfidence, from, to, v);
    }
}
