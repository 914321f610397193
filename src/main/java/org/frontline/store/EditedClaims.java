package org.frontline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontline.model.Claim;
import org.frontline.model.PlaceMention;

/**
 * Claims and mentions as the user corrected them: the extracted rows of {@link ClaimRepository}
 * with the edits in force ({@link EditRepository}, {@link Corrections}) applied at read time.
 * Everything shown or exported should read through here. Stateless; the connection is not
 * thread-safe.
 */
public final class EditedClaims {
    private final ClaimRepository claims = new ClaimRepository();
    private final EditRepository edits = new EditRepository();

    public Corrections corrections(Connection c) throws SQLException {
        return Corrections.of(edits.active(c));
    }

    /** Every claim not rejected, corrected, oldest event first. */
    public List<Claim> all(Connection c) throws SQLException {
        List<Claim> out = new java.util.ArrayList<>();
        forEach(c, out::add);
        return out;
    }

    /** As {@link #all}, one claim at a time, none of them held here (see {@link ClaimRepository#forEach}). */
    public void forEach(Connection c, ClaimRepository.ClaimSink sink) throws SQLException {
        Corrections k = corrections(c);
        claims.forEach(c, raw -> corrected(k, raw, sink));
    }

    /** The corrected claims whose event date lies in {@code [from, to]}, oldest first, one at a time. */
    public void forEachBetween(Connection c, LocalDate from, LocalDate to, ClaimRepository.ClaimSink sink)
            throws SQLException {
        Corrections k = corrections(c);
        claims.forEachBetween(c, from, to, raw -> corrected(k, raw, sink));
    }

    private static void corrected(Corrections k, Claim raw, ClaimRepository.ClaimSink sink) throws SQLException {
        Optional<Claim> kept = k.apply(raw);
        if (kept.isPresent()) {
            sink.accept(kept.get());
        }
    }

    /**
     * How many claims not rejected each event day has, days ascending (undated claims left out):
     * counted on the date index, minus the few claims the user rejected, so that it matches what
     * {@link #forEach} reads without reading every claim.
     */
    public java.util.SortedMap<LocalDate, Integer> dayCounts(Connection c) throws SQLException {
        java.util.SortedMap<LocalDate, Integer> counts = claims.dayCounts(c);
        Corrections k = corrections(c);
        for (LocalDate day : claims.daysOf(c, k.rejectedClaims(), k.rejectedMentions()).values()) {
            if (day != null) {
                counts.computeIfPresent(day, (d, n) -> n > 1 ? n - 1 : null);
            }
        }
        return counts;
    }

    /** Mentions still unresolved after the user's edits (rejected ones left out). */
    public List<PlaceMention> unresolvedMentions(Connection c) throws SQLException {
        Corrections k = corrections(c);
        return claims.unresolvedMentions(c).stream().map(k::apply).flatMap(Optional::stream)
                .filter(m -> m.placeId() == null).toList();
    }
}
