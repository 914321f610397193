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
 * {@code patient} trigger names the losing side, so the other side is credited. Actors inside a
 * denial frame ("Ukraine denies Moscow's claim that") are not subjects. Without an actor, a
 * claimant of one side is taken to credit its own side with gains and the other with retreats.
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
        List<CueHit> actors = s.actors().stream().filter(a -> a.from() >= frameEnd).toList();
        int afterLimit = Math.max(trigger.to(), link.placeTo()) + AFTER_WINDOW;
        CueHit actor = trigger.cue().has("agent-after")
                ? nearestAfter(actors, trigger, afterLimit, nearestBefore(actors, trigger, null))
                : nearestBefore(actors, trigger, nearestAfter(actors, trigger, afterLimit, null));
        ClaimType type = ClaimType.parse(trigger.cue().label());
        if (actor != null) {
            Side side = Side.valueOf(actor.cue().label());
            return trigger.cue().has("patient") ? side.opposite() : side;
        }
        Side fromClaimant = fromClaimant(type, claimant);
        if (fromClaimant == null && denierSide != null && type != ClaimType.WITHDREW) {
            return fromClaimant(type, new Claimant("denied party",
                    denierSide == Side.RU ? ClaimantKind.UA_SIDE : ClaimantKind.RU_SIDE));
        }
        return fromClaimant;
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

    private static Side fromClaimant(ClaimType type, Claimant claimant) {
        Side own = claimant.kind() == ClaimantKind.RU_SIDE ? Side.RU
                : claimant.kind() == ClaimantKind.UA_SIDE ? Side.UA : null;
        if (own == null) {
            return null;
        }
        return switch (type) {
            case CAPTURED, RETAKEN, ADVANCING, ENCIRCLED -> own;
            default -> null;
        };
    }
}
