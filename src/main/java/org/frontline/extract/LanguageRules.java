package org.frontline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontline.model.ClaimType;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Side;

/**
 * The claim-reading rules of one language, compiled from its rule file. Immutable and thread-safe.
 *
 * <p>Every list is a {@link Lexicon}; triggers are labelled with their claim type code, actors
 * with their side, claimants with the name the tool shows.
 */
public final class LanguageRules {
    private final String language;
    private final Lexicon triggers;
    private final Lexicon actors;
    private final Lexicon claimants;
    private final Map<String, ClaimantKind> claimantKinds;
    private final Map<String, Lexicon> lists = new HashMap<>();
    private final CalendarWords calendar;
    private final boolean capitalisedNouns;
    private final boolean adjectivesFollowNouns;
    private final boolean frontedObjects;
    private final Side enemyWithoutClaimant;
    private final java.util.Set<String> stopwords;

    LanguageRules(RulesFile file) {
        this.language = Objects.requireNonNull(file.language(), "rule file without language");
        this.triggers = labelled(file.triggers(), k -> ClaimType.parse(k).code());
        this.actors = labelled(file.actors(), k -> Side.parse(k)
                .orElseThrow(() -> new IllegalArgumentException("unknown side in actors: " + k)).name());
        List<Cue> claimantCues = new ArrayList<>();
        Map<String, ClaimantKind> kinds = new HashMap<>();
        if (file.claimants() != null) {
            file.claimants().forEach((kind, byName) -> byName.forEach((name, patterns) -> {
                kinds.put(name, ClaimantKind.parse(kind));
                patterns.forEach(p -> claimantCues.add(Cue.parse(p, name)));
            }));
        }
        this.claimants = new Lexicon(claimantCues);
        this.claimantKinds = Map.copyOf(kinds);
        put("attribution", file.attribution());
        put("pronoun_attribution", file.pronounAttribution());
        put("denial", file.denial());
        put("negation", file.negation());
        put("forecast", file.forecast());
        put("history", file.history());
        put("passive", file.passive());
        put("clause_openers", file.clauseOpeners());
        put("relative_openers", file.relativeOpeners());
        put("source_phrases", file.sourcePhrases());
        put("geographic_nouns", file.geographicNouns());
        put("passive_after", file.passiveAfter());
        put("gerund_endings", file.gerundEndings());
        put("agent_markers", file.agentMarkers());
        put("instrumental_endings", file.instrumentalEndings());
        put("genitive_markers", file.genitiveMarkers());
        put("locative_relatives", file.locativeRelatives());
        put("object_relatives", file.objectRelatives());
        put("relative_heads", file.relativeHeads());
        put("partial", file.partial());
        put("degree_adverbs", file.degreeAdverbs());
        put("withdrawal_destinations", file.withdrawalDestinations());
        put("strike_weapons", file.strikeWeapons());
        put("concession", file.concession());
        put("complementizers", file.complementizers());
        put("civilians", file.civilians());
        put("defenders", file.defenders());
        put("losses", file.losses());
        put("enemy", file.enemy());
        put("own_forces", file.ownForces());
        put("target_markers", file.targetMarkers());
        put("defences", file.defences());
        put("nonfinite_openers", file.nonfiniteOpeners());
        put("ongoing", file.ongoing());
        put("copulas", file.copulas());
        put("ellipsis", file.ellipsis());
        put("despite", file.despite());
        put("subject_pronouns", file.subjectPronouns());
        put("village_nouns", file.villageNouns());
        put("place_intensifiers", file.placeIntensifiers());
        put("cleft_openers", file.cleftOpeners());
        put("anaphora", file.anaphora());
        put("settlement_words", file.settlementWords());
        put("conjunctions", file.conjunctions());
        put("not_names", file.notNames());
        put("first_names", file.firstNames());
        put("name_gap_words", file.nameGapWords());
        put("place_counts", file.placeCounts());
        put("list_openers", file.listOpeners());
        if (file.roles() != null) {
            file.roles().forEach(this::put);
        }
        this.calendar = new CalendarWords(file.dates());
        this.capitalisedNouns = Boolean.TRUE.equals(file.capitalisedNouns());
        this.adjectivesFollowNouns = Boolean.TRUE.equals(file.adjectivesFollowNouns());
        this.frontedObjects = Boolean.TRUE.equals(file.frontedObjects());
        this.enemyWithoutClaimant = file.enemyWithoutClaimant() == null ? null : Side.parse(file.enemyWithoutClaimant())
                .orElseThrow(() -> new IllegalArgumentException("unknown side in enemy_without_claimant: "
                        + file.enemyWithoutClaimant()));
        this.stopwords = file.stopwords() == null ? java.util.Set.of()
                : file.stopwords().stream().map(Tokens::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private void put(String name, List<String> entries) {
        lists.put(name, Lexicon.of(entries, name));
    }

    private static Lexicon labelled(Map<String, List<String>> byLabel,
                                    java.util.function.Function<String, String> label) {
        List<Lexicon> parts = new ArrayList<>();
        if (byLabel != null) {
            byLabel.forEach((k, v) -> parts.add(Lexicon.of(v, label.apply(k))));
        }
        return Lexicon.union(parts);
    }

    /** Rules that find nothing, for a language the tool has no rule file for. */
    public static LanguageRules empty(String language) {
        return new LanguageRules(new RulesFile(language, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    public String language() {
        return language;
    }

    /** All claim triggers, each labelled with a {@link ClaimType#code()}. */
    public Lexicon triggers() {
        return triggers;
    }

    /** Words naming a side's forces or government, labelled RU or UA. */
    public Lexicon actors() {
        return actors;
    }

    /** Named sources of claims, labelled with the claimant's display name. */
    public Lexicon claimants() {
        return claimants;
    }

    public ClaimantKind claimantKind(String name) {
        return claimantKinds.getOrDefault(name, ClaimantKind.INDEPENDENT);
    }

    /**
     * A named list of the rule file: attribution, pronoun_attribution, denial, negation, forecast,
     * history, passive, clause_openers, source_phrases, geographic_nouns, passive_after, gerund_endings, agent_markers, instrumental_endings, locative_relatives, object_relatives, relative_heads, partial, degree_adverbs, withdrawal_destinations, strike_weapons, concession, complementizers, civilians, defenders, losses, defences, nonfinite_openers, ongoing, copulas, ellipsis, despite, village_nouns, place_intensifiers, cleft_openers, anaphora, settlement_words, conjunctions, or a role list such as distance_before.
     */
    public Lexicon list(String name) {
        return lists.getOrDefault(name, Lexicon.EMPTY);
    }

    /**
     * True when the language capitalises common nouns (German): a capitalised word after a
     * trigger is then no sign of a place name.
     */
    public boolean capitalisedNouns() {
        return capitalisedNouns;
    }

    /**
     * True when case endings let the object open the sentence before its verb (Ukrainian, Russian:
     * "Харків атакували дрони", "Курахово российские войска окружили с трех сторон").
     */
    public boolean frontedObjects() {
        return frontedObjects;
    }

    /**
     * True when adjectives follow their noun (Spanish, French; German genitives alike): a side word
     * right after a nominal trigger ("ataques rusos") names its agent.
     */
    public boolean adjectivesFollowNouns() {
        return adjectivesFollowNouns;
    }

    /**
     * The side "the enemy" stands for when no speaker or claimant of a side tells (Ukrainian-language
     * reporting calls Russia's forces so), or null when the rule file gives none.
     */
    public Side enemyWithoutClaimant() {
        return enemyWithoutClaimant;
    }

    /** Frequent function words of the language, folded: a quick language check. */
    public java.util.Set<String> stopwords() {
        return stopwords;
    }

    public CalendarWords calendar() {
        return calendar;
    }
}
