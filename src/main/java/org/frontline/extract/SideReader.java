package org.frontline.extract;

import java.util.List;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Side;

/**
 * Tells which side a claim credits (see {@link ClaimType} for what side means per type).
 * Stateless and thread-safe.
 *
 * <p>The actor nearest the trigger decides: the one before it (the subject) for active triggers,
 * the one just after it (within {@value #AFTER_WINDOW} words of the place) for triggers flagged
 * {@code agent-after} or when none precedes ("attacked by Russian troops"); a
 * {@code patient} trigger names the losing side, so the other side is credited. Without an
 * actor before the trigger, a claimant of one side is taken to speak of its own side (credited
 * with gains; for a {@code patient} fight such as "repelled attacks", the one that repelled); then an actor
 * just after the trigger counts; then, in "Kyiv denies that ...", the side opposite the denier. Actors inside a
 * denial frame ("Ukraine denies Moscow's claim that") or inside a claimant's name ("the Russian
 * defence ministry said") are not subjects.
 */
public final class SideReader {
    /** How far past the trigger and place an agent may stand ("liberated X by Russian forces"). */
    static final int AFTER_WINDOW = 5;

    /**
     * @param frameEnd   token where the denial frame ends (the sentence start when there is none)
     * @param denierSide the side of the denier, or null: "Kyiv denies that ..." answers a claim of
     *                   the other side, which is then credited when nothing else tells
     */
    public Side read(SentenceView s, TriggerLink link, int frameEnd, Side denierSide, Claimant claimant) {
        CueHit trigger = link.trigger();
        if (trigger.cue().has("no-side")) {
            return null;
        }
        List<CueHit> actors = s.actors().stream()
                .filter(a -> a.from() >= frameEnd && !insideClaimant(s, a)).toList();
        int afterLimit = Math.max(trigger.to(), link.placeTo()) + AFTER_WINDOW;
        boolean patient = trigger.cue().has("patient");
        CueHit actor = trigger.cue().has("agent-after")
                ? nearestAfter(actors, trigger, afterLimit, nearestBefore(actors, trigger, null))
                : nearestBefore(actors, trigger, null);
        if (actor != null) {
            Side side = Side.valueOf(actor.cue().label());
            return patient ? side.opposite() : side;
        }
        ClaimType type = ClaimType.parse(trigger.cue().label());
        Side own = sideOf(claimant);
        if (own != null) {
            if (gainful(type)) {
                return own;
            }
            return patient && type == ClaimType.FIGHTING ? own.opposite() : null;
        }
        actor = nearestAfter(actors, trigger, afterLimit, null);
        if (actor != null) {
            Side side = Side.valueOf(actor.cue().label());
            return patient ? side.opposite() : side;
        }
        if (denierSide != null && gainful(type)) {
            return denierSide.opposite();
        }
        return null;
    }

    private static Side sideOf(Claimant claimant) {
        return claimant.kind() == ClaimantKind.RU_SIDE ? Side.RU
                : claimant.kind() == ClaimantKind.UA_SIDE ? Side.UA : null;
    }

    /** Types whose side is the gaining one, which a one-sided claimant is taken to credit to itself. */
    private static boolean gainful(ClaimType type) {
        return type == ClaimType.CAPTURED || type == ClaimType.RETAKEN || type == ClaimType.ADVANCING
                || type == ClaimType.ENCIRCLED;
    }

    /** "Russia's defence ministry said": the actor word names the source, not the subject. */
    private static boolean insideClaimant(SentenceView s, CueHit actor) {
        for (CueHit c : s.claimants()) {
            if (c.from() <= actor.from() && actor.to() <= c.to()) {
                return true;
            }
        }
        return false;
    }

    private static CueHit nearestBefore(List<CueHit> actors, CueHit trigger, CueHit fallback) {
        CueHit best = null;
        for (CueHit a : actors) {
            if (a.to() <= trigger.from()) {
                best = a;
            }
        }
        return best != null ? best : fallback;
    }

    private static CueHit nearestAfter(List<CueHit> actors, CueHit trigger, int limit, CueHit fallback) {
        for (CueHit a : actors) {
            if (a.from() >= trigger.to() && a.from() <= limit) {
                return a;
            }
        }
        return fallback;
    }


}
