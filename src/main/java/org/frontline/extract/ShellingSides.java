package org.frontline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Place;
import org.frontline.model.Side;

/**
 * Gives a side to strikes whose text names no shooter ("Kharkiv was hit by glide bombs overnight",
 * "Горловка подвергается обстрелам"): the side that does not hold the place. Immutable and thread-safe.
 *
 * <p>A place is held by the gainer of the latest capture, retaking or withdrawal of it the article tells
 * as history ("Kherson, retaken by Ukraine in November 2022, was shelled again") or dates before the
 * strike's own date ("took X in February. In April the town was bombed"); a fall that is the article's
 * news does not count, since the strikes told beside it led up to it. Else the place is held by its
 * side on the baseline date (a Ukrainian town by Ukraine,
 * Horlivka and Crimea by Russia, a Russian town by Russia). A place the baseline does not know, or an
 * unresolved name, keeps no side. The weak spot is a town occupied after the baseline that the article
 * does not say changed hands (Nova Kakhovka in late 2022): it is read as Ukrainian-held.
 *
 * <p>A ring told without the side closing it ("Chernihiv, which lived almost a month in
 * semi-encirclement", "Изюм может оказаться в окружении") is closed the same way by the side that does not hold
 * the place on the baseline date, but only when the article names a side elsewhere and tells no change of hands
 * of the place at all: a town taken since the baseline ("Lyman, in Russian hands since May"), or taken back, is
 * left to the side on the move ({@link EncirclementSides}), and a lone ring in an article naming no side keeps none.
 */
final class ShellingSides {
    private final Function<Place, Side> baselineHolder;

    /** @param baselineHolder the side holding a place on the baseline date, or null when unknown */
    ShellingSides(Function<Place, Side> baselineHolder) {
        this.baselineHolder = Objects.requireNonNull(baselineHolder, "baselineHolder");
    }

    /**
     * @param claims the article's claims in reading order
     * @param places the article's resolved places by id
     * @param published the article's publication date, or null
     * @param type {@code SHELLED}, or {@code ENCIRCLED} for rings told without the side closing them
     * @return the same claims, those of that type without a side given the side opposite to the place's holder
     */
    List<Claim> fill(List<Claim> claims, Map<Long, Place> places, LocalDate published, ClaimType type) {
        return fill(claims, places, published, type, c -> true);
    }

    /**
     * As {@link #fill(List, Map, LocalDate, ClaimType)}, for the claims {@code attacks} accepts only: the attacks
     * told without their attacker ("the General Staff reported daily attacks on Siversk") are the side's that does
     * not hold the place, while a fight that only goes on ("fighting continues in X") keeps none.
     */
    List<Claim> fill(List<Claim> claims, Map<Long, Place> places, LocalDate published, ClaimType type,
                     Predicate<Claim> attacks) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Side holder = c.type() != type || c.side() != null || c.placeId() == null || !attacks.test(c)
                    || type == ClaimType.ENCIRCLED && toldChangingHands(claims, c)
                    ? null : holder(claims, c, places.get(c.placeId()), published);
            out.add(holder == null ? c : c.withInferredSide(holder.opposite()));
        }
        return out;
    }

    /**
     * The side taking a place that fell when the article names nobody on the move ("Vouhledar est tombée, ont
     * reconnu les autorités ukrainiennes"): the side that did not hold it, as for a strike; null when the place is
     * unresolved or the baseline does not know it.
     *
     * @param claims the article's claims in reading order
     * @param fall   a capture told by a fall, without a side
     * @param places the article's resolved places by id
     * @param published the article's publication date, or null
     */
    Side taker(List<Claim> claims, Claim fall, Map<Long, Place> places, LocalDate published) {
        Side holder = fall.placeId() == null ? null : holder(claims, fall, places.get(fall.placeId()), published);
        return holder == null ? null : holder.opposite();
    }

    private Side holder(List<Claim> claims, Claim strike, Place place, LocalDate published) {
        Side told = null;
        for (Claim o : claims) {
            if (changesHands(o) && strike.placeId().equals(o.placeId()) && before(o, strike, published)) {
                told = o.gainingSide();
            }
        }
        return told != null ? told : place == null ? null : baselineHolder.apply(place);
    }

    /**
     * True when the article tells the place changing hands, whatever the status ("Lyman was occupied in May"), or
     * names no side at all ("Myrnohrad could face encirclement within weeks": nobody is told on the move). A denied
     * ring tells its holder holding out ("Avdiivka is not encircled, a spokesman said"): its closer is the other side.
     */
    private static boolean toldChangingHands(List<Claim> claims, Claim c) {
        return c.status() != ClaimStatus.DENIED && claims.stream().noneMatch(o -> o.side() != null)
                || claims.stream().anyMatch(o -> c.placeId().equals(o.placeId()) && (o.type() == ClaimType.CAPTURED
                        || o.type() == ClaimType.RETAKEN || o.type() == ClaimType.WITHDREW));
    }

    private static boolean changesHands(Claim c) {
        return c.side() != null && (c.status() == ClaimStatus.ASSERTED || c.status() == ClaimStatus.HISTORICAL)
                && (c.type() == ClaimType.CAPTURED || c.type() == ClaimType.RETAKEN || c.type() == ClaimType.WITHDREW);
    }

    /**
     * Whether a change of hands happened before a strike: told as history, or dated before the strike's
     * own date ("in April the city was bombed again"). A fall that is the article's news is no such change,
     * whatever the order of the text: the strikes told beside it with no date of their own ("had been
     * shelled for weeks") led up to it.
     */
    private static boolean before(Claim change, Claim strike, LocalDate published) {
        if (change.status() == ClaimStatus.HISTORICAL) {
            return strike.status() != ClaimStatus.HISTORICAL;
        }
        return change.eventDate() != null && strike.eventDate() != null
                && !strike.eventDate().date().equals(published)
                && change.eventDate().date().isBefore(strike.eventDate().date());
    }
}
