package org.frontline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.FuzzyDate;

/**
 * Tells whether a claim is asserted, denied, forecast or historical. Stateless and thread-safe.
 *
 * <p>In this order: a denial frame before the trigger ("denies Moscow's claim that") or a negation
 * just before it ("did not capture") makes it denied; a modality cue around the trigger ("could
 * fall", "will be forced to abandon", "if ... withdraws") a forecast; a history cue in the sentence
 * ("more than two years ago") near the claim or an event date more than {@value #HISTORICAL_DAYS} days before
 * publication makes it historical.
 */
public final class StatusReader {
    static final int HISTORICAL_DAYS = 180;
    private static final int NEGATION_SCOPE = 3;
    private static final int FORECAST_SCOPE = 5;
    private static final int HISTORY_SCOPE = 4;
    /** Flag of a forecast cue telling an attempt ("intentos de"), whose words may reach over the trigger it tries. */
    private static final String ATTEMPT = "attempt";

    public StatusReading read(SentenceView s, TriggerLink link, Optional<DenialFrame> denial,
                              FuzzyDate eventDate, boolean absoluteDate, LocalDate published) {
        CueHit t = link.trigger();
        if (denial.isPresent()) { // the frame covering the trigger (ClaimBuilder filters it)
            return new StatusReading(ClaimStatus.DENIED, denial.get().deniedBy(), denial.get().cue());
        }
        int claimStart = Math.min(t.from(), link.placeFrom());
        int claimEnd = Math.max(t.to(), link.placeTo());
        List<CueHit> negations = s.find("negation");
        for (CueHit n : negations) {
            if (n.cue().has("affirms") || negations.stream().anyMatch(a -> a.cue().has("affirms")
                    && a.from() <= n.from() && n.to() <= a.to())) {
                continue; // "не прекращаются бои", "n'exclut pas": a negated verb that affirms
            }
            int scope = n.cue().scopeOr(NEGATION_SCOPE);
            // "Соледар не взят, бои продолжаются": the negation is the nearer gain's, not the fight's after it
            boolean otherTrigger = ClaimBuilder.typeOf(s, t) == ClaimType.FIGHTING && s.triggers().stream()
                    .anyMatch(o -> o.from() >= n.to() && o.to() <= t.from() && ClaimBuilder.typeOf(s, o) != ClaimType.FIGHTING);
            if (n.to() <= t.from() && t.from() - n.to() <= scope && !otherTrigger
                    && !ClauseStructure.colonBetween(s, n.to() - 1, t.from())) {
                return new StatusReading(ClaimStatus.DENIED, null, n);
            }
            if (n.cue().has("after") && ClaimBuilder.typeOf(s, t) != ClaimType.FIGHTING && postposed(s, n, claimEnd, scope)) {
                return new StatusReading(ClaimStatus.DENIED, null, n); // "занять село не смогли"
            }
        }
        if (t.cue().has("future")) {
            return new StatusReading(ClaimStatus.FORECAST, null, t); // "возьмут Северск": a future verb form
        }
        // "In Torezk wird weiter gekämpft": a fight's participle after the auxiliary is an impersonal passive
        boolean passive = ClauseStructure.passive(s, t) || t.cue().has("no-side") && t.cue().has("place-before");
        for (CueHit f : s.find("forecast")) {
            if (passive && s.rules().list("passive").startingAt(s.tokens(), f.from(), f.to()) != null) {
                continue; // "wird ... angegriffen": the auxiliary of a passive, not of a future
            }
            if (!s.rules().capitalisedNouns() && f.from() > s.from() && s.tokens().get(f.from()).capitalised()) {
                continue; // "since May": a capitalised word inside the sentence is a name or a month, not "may"
            }
            if (insideAdverb(s, f)) {
                continue; // "pour sa part": a word of an adverbial phrase, not the purpose "pour"
            }
            if (s.triggers().stream().anyMatch(o -> o != t && o.from() <= f.from() && f.to() <= o.to())) {
                continue; // "Under the threat of encirclement, the troops left X": the threat is the ring's
            }
            int scope = f.cue().scopeOr(FORECAST_SCOPE);
            boolean before = f.to() <= claimStart && claimStart - f.to() <= scope && !governsOther(s, f, t, claimStart);
            boolean inside = f.from() >= claimStart && f.to() <= claimEnd && !repelledAttempt(t, f)
                    && !closedClauseOther(s, f, t);
            // "Taking X would ...", not the next clause's auxiliary: "Torezk, wo die Kämpfe andauern, wird beschossen"
            boolean after = f.cue().has("after-ok") && f.from() >= claimEnd && f.from() - claimEnd <= 2
                    && !ClauseStructure.punctuated(s, claimEnd - 1, f.from());
            // "risk being encircled in X": the cue ends with the first word of the trigger; an attempt whose agent
            // gap reaches over it ("intentos de avanzar cerca de X") is still the trigger's
            boolean overlapping = f.from() < t.from() && f.to() > t.from() && (f.to() <= t.to() || f.cue().has(ATTEMPT));
            if (before || inside || after || overlapping) {
                return new StatusReading(ClaimStatus.FORECAST, null, f);
            }
        }
        for (CueHit h : s.find("history")) {
            if (s.triggers().stream().anyMatch(o -> o.from() <= h.from() && h.to() <= o.to())) {
                continue; // "X is back in Ukrainian hands": the words of a trigger, not "back in 2022"
            }
            int scope = h.cue().scopeOr(HISTORY_SCOPE);
            if (h.cue().has("before")) {
                // "since the fall of X", right before the trigger; not "fighting near X since the start of the
                // month", nor "la libération de sept localités depuis le début de la contre-offensive, dont X"
                if (h.to() <= t.from() && t.from() - h.to() <= scope) {
                    return new StatusReading(ClaimStatus.HISTORICAL, null, h);
                }
                continue;
            }
            boolean before = h.to() <= claimStart && claimStart - h.to() <= scope;
            boolean after = h.from() >= claimEnd && h.from() - claimEnd <= scope;
            boolean inside = h.from() >= claimStart && h.to() <= claimEnd && !asideHistory(s, h, t, claimStart);
            if (before || after || inside) {
                return new StatusReading(ClaimStatus.HISTORICAL, null, h);
            }
        }
        if (absoluteDate && published != null && eventDate != null
                && eventDate.date().isBefore(published.minusDays(HISTORICAL_DAYS))) {
            return new StatusReading(ClaimStatus.HISTORICAL, null, null);
        }
        return new StatusReading(ClaimStatus.ASSERTED, null, null);
    }

    /**
     * A negated modal flagged {@code after} that follows the claim in its clause ("занять Часов Яр
     * противнику так и не удалось", "взяти село не змогли"): within its scope, with no punctuation and
     * no conjunction between, which would open another clause ("взяли X и не смогли продвинуться"). A failed attack
     * is still an attack: "прорвать оборону у X противнику не удалось" stays a fight.
     */
    private static boolean postposed(SentenceView s, CueHit n, int claimEnd, int scope) {
        return n.from() >= claimEnd && n.from() - claimEnd <= scope
                && !ClauseStructure.punctuated(s, claimEnd - 1, n.from())
                && s.rules().list("conjunctions").find(s.tokens(), claimEnd, n.from()).isEmpty();
    }

    /** A cue word inside a degree adverb of the sentence ("pour sa part", "quant à lui"). */
    private static boolean insideAdverb(SentenceView s, CueHit f) {
        return s.rules().list("degree_adverbs").find(s.tokens(), Math.max(s.from(), f.from() - 3), Math.min(s.to(), f.to() + 3))
                .stream().anyMatch(a -> a.from() <= f.from() && f.to() <= a.to() && a.to() - a.from() > f.to() - f.from());
    }

    /**
     * "Frustraron intentos de avance", "repelled attempts to break through": the attempt word inside
     * a repelled fight tells what was repelled; the fight is done. So does the purpose word of a fight
     * noun ("les combats pour Vovtchansk"): what is fought for, in a fight going on.
     */
    private static boolean repelledAttempt(CueHit t, CueHit f) {
        return t.cue().label().equals("fighting") && (t.cue().has("patient") || t.cue().has("no-side"))
                && f.from() >= t.from() && f.to() <= t.to();
    }

    /**
     * "Часів Яр, який ворог намагається захопити, щодня обстрілюють": a modality cue right before another
     * trigger whose clause a comma closes before the claim's trigger is that trigger's (the attempt is the
     * capture's), not the strike's of the main clause.
     */
    private static boolean closedClauseOther(SentenceView s, CueHit f, CueHit t) {
        for (CueHit other : s.triggers()) {
            if (other != t && other.from() >= f.to() && other.from() - f.to() <= 1 && other.to() <= t.from()) {
                for (int i = other.to(); i <= t.from(); i++) {
                    if (ClauseStructure.commaBefore(s, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Robotyne, libéré il y a un an, est désormais bombardé": a history cue after another trigger in an aside
     * between the place and the claim's trigger, closed by a comma, dates that aside's trigger, not the main clause's.
     */
    private static boolean asideHistory(SentenceView s, CueHit h, CueHit t, int claimStart) {
        if (t.from() < h.to()) {
            return false;
        }
        boolean otherBefore = s.triggers().stream()
                .anyMatch(o -> o != t && o.from() >= claimStart && o.to() <= h.from());
        if (!otherBefore) {
            return false;
        }
        for (int i = h.to(); i <= t.from(); i++) {
            if (ClauseStructure.commaBefore(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Через загрозу оточення підрозділи відвели з X", "under the threat of encirclement, the
     * troops left X": a modality cue right before another trigger is that trigger's (the threat is
     * of the encirclement), not the claim's after it, unless a conjunction joins the two ("could
     * encircle and take X").
     */
    private static boolean governsOther(SentenceView s, CueHit f, CueHit t, int claimStart) {
        for (CueHit other : s.triggers()) {
            if (other != t && other.from() >= f.to() && other.from() - f.to() <= 1 && other.to() <= claimStart
                    && other.to() <= t.from()) {
                return s.rules().list("conjunctions").find(s.tokens(), other.to(), claimStart).isEmpty();
            }
        }
        return false;
    }
}
