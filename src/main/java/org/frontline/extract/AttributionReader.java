package org.frontline.extract;

import java.util.List;
import java.util.Optional;
import org.frontline.model.Claimant;

/**
 * Finds who makes a claim: a claimant named in the sentence ("according to ISW", "Russia's
 * defence ministry said"; the nearest one before the trigger, else the first after it, so that
 * "Russia claims X, but Ukraine says Y" gives each its own; but a pointer back to the last claimant
 * before the trigger, "the ministry said", wins over a claimant after it), else one named elsewhere in the paragraph, nearest first: in an earlier sentence, unless the
 * claim's sentence names its own unrecognised source ("the governor said"), or in the next one
 * when it only reports ("Así lo informó el Ministerio de Defensa ruso"), with a reporting verb and
 * no claims of its own, else the last claimant of
 * the article when the sentence points back to it ("according to him", "he also noted"), else
 * the outlet. Stateless and thread-safe.
 */
public final class AttributionReader {

    /**
     * @param s         the claim's sentence
     * @param paragraph the other sentences of its paragraph, nearest first
     * @param denial    the denial frame covering the claim's trigger, if any; its denier is never the claimant
     * @param previous  the last claimant named earlier in the article, or null
     * @param outlet    the outlet name, or null
     * @param triggerFrom first token of the claim's trigger
     */
    public Attribution read(SentenceView s, List<SentenceView> paragraph, Optional<DenialFrame> denial,
                            Claimant previous, Claimant quoted, String outlet, int triggerFrom) {
        if (denial.isPresent() && denial.get().claimant() != null) {
            return new Attribution(claimant(s, denial.get().claimant()), 1.0);
        }
        int skipBefore = denial.map(d -> d.cue().from()).orElse(-1);
        CueHit before = null;
        CueHit after = null;
        for (CueHit c : s.claimants()) {
            if (c.from() <= skipBefore) {
                continue;
            }
            if (c.to() <= triggerFrom) {
                before = c;
            } else if (after == null && !deniedAfter(s, triggerFrom, c)) {
                after = c;
            }
        }
        if (before != null) {
            return new Attribution(claimant(s, before), 1.0);
        }
        if (quoted != null && after == null) {
            return new Attribution(quoted, 0.9); // a sentence of a quote whose speaker is named where it closes
        }
        // "министерство заявило о X, однако в Генштабе ВСУ это опровергли": the ministry pointed back to
        // before the trigger speaks, not the one answering after it
        List<CueHit> pointers = s.find("pronoun_attribution");
        boolean pointsBackBefore = pointers.stream().anyMatch(p -> p.to() <= triggerFrom);
        if (after != null && !(pointsBackBefore && previous != null)) {
            return new Attribution(claimant(s, after), 1.0);
        }
        if (!pointers.isEmpty() && previous != null) {
            return new Attribution(previous, 0.9);
        }
        // a sentence with a reporting verb of its own borrows no claimant from the sentences around it
        boolean ownSource = !s.find("attribution").isEmpty();
        for (SentenceView other : ownSource ? List.<SentenceView>of() : paragraph) {
            boolean reportsBack = other.sentence().index() == s.sentence().index() + 1 && other.triggers().isEmpty()
                    && !other.find("attribution").isEmpty();
            boolean earlier = other.sentence().index() < s.sentence().index();
            if ((earlier || reportsBack) && !other.claimants().isEmpty()) {
                return new Attribution(claimant(other, other.claimants().get(0)), 0.9);
            }
        }
        return new Attribution(Claimant.outlet(outlet), 0.85);
    }

    /**
     * Whether a denial stands between the trigger and a claimant after it: that claimant is the one answered, not the
     * speaker ("X n'est pas tombée, a assuré le porte-parole, démentant les affirmations du chef d'état-major russe").
     */
    private static boolean deniedAfter(SentenceView s, int triggerFrom, CueHit claimant) {
        return s.find("denial").stream().anyMatch(d -> d.from() > triggerFrom && d.to() <= claimant.from());
    }

    /** The claimant a hit stands for. */
    public static Claimant claimant(SentenceView s, CueHit hit) {
        String name = hit.cue().label();
        return new Claimant(name, s.rules().claimantKind(name));
    }
}
