package org.frontline.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The raw content of one language's rule file, as Jackson reads it from YAML. See
 * {@code rules/README.md} next to the files for the meaning of each list.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record RulesFile(
        @JsonProperty("language") String language,
        @JsonProperty("capitalised_nouns") Boolean capitalisedNouns,
        @JsonProperty("adjectives_follow_nouns") Boolean adjectivesFollowNouns,
        @JsonProperty("fronted_objects") Boolean frontedObjects,
        @JsonProperty("stopwords") List<String> stopwords,
        @JsonProperty("triggers") Map<String, List<String>> triggers,
        @JsonProperty("actors") Map<String, List<String>> actors,
        @JsonProperty("claimants") Map<String, Map<String, List<String>>> claimants,
        @JsonProperty("attribution") List<String> attribution,
        @JsonProperty("pronoun_attribution") List<String> pronounAttribution,
        @JsonProperty("denial") List<String> denial,
        @JsonProperty("negation") List<String> negation,
        @JsonProperty("forecast") List<String> forecast,
        @JsonProperty("history") List<String> history,
        @JsonProperty("passive") List<String> passive,
        @JsonProperty("clause_openers") List<String> clauseOpeners,
        @JsonProperty("relative_openers") List<String> relativeOpeners,
        @JsonProperty("source_phrases") List<String> sourcePhrases,
        @JsonProperty("geographic_nouns") List<String> geographicNouns,
        @JsonProperty("passive_after") List<String> passiveAfter,
        @JsonProperty("gerund_endings") List<String> gerundEndings,
        @JsonProperty("agent_markers") List<String> agentMarkers,
        @JsonProperty("instrumental_endings") List<String> instrumentalEndings,
        @JsonProperty("genitive_markers") List<String> genitiveMarkers,
        @JsonProperty("locative_relatives") List<String> locativeRelatives,
        @JsonProperty("object_relatives") List<String> objectRelatives,
        @JsonProperty("relative_heads") List<String> relativeHeads,
        @JsonProperty("partial") List<String> partial,
        @JsonProperty("degree_adverbs") List<String> degreeAdverbs,
        @JsonProperty("withdrawal_destinations") List<String> withdrawalDestinations,
        @JsonProperty("strike_weapons") List<String> strikeWeapons,
        @JsonProperty("concession") List<String> concession,
        @JsonProperty("complementizers") List<String> complementizers,
        @JsonProperty("civilians") List<String> civilians,
        @JsonProperty("enemy") List<String> enemy,
        @JsonProperty("enemy_without_claimant") String enemyWithoutClaimant,
        @JsonProperty("own_forces") List<String> ownForces,
        @JsonProperty("target_markers") List<String> targetMarkers,
        @JsonProperty("defences") List<String> defences,
        @JsonProperty("nonfinite_openers") List<String> nonfiniteOpeners,
        @JsonProperty("ongoing") List<String> ongoing,
        @JsonProperty("copulas") List<String> copulas,
        @JsonProperty("ellipsis") List<String> ellipsis,
        @JsonProperty("despite") List<String> despite,
        @JsonProperty("roles") Map<String, List<String>> roles,
        @JsonProperty("anaphora") List<String> anaphora,
        @JsonProperty("settlement_words") List<String> settlementWords,
        @JsonProperty("conjunctions") List<String> conjunctions,
        @JsonProperty("not_names") List<String> notNames,
        @JsonProperty("first_names") List<String> firstNames,
        @JsonProperty("name_gap_words") List<String> nameGapWords,
        @JsonProperty("place_counts") List<String> placeCounts,
        @JsonProperty("list_openers") List<String> listOpeners,
        @JsonProperty("dates") DateWords dates,
        @JsonProperty("defenders") List<String> defenders,
        @JsonProperty("losses") List<String> losses,
        @JsonProperty("subject_pronouns") List<String> subjectPronouns,
        @JsonProperty("village_nouns") List<String> villageNouns,
        @JsonProperty("place_intensifiers") List<String> placeIntensifiers,
        @JsonProperty("cleft_openers") List<String> cleftOpeners) {

    /** The calendar words of a language. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record DateWords(
            @JsonProperty("months") List<List<String>> months,
            @JsonProperty("weekdays") List<List<String>> weekdays,
            @JsonProperty("relative") Map<String, String> relative,
            @JsonProperty("early") List<String> early,
            @JsonProperty("mid") List<String> mid,
            @JsonProperty("late") List<String> late,
            @JsonProperty("year_prepositions") List<String> yearPrepositions,
            @JsonProperty("years_ago") List<String> yearsAgo,
            @JsonProperty("numbers") Map<String, Integer> numbers,
            @JsonProperty("periods") Map<String, String> periods,
            @JsonProperty("since") List<String> since,
            @JsonProperty("seasons") List<List<String>> seasons) {
    }
}
