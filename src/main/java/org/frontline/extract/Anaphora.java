package org.frontline.extract;

import java.util.List;
import java.util.Optional;

/**
 * Reads "the city", "la ciudad", "город" in a claim position as the place it stands for: the one
 * place named in the nearest earlier sentence (up to {@value #LOOK_BACK} back, the current one
 * first) that names any. When that sentence names several places the anaphor is left unread,
 * rather than guessed. Stateless and thread-safe.
 */
public final class Anaphora {
    static final int LOOK_BACK = 3;
    private static final int AFTER_TRIGGER = 3;

    /**
     * The place an anaphor right after trigger {@code t} (or before it, for a {@code place-before}
     * trigger) stands for.
     *
     * @param namesBySentence names found so far, by sentence index, including the current sentence
     */
    public Optional<FoundName> resolve(SentenceView s, CueHit t, List<List<FoundName>> namesBySentence) {
        Lexicon words = s.rules().list("anaphora");
        CueHit found = null;
        for (int i = t.to(); i < Math.min(s.to(), t.to() + AFTER_TRIGGER) && found == null; i++) {
            found = words.startingAt(s.tokens(), i, s.to());
        }
        if (found == null && t.cue().has("place-before")) {
            for (CueHit a : words.find(s.tokens(), Math.max(s.from(), t.from() - ClaimLinker.MAX_BEFORE), t.from())) {
                found = a;
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        CueHit a = found;
        Tokens tokens = s.tokens();
        return antecedent(s, namesBySentence).map(ante -> new FoundName(tokens.get(a.from()).start(),
                tokens.get(a.to() - 1).end(), a.from(), a.to(), ante.surface(), MentionRoles.Verdict.CANDIDATE,
                new Resolution(ante.resolution().place(), "anaphora", ante.resolution().confidence(),
                        ante.resolution().suggestions()), FoundName.Origin.ANAPHORA));
    }

    private static Optional<FoundName> antecedent(SentenceView s, List<List<FoundName>> namesBySentence) {
        int index = s.sentence().index();
        for (int back = 0; back <= LOOK_BACK && index - back >= 0 && index - back < namesBySentence.size(); back++) {
            List<FoundName> names = namesBySentence.get(index - back).stream()
                    .filter(n -> n.verdict() != MentionRoles.Verdict.POLITICAL && n.origin() != FoundName.Origin.ANAPHORA)
                    .toList();
            if (!names.isEmpty()) {
                long distinct = names.stream().map(FoundName::placeKey).distinct().count();
                return distinct == 1 ? Optional.of(names.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
