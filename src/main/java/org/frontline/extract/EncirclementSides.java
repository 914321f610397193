package org.frontline.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Side;

/**
 * Gives a side to encirclements, falls and other gains whose sentence names none ("Hirske and
 * Zolote are already encircled", "Изюм может оказаться в окружении", "two weeks after the fall of
 * Avdiivka"). Stateless and thread-safe.
 *
 * <p>Who closes a ring, or takes a town that fell, is told by the article rather than by the
 * sentence, nor by who speaks (Kyiv speaks of the fall of its own towns): the side of the nearest
 * other claim of the article that names one (for a ring, first among the claims of its own named speaker),
 * as the side on the move (the gainer of a capture or an advance, the attacker of a fight or a shelling, the
 * side opposite to one that withdrew); a change of
 * hands told as history ("liberated by the Ukrainian army in September 2022") says nothing of who moves
 * now and is passed over, unless the claim is history itself. A fall with nobody on the move is the side's
 * not holding the place when another claim of the article has a side ({@link #fillFalls}). Only when
 * the article names no side at all does the claimant's own side count, as for other gains ("Угледар
 * пал, сообщили российские военкоры"), and a side-less claimant leaves the side empty; a ring then is
 * Russia's ({@link #UNTOLD_RING_CLOSER}), whoever tells it.
 *
 * <p>Captures, retakings and advances whose sentence and claimant name no side ("Soldiers took
 * control of Bucha", "informó de la liberación de X") take the gainer of the nearest other gain or
 * withdrawal of the article; fights and strikes do not count there (a Ukrainian liberation is often
 * told beside Russian shelling), except a fight at the same place, whose attacker took it ("Russian troops
 * have been attacking X for weeks. On Thursday the ministry said the village had been captured").
 */
final class EncirclementSides {
    /**
     * Who closes a ring that neither its sentence nor its article tells: Russia. Its claimant's side says nothing
     * there: Kyiv warns of rings around its own towns ("Pokrovsk could be encircled, Ukrainian commanders warned")
     * as Moscow announces its own ("Russian bloggers say Kurakhove is almost surrounded"). Rings Ukraine closed
     * (Lyman, Kherson's right bank in 2022) are told with their side ("Russian troops trapped in Lyman").
     */
    static final Side UNTOLD_RING_CLOSER = Side.RU;

    /**
     * @param claims the article's claims in reading order
     * @param falls  keys of the claims told by a fall ("fell", "la chute de")
     * @return the same claims, encirclements and falls without a side given one where the article tells it;
     *         falls with nobody on the move are left to {@link #fillFalls}
     */
    List<Claim> fill(List<Claim> claims, Set<String> falls) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            boolean fall = c.type() == ClaimType.CAPTURED && falls.contains(c.key());
            boolean gain = c.type() == ClaimType.CAPTURED || c.type() == ClaimType.RETAKEN || c.type() == ClaimType.ADVANCING;
            if (c.side() != null || c.type() != ClaimType.ENCIRCLED && !fall && !gain) {
                out.add(c);
                continue;
            }
            boolean ring = c.type() == ClaimType.ENCIRCLED;
            Side side = ring ? nearestMover(claims.stream().filter(o -> o == c || sameSpeaker(o, c)).toList(), c, false) : null;
            if (side == null) {
                side = nearestMover(claims, c, !ring && !fall);
            }
            if (side == null && !fall) {
                side = ring ? UNTOLD_RING_CLOSER : SideReader.sideOf(c.claimant());
            }
            out.add(side == null ? c : c.withInferredSide(side));
        }
        return out;
    }

    /**
     * Gives a side to the falls {@link #fill} left without one, once strikes and attacks have theirs: the side
     * not holding the place ({@code taker}) when another claim of the article has a side, else the claimant's own
     * side ("Угледар пал, сообщили российские военкоры"). Kyiv speaks of the fall of its own towns: "Vouhledar est
     * tombée, ont reconnu les autorités ukrainiennes" beside a Russian strike is Russia's.
     *
     * @param claims the article's claims in reading order
     * @param falls  keys of the claims told by a fall
     * @param taker  the side that did not hold a fallen place, or null when unknown
     * @return the same claims, falls without a side given one where the article or the claimant tells it
     */
    List<Claim> fillFalls(List<Claim> claims, Set<String> falls, Function<Claim, Side> taker) {
        boolean sided = claims.stream().anyMatch(o -> o.side() != null);
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.side() != null || c.type() != ClaimType.CAPTURED || !falls.contains(c.key())) {
                out.add(c);
                continue;
            }
            // "Pokrowsk sei nicht gefallen": a denied fall tells the holder holding out, so its taker is the other side
            Side side = sided || c.status() == ClaimStatus.DENIED ? taker.apply(c) : null;
            side = side != null ? side : SideReader.sideOf(c.claimant());
            out.add(side == null ? c : c.withInferredSide(side));
        }
        return out;
    }

    /**
     * True when both claims are told by the same named speaker, not the outlet: a ring is that speaker's account of
     * the moves it tells ("Syrskyi said Ukrainian forces advance on the flanks. According to him, Bakhmut may find
     * itself in a tactical encirclement": Ukraine's ring, whatever Russian shelling the outlet tells after it).
     */
    private static boolean sameSpeaker(Claim o, Claim c) {
        return o.claimant() != null && c.claimant() != null && c.claimant().kind() != ClaimantKind.OUTLET
                && o.claimant().equals(c.claimant());
    }

    /**
     * True when one claim retakes the place the other tells captured. A denied capture is no earlier
     * change of hands but the same one, disputed ("X had been recaptured. Moscow denied the village had
     * been lost"): its gainer is the retaker.
     */
    private static boolean retakeOf(Claim c, Claim o) {
        return c.placeText().equals(o.placeText()) && o.status() != ClaimStatus.DENIED && EnumSet.of(c.type(), o.type())
                .equals(EnumSet.of(ClaimType.RETAKEN, ClaimType.CAPTURED));
    }

    /**
     * True when {@code o} is a fight at the place {@code c} tells taken ("Ocheretyne" and "the village" standing
     * for it): its attacker took it. Not for an advance, which a counter-attack there may meet.
     */
    private static boolean attackerTook(Claim c, Claim o) {
        return (c.type() == ClaimType.CAPTURED || c.type() == ClaimType.RETAKEN)
                && c.placeId() != null && c.placeId().equals(o.placeId());
    }

    /** The side on the move in the claim nearest to {@code c} (the earlier one at equal distance). */
    private static Side nearestMover(List<Claim> claims, Claim c, boolean gainsOnly) {
        Side best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Claim o : claims) {
            if (o == c || o.side() == null || o.type() == c.type() && o.placeText().equals(c.placeText())
                    || o.status() == ClaimStatus.HISTORICAL && c.status() != ClaimStatus.HISTORICAL
                    || gainsOnly && (o.type() == ClaimType.FIGHTING && !attackerTook(c, o) || o.type() == ClaimType.SHELLED
                    || o.type() == ClaimType.ENCIRCLED)) {
                continue;
            }
            int distance = Math.abs(o.quoteStart() - c.quoteStart());
            if (distance < bestDistance || distance == bestDistance && o.quoteStart() < c.quoteStart()) {
                // "retook X, which Russian forces had occupied": a place taken back was the other side's
                best = retakeOf(c, o) ? o.gainingSide().opposite() : o.gainingSide();
                bestDistance = distance;
            }
        }
        return best;
    }
}
