package org.frontline.extract;

import java.util.List;
import java.util.Optional;

/**
 * "Ukraine denies Moscow's claim that ...": who denies, whose claim is denied, and where the
 * frame ends, so that the denier is not read as the subject of the claim. Immutable.
 *
 * @param cue       the denial cue
 * @param deniedBy  the denier as written ("Ukraine"), or null when the sentence names none
 * @param denierSide the side the denier speaks for, or null
 * @param claimant  the claimant named after the cue ("Moscow's claim"), or null
 * @param end       token after the frame; claim words start after it
 */
public record DenialFrame(CueHit cue, String deniedBy, org.frontline.model.Side denierSide, CueHit claimant, int end) {
    /** Words a relative clause may hold before the side word {@link #inRelativeClosedBefore} looks for. */
    private static final int RELATIVE_REACH = 8;

    /**
     * True when the frame governs a claim whose trigger starts at {@code triggerFrom}: the trigger
     * follows the denial cue, and no reporting verb stands between them ("Kyiv denied this and
     * said fighting continues": the fighting is the denier's own assertion) nor a verb of concession
     * ("denied losing X but admitted pulling back from Y": the withdrawal is conceded), nor a colon ("В Киеве
     * эти заявления отвергли: ... бои продолжаются": what follows is the denier's own account), nor a clause opener
     * of its own subject ("denied pulling out of X, while Russian troops kept attacking": the outlet's contrast).
     */
    public boolean covers(SentenceView s, int triggerFrom) {
        if (cue.from() < triggerFrom && triggerFrom < cue.to()) {
            // "Kiew wies Berichte über die Einnahme von X zurück": a split denial verb brackets the claim it denies
            return true;
        }
        if (cue.cue().has("clause-final") && triggerFrom < cue.from()) {
            // "Kiew hat Berichte über den Fall von X zurückgewiesen": a German denial closes the clause it governs
            return ClauseStructure.sameClause(s, triggerFrom, cue.from());
        }
        // "selon laquelle" opens the claim denied ("a démenti l'affirmation de Moscou selon laquelle ..."), no source
        List<CueHit> complements = s.rules().list("complementizers").find(s.tokens(), end, triggerFrom);
        boolean reported = s.rules().list("attribution").find(s.tokens(), end, triggerFrom).stream()
                .anyMatch(a -> complements.stream().noneMatch(c -> c.from() <= a.from() && a.to() <= c.to()))
                || !s.rules().list("concession").find(s.tokens(), end, triggerFrom).isEmpty();
        boolean contrasted = ClauseStructure.openers(s, end, triggerFrom).stream()
                .anyMatch(h -> !h.cue().has("shared-subject") && !h.cue().has("subordinate"));
        return cue.to() <= triggerFrom && !reported && !contrasted
                && (triggerFrom == cue.to() || !s.text().substring(s.tokens().get(cue.to() - 1).end(),
                        s.tokens().get(triggerFrom).start()).contains(":"));
    }

    /**
     * True when side word {@code a} follows a relative opener in its stretch between punctuation, closed before the
     * denial cue ("mantienen X, una de las localidades que no está en manos rusas, afirmó el portavoz, que negó
     * ..."): it describes a place, it is no denier.
     */
    private static boolean inRelativeClosedBefore(SentenceView s, CueHit a, CueHit d) {
        if (!ClauseStructure.punctuated(s, a.to() - 1, d.from())) {
            return false;
        }
        for (int i = a.from(); i > Math.max(s.from(), a.from() - RELATIVE_REACH); i--) {
            if (ClauseStructure.punctuated(s, i - 1, i)) {
                return false;
            }
            if (s.rules().list("relative_openers").startingAt(s.tokens(), i, a.from()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Finds the first denial frame of a sentence. */
    public static Optional<DenialFrame> find(SentenceView s) {
        for (CueHit d : s.find("denial")) {
            String denier = null;
            org.frontline.model.Side side = null;
            int first = -1;
            for (CueHit a : s.actors()) {
                if (inRelativeClosedBefore(s, a, d)) {
                    continue; // "mantienen X, que no está en manos rusas, ... negó": it tells who does not hold the place
                }
                // the last side word before the cue, but the subject of its clause over what it denies ("Der
                // ukrainische Generalstab hat russische Angaben zurückgewiesen")
                // "mantienen X pese a los asaltos rusos, afirmó el portavoz, que negó ...": whom a side holds out against
                // denies nothing
                if (a.to() <= d.from() && !SideReader.inConcession(s, a) && (side == null || ClauseStructure.punctuated(s, first, d.from()))) {
                    denier = s.text().substring(s.tokens().get(a.from()).start(), s.tokens().get(a.to() - 1).end());
                    side = org.frontline.model.Side.valueOf(a.cue().label());
                    first = a.to() - 1;
                }
            }
            for (CueHit c : s.claimants()) {
                if (c.to() <= d.from()) {
                    denier = c.cue().label();
                }
            }
            CueHit claimant = null;
            for (CueHit c : s.claimants()) {
                if (c.from() >= d.to() && c.from() - d.to() <= 3) {
                    claimant = c;
                    break;
                }
            }
            int end = claimant != null ? claimant.to() : d.to();
            for (CueHit said : s.find("attribution")) {
                if (claimant == null && said.from() >= d.to() && said.from() - d.to() <= 2
                        && !ClauseStructure.punctuated(s, d.to() - 1, said.from())
                        && s.rules().list("conjunctions").find(s.tokens(), d.to(), said.from()).isEmpty()) {
                    // "denied Russian claims that ...": the claims are the denied ones (not "denied, saying", nor
                    // "denies this and says", where the denier tells its own account)
                    end = said.to();
                    break;
                }
            }
            return Optional.of(new DenialFrame(d, denier, side, claimant, end));
        }
        return Optional.empty();
    }
}
