package org.frontline.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One sentence as the readers see it: the article's tokens, the token range of the sentence,
 * the rules of its language and the cue hits every reader needs. Immutable.
 *
 * @param text      the whole article text
 * @param sentence  the sentence
 * @param tokens    tokens of the whole article
 * @param from      first token of the sentence
 * @param to        token after the last one of the sentence
 * @param rules     the rules of the sentence's language
 * @param triggers  claim triggers in the sentence
 * @param actors    actor words (side cues) in the sentence
 * @param claimants named claimants in the sentence
 * @param regions   capitalised tokens of the sentence that name an oblast alone, with no region word
 *                  ("на Харківщині", "на Сумщине")
 */
public record SentenceView(String text, Sentence sentence, Tokens tokens, int from, int to, LanguageRules rules,
                           List<CueHit> triggers, List<CueHit> actors, List<CueHit> claimants, BitSet regions) {

    /** Builds the view, finding triggers, actors and claimants once; knows no oblast named alone. */
    public static SentenceView of(String text, Sentence s, Tokens tokens, LanguageRules rules) {
        return of(text, s, tokens, rules, word -> false);
    }

    /**
     * Builds the view, finding triggers, actors and claimants once, and the capitalised words that
     * {@code namesRegion} takes for an oblast named alone ("Харківщині").
     */
    public static SentenceView of(String text, Sentence s, Tokens tokens, LanguageRules rules, Predicate<String> namesRegion) {
        int from = tokens.indexAtOrAfter(s.start());
        int to = tokens.countEndingBy(s.end());
        BitSet regions = new BitSet();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.capitalised() && namesRegion.test(text.substring(t.start(), t.end()))) {
                regions.set(i);
            }
        }
        return new SentenceView(text, s, tokens, from, to, rules,
                withEllipses(tokens, rules, from, to, withoutCompounds(tokens, rules, rules.triggers().find(tokens, from, to))),
                rules.actors().find(tokens, from, to),
                rules.claimants().find(tokens, from, to), regions);
    }

    /**
     * Drops triggers that are the first part of a hyphenated word ("battle-hardened", "combat-ready")
     * and those flagged {@code background}, which only time another event ("after weeks of fighting");
     * matched as the longest cue, they keep their words from being read as a claim. A trigger of
     * several words ending in a strike weapon that opens a compound is kept: "атакували Харків
     * дронами-камікадзе" is still a strike.
     */
    private static List<CueHit> withoutCompounds(Tokens tokens, LanguageRules rules, List<CueHit> triggers) {
        return triggers.stream()
                .filter(t -> t.to() >= tokens.size() || !tokens.get(t.to()).joinedBefore()
                        || t.to() - t.from() > 1 && rules.list("strike_weapons").startingAt(tokens, t.to() - 1, t.to()) != null)
                .filter(t -> !t.cue().has("background"))
                .toList();
    }

    /**
     * Adds, for each pronoun standing for a nominal trigger named before it in the sentence ("la
     * prise de X, puis celle de Y", "tras la caída de X y la de Y"), that trigger again at the
     * pronoun: its place is the trigger's place too. A trigger is nominal when a genitive marker
     * ends it or follows it ("prise de", "caída de", "revendiqué la prise | de").
     */
    private static List<CueHit> withEllipses(Tokens tokens, LanguageRules rules, int from, int to, List<CueHit> triggers) {
        List<CueHit> ellipses = triggers.isEmpty() ? List.of() : rules.list("ellipsis").find(tokens, from, to);
        if (ellipses.isEmpty()) {
            return triggers;
        }
        List<CueHit> out = new ArrayList<>(triggers);
        for (CueHit e : ellipses) {
            CueHit antecedent = null;
            for (CueHit t : triggers) {
                if (t.to() <= e.from() && (rules.list("genitive_markers").startingAt(tokens, t.to() - 1, t.to()) != null
                        || rules.list("genitive_markers").startingAt(tokens, t.to(), e.from()) != null)) {
                    antecedent = t;
                }
            }
            if (antecedent != null && triggers.stream().noneMatch(t -> t.to() > e.from() && t.from() < e.to())) {
                out.add(new CueHit(antecedent.cue(), e.from(), e.to()));
            }
        }
        out.sort(Comparator.comparingInt(CueHit::from));
        return List.copyOf(out);
    }

    /** The sentence's characters. */
    public String quote() {
        return text.substring(sentence.start(), sentence.end());
    }

    /** Cue hits of the named rule list within the sentence. */
    public List<CueHit> find(String list) {
        return rules.list(list).find(tokens, from, to);
    }
}
