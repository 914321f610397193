package org.frontline.store;

import java.sql.Connection;
import java.sql.SQLException;
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
        Corrections k = corrections(c);
        return claims.all(c).stream().map(k::apply).flatMap(Optional::stream).toList();
    }

    /** Mentions still unresolved after the user's edits (rejected ones left out). */
    public List<PlaceMention> unresolvedMentions(Connection c) throws SQLException {
        Corrections k = corrections(c);
        return claims.unresolvedMentions(c).stream().map(k::apply).flatMap(Optional::stream)
                .filter(m -> m.placeId() == null).toList();
    }
}
