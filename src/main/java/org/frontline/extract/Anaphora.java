package org.frontline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.frontline.model.Place;

/**
 * Reads "the city", "la ciudad", "город" in a claim position as the place it stands for: the one
 * place named before it in the nearest sentence (up to {@value #LOOK_BACK} back, the current one
 * first) that names any place which could carry a claim (not one named only for distance,
 * direction, background or as a government). When that sentence names several places the anaphor
 * stands for the one a claim was read about there, if only one was (an anaphor flagged
 * {@code latter}, "the latter", for the last one named; one flagged {@code city}, "the city", only
 * for a town of some size, past the villages named since); otherwise it is left unread rather than
 * guessed. Stateless and thread-safe.
 */
public final class Anaphora {
    static final int LOOK_BACK = 3;
    /** Population from which a place may be called a city (an anaphor flagged {@code city}). */
    static final int CITY_POPULATION = 5000;
    /** Words between a village noun and the name it calls a village ("des nahegelegenen Dorfes X", "X, a small village"). */
    private static final int VILLAGE_NOUN_REACH = 3;
    /** Mentions from which a town is the one an article is about ({@link #topicCity}). */
    static final int TOPIC_MENTIONS = 2;
    /** Words between an anaphor and the name it opens ("la localidad fronteriza ucraniana de Yunakivka"). */
    private static final int NAME_AFTER = 3;
    private static final int AFTER_TRIGGER = 3;
    /** Further words of the {@code name_gap_words} list ("en el centro de la ciudad") an anaphor may follow. */
    private static final int GAP_WORDS = 4;
    /** Flag of a pronoun anaphor, read only inside a trigger ({@link #outsideOnly}). */
    static final String INSIDE = "inside";
    /** Flag of an anaphor naming another place than its antecedent ("the neighbouring village", "соседнее село"): none. */
    static final String OTHER = "other";
    /**
     * Flag of a pronoun form used only after a preposition ("на нього", "по нему"): read, like one flagged
     * {@value #INSIDE}, only right after a trigger ending in its preposition ("скидає на нього авіабомби").
     */
    static final String OBLIQUE = "oblique";
    /** Flag of "the capital", "столицю", "la capital" standing for a country's capital, only as a strike's target. */
    static final String CAPITAL = "capital";
    /** Object pronouns standing before their verb ("la castiga", "lo bombardea"), read by {@link #clitic}. */
    static final String CLITICS = "clitics";
    /** Perfect auxiliaries that may stand between such a pronoun and its participle ("la han abandonado"). */
    static final String CLITIC_AUXILIARIES = "clitic_auxiliaries";
    /** Endings of an infinitive or gerund carrying its object pronoun ("rodearla", "bombardeándolo"), read by {@link #enclitic}. */
    static final String ENCLITIC_ENDINGS = "enclitic_endings";
    /** Flag of a clitic that is also an article ("l'"): after a conjunction it opens a noun ("que l'avancée"). */
    private static final String ARTICLE = "article";
    /** Flag of a forecast cue telling an attempt ("tentent de"), after which a clitic pronoun stands: "tentent de l'encercler". */
    private static final String ATTEMPT = "attempt";
    /** Possessives and articles before a capture told by a noun ("its capture", "la toma"), read by {@link #determiner}. */
    static final String NOUN_DETERMINERS = "noun_determiners";
    /**
     * Claim types of a gain a {@link #determiner} may stand before: not a withdrawal noun, which names its troops ("la
     * retirada de sus tropas"), nor a fall ("its fall"), which names no gainer, nor a recovery ("su recuperación"), whose
     * liberation the labels read as a capture.
     */
    private static final Set<String> GAINS = Set.of("captured");
    /** Words after a noun trigger in which a complement naming its own places may start ("die Einnahme mehrerer Dörfer"). */
    private static final int COMPLEMENT_WORDS = 2;
    /** Words of a subject ending right before a clitic pronoun ("la aviación rusa la bombardea"). */
    private static final int SUBJECT_WORDS = 3;

    /**
     * The place an anaphor inside a trigger with a gap ("den Großteil des Ortes besetzt"), right
     * after trigger {@code t}, or after it and a few name gap words
     * ("fighting continues in the centre of the town") (or before it, for a {@code place-before}
     * or passive trigger, or opening the sentence in a locative phrase: "In the city, fighting
     * continues") stands for.
     *
     * @param namesBySentence names found so far, by sentence index, including the current sentence
     */
    public Optional<FoundName> resolve(SentenceView s, CueHit t, List<List<FoundName>> namesBySentence,
                                      Set<Integer> claimed) {
        Lexicon words = s.rules().list("anaphora");
        CueHit found = null;
        for (int i = t.from() + 1; i < t.to() - 1 && found == null; i++) {
            found = words.startingAt(s.tokens(), i, t.to() - 1); // "den Großteil des Ortes besetzt"
        }
        Lexicon gap = s.rules().list("name_gap_words");
        for (int i = t.to(); i < Math.min(s.to(), t.to() + AFTER_TRIGGER + GAP_WORDS) && found == null; i++) {
            CueHit at = words.startingAt(s.tokens(), i, s.to());
            found = i == t.to() && at != null && at.cue().has(OBLIQUE) ? at : outsideOnly(at);
            if (found == null && i >= t.to() + AFTER_TRIGGER - 1 && gap.startingAt(s.tokens(), i, i + 1) == null) {
                break; // past the first words, only "in the centre of" may lead to the anaphor
            }
        }
        if (found == null) {
            found = closingObject(s, t, words);
        }
        CueHit clitic = found == null ? clitic(s, t) : null;
        if (clitic == null && found == null && enclitic(s, t)) {
            clitic = new CueHit(t.cue(), t.to() - 1, t.to()); // "amenazan con envolverla": the verb's own ending
        }
        if (clitic == null && found == null) {
            CueHit determiner = determiner(s, t);
            if (determiner != null) {
                return claimedAntecedent(s, determiner, namesBySentence, claimed)
                        .map(ante -> standingFor(s, determiner, ante, determiner.from()));
            }
        }
        if (clitic != null) {
            CueHit pronoun = clitic;
            return loneAntecedent(s, pronoun, namesBySentence).map(ante -> standingFor(s, pronoun, ante, pronoun.from()));
        }
        int index = s.sentence().index();
        List<FoundName> here = index < namesBySentence.size() ? namesBySentence.get(index) : List.of();
        if (found != null && found.cue().has("part") && (opensName(s, found, here) || ofAnother(s, found))) {
            return Optional.empty(); // "reached the eastern outskirts of X": X's, even when X is only a direction
        }
        if (found == null) {
            CueHit locative = s.rules().list("locative_before").startingAt(s.tokens(), s.from(), t.from());
            CueHit scene = locative == null ? null : outsideOnly(words.startingAt(s.tokens(), locative.to(), t.from()));
            found = scene != null && scene.to() <= t.from() && !opensName(s, scene, here) ? scene : null;
        }
        if (found == null && ClaimLinker.takesPlaceBefore(s, t)) {
            for (CueHit a : words.find(s.tokens(), Math.max(s.from(), t.from() - ClaimLinker.MAX_BEFORE), t.from())) {
                found = outsideOnly(a) != null ? a : found;
            }
        }
        if (found == null || found.cue().has(CAPITAL) && !t.cue().label().equals("shelled")) {
            return Optional.empty(); // "the capital" is Kyiv as a strike's target, mostly its government elsewhere
        }
        return anaphor(s, found, namesBySentence, claimed);
    }

    /**
     * An object pronoun (flag {@value #INSIDE}) right after trigger {@code t} that closes its clause, or null: "отрицают,
     * что покинули его.", "заперечують, що залишили його"; one a noun follows is a possessive ("отбили его атаки").
     */
    private static CueHit closingObject(SentenceView s, CueHit t, Lexicon words) {
        CueHit a = t.to() < s.to() ? words.startingAt(s.tokens(), t.to(), s.to()) : null;
        boolean closes = a != null && (a.to() >= s.to() || ClauseStructure.punctuated(s, a.to() - 1, a.to()));
        return closes && a.cue().has(INSIDE) ? a : null;
    }

    /**
     * The object pronoun (list {@value #CLITICS}) standing right before trigger {@code t} after the trigger's subject, a
     * side word or a weapon ("las bombas planeadoras la golpean"), after a conjunction (not one flagged {@value #ARTICLE},
     * "que l'avancée"), or after an attempt ("les Russes tentent de l'encercler"), or null: "la artillería rusa la
     * castiga", "y la castigan", "les troupes ukrainiennes s'en sont retirées". An article before a nominal trigger
     * follows a verb, a preposition or a comma instead ("anunció la toma", "de la caída", "selon Moscou, l'offensive").
     */
    static CueHit clitic(SentenceView s, CueHit t) {
        int at = t.from() - 1;
        if (at > s.from() && s.rules().list(CLITIC_AUXILIARIES).startingAt(s.tokens(), at, t.from()) != null) {
            at--; // "no la han abandonado": a perfect auxiliary between the pronoun and the participle
        }
        CueHit c = at > s.from()
                ? s.rules().list(CLITICS).endingAt(s.tokens(), Math.max(s.from() + 1, at - 1), at + 1) : null;
        if (c == null) {
            return null;
        }
        at = c.from(); // "s'en sont retirées": a reflexive pronoun before the clitic is part of it
        if (at - 1 > s.from() && s.rules().list("negation").startingAt(s.tokens(), at - 1, at) != null) {
            at--; // "las unidades ucranianas no la han abandonado": the subject before the negation
        }
        if (ClauseStructure.punctuated(s, at - 1, at)) {
            return null; // "Selon Moscou, l'offensive ...": an article after a source phrase
        }
        int near = Math.max(s.from(), at - SUBJECT_WORDS);
        CueHit attempt = s.rules().list("forecast").endingAt(s.tokens(), near, at);
        boolean afterSubject = s.rules().actors().endingAt(s.tokens(), near, at) != null
                || !s.rules().list("strike_weapons").find(s.tokens(), near, at).isEmpty()
                || !c.cue().has(ARTICLE) && s.rules().list("conjunctions").endingAt(s.tokens(), at - 1, at) != null
                || attempt != null && attempt.cue().has(ATTEMPT); // "les Russes tentent de l'encercler"
        return afterSubject ? c : null;
    }

    /**
     * True when an object pronoun (list {@value #CLITICS}) stands right before trigger {@code t}, or before a perfect
     * auxiliary before it: it doubles an object fronted before it ("A Klishchiivka la recuperaron los ucranianos",
     * "A Vugledar la han rodeado").
     */
    static boolean doubling(SentenceView s, CueHit t) {
        int at = t.from();
        if (at - 1 > s.from() && s.rules().list(CLITIC_AUXILIARIES).startingAt(s.tokens(), at - 1, at) != null) {
            at--;
        }
        return at - 1 > s.from() && s.rules().list(CLITICS).startingAt(s.tokens(), at - 1, at) != null;
    }

    /**
     * The possessive or article (list {@value #NOUN_DETERMINERS}) right before a capture told by a noun with no
     * complement of its own, or null: the noun stands for the place named before as "the town" would ("Moscow announced
     * its capture", "Kiev no confirmó su toma", "Moskau hatte die Einnahme gemeldet"); not "the capture of X", nor
     * "die Einnahme mehrerer Grenzdörfer", which name their own places.
     */
    static CueHit determiner(SentenceView s, CueHit t) {
        if (!GAINS.contains(t.cue().label()) || t.cue().has("background") || t.cue().has("fall") || t.from() <= s.from()) {
            return null;
        }
        CueHit d = s.rules().list(NOUN_DETERMINERS).endingAt(s.tokens(), s.from(), t.from());
        Lexicon genitives = s.rules().list("genitive_markers");
        if (d == null || ClauseStructure.punctuated(s, d.to() - 1, t.from())
                || s.rules().capitalisedNouns() && !s.tokens().get(t.from()).capitalised()
                || d.from() > s.from() && genitives.endingAt(s.tokens(), s.from(), d.from()) != null) {
            return null; // "la « libération »", "die besetzten Gebiete", "la place de la Liberté": no noun of a gain
        }
        int end = Math.min(s.to(), t.to() + COMPLEMENT_WORDS);
        boolean complement = genitives.startingAt(s.tokens(), t.to() - 1, t.to()) != null
                || t.to() < s.to() && !ClauseStructure.punctuated(s, t.to() - 1, t.to())
                && (genitives.startingAt(s.tokens(), t.to(), s.to()) != null
                || !s.rules().list("place_counts").find(s.tokens(), t.to(), end).isEmpty());
        return complement ? null : d;
    }

    /**
     * The place a {@link #determiner} stands for: none when its sentence names a place before it (the claim is already
     * that place's: "la prise de X, dont il a salué la libération"), else the one place a claim was read about in the
     * nearest earlier sentence (up to {@value #LOOK_BACK} back) naming a place ("Las tropas rusas tomaron X. Moscú
     * celebró su toma": X); none when several, nor when that sentence names places without a claim ("X, a mining town
     * north of Y. Moscow announced its capture": not Y).
     */
    private static Optional<FoundName> claimedAntecedent(SentenceView s, CueHit d, List<List<FoundName>> namesBySentence,
                                                         Set<Integer> claimed) {
        int index = s.sentence().index();
        for (int back = 0; back <= LOOK_BACK && index - back >= 0 && index - back < namesBySentence.size(); back++) {
            boolean current = back == 0;
            if (current) {
                if (namesBySentence.get(index).stream().anyMatch(n -> n.tokenTo() <= d.from() && !namesSide(s, n)
                        && n.verdict() != MentionRoles.Verdict.POLITICAL && n.verdict() != MentionRoles.Verdict.REGION)) {
                    // "la prise de X, dont il a salué la libération": already X's; "the mayor of X hailed its liberation"
                    return Optional.empty();
                }
                continue;
            }
            List<FoundName> named = namesBySentence.get(index - back).stream()
                    .filter(n -> n.origin() != FoundName.Origin.ANAPHORA && !namesSide(s, n) && claimed.contains(n.start()))
                    .toList();
            if (!named.isEmpty()) {
                return named.stream().map(FoundName::placeKey).distinct().count() == 1
                        ? Optional.of(named.get(0)) : Optional.empty();
            }
            if (namesBySentence.get(index - back).stream().anyMatch(n -> n.verdict() == MentionRoles.Verdict.CANDIDATE)) {
                return Optional.empty(); // the nearest sentence naming a place made no claim about it
            }
        }
        return Optional.empty();
    }

    /**
     * True when the last word of trigger {@code t} ends in an object pronoun (list {@value #ENCLITIC_ENDINGS}), which
     * then stands for a place as a {@link #clitic} before the verb does: "el objetivo de Moscú es rodearla", "lo que
     * hacen los rusos es bombardearlo día y noche".
     */
    static boolean enclitic(SentenceView s, CueHit t) {
        return ClauseStructure.endsWithAny(s.tokens().get(t.to() - 1).norm(), s.rules().list(ENCLITIC_ENDINGS));
    }

    /**
     * The place a bare pronoun ({@link #clitic}) stands for: the only place named before it in the nearest sentence
     * naming any but a region or a government, in whatever role; none when that sentence names several ("Verbove se
     * encuentra a diez kilómetros de Robotyne ... la artillería rusa lo bombardea": which one is left unread).
     */
    private static Optional<FoundName> loneAntecedent(SentenceView s, CueHit a, List<List<FoundName>> namesBySentence) {
        int index = s.sentence().index();
        for (int back = 0; back <= LOOK_BACK && index - back >= 0 && index - back < namesBySentence.size(); back++) {
            boolean current = back == 0;
            List<FoundName> named = namesBySentence.get(index - back).stream()
                    .filter(n -> n.origin() != FoundName.Origin.ANAPHORA && (!current || n.tokenTo() <= a.from())
                            && n.verdict() != MentionRoles.Verdict.REGION && n.verdict() != MentionRoles.Verdict.POLITICAL
                            && !namesSide(s, n))
                    .toList();
            if (!named.isEmpty()) {
                return named.stream().map(FoundName::placeKey).distinct().count() == 1
                        ? Optional.of(named.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * An anaphor that may also stand outside a trigger, or null: a pronoun (flag {@value #INSIDE}) stands for a
     * place only as the object inside a trigger's gap ("намагається взяти його в кліщі", "взять её в кольцо"),
     * never elsewhere ("за його словами").
     */
    private static CueHit outsideOnly(CueHit a) {
        return a == null || a.cue().has(INSIDE) || a.cue().has(OBLIQUE) ? null : a;
    }

    /**
     * Every anaphor of the sentence outside the names found in it ({@code names}), read as the
     * place it stands for, to be linked to a trigger like a name in its position. An anaphor
     * opening a settlement phrase ({@link #opensName}) names X, not an earlier place.
     */
    public List<FoundName> all(SentenceView s, List<FoundName> names, List<List<FoundName>> namesBySentence,
                               Set<Integer> claimed) {
        List<FoundName> out = new ArrayList<>();
        for (CueHit a : s.rules().list("anaphora").find(s.tokens(), s.from(), s.to())) {
            boolean inName = names.stream().anyMatch(n -> n.tokenFrom() < a.to() && a.from() < n.tokenTo());
            if (inName || opensName(s, a, names) || a.cue().has(INSIDE) || a.cue().has(OBLIQUE) || a.cue().has(CAPITAL)
                    || a.cue().has("part") && ofAnother(s, a)) {
                continue;
            }
            if (a.cue().has("both")) {
                out.addAll(pair(s, a, namesBySentence));
            } else {
                anaphor(s, a, namesBySentence, claimed).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * "both towns", "the two villages" (flag {@code both}): the two places of the nearest earlier sentence that
     * names any, when it names exactly two; nothing otherwise. Exactly two places named before it in its own
     * sentence come first ("Russian forces are closing in on X and Y, and bloggers warn that the twin towns could be
     * encircled").
     */
    private static List<FoundName> pair(SentenceView s, CueHit a, List<List<FoundName>> namesBySentence) {
        int index = s.sentence().index();
        for (int back = 0; back <= LOOK_BACK && index - back >= 0 && index - back < namesBySentence.size(); back++) {
            boolean current = back == 0;
            Map<String, FoundName> byPlace = new LinkedHashMap<>();
            for (FoundName n : namesBySentence.get(index - back)) {
                if (n.origin() != FoundName.Origin.ANAPHORA && n.verdict() == MentionRoles.Verdict.CANDIDATE
                        && (!current || n.tokenTo() <= a.from())) {
                    byPlace.putIfAbsent(n.placeKey(), n);
                }
            }
            if (byPlace.isEmpty() || current && byPlace.size() != 2) {
                continue;
            }
            if (byPlace.size() != 2) {
                return List.of();
            }
            // Each place keeps a mention of its own, so that its claims keep keys of their own: the first at the
            // anaphor's first word, the second at its last ("both villages").
            List<FoundName> ante = List.copyOf(byPlace.values());
            return List.of(standingFor(s, a, ante.get(0), a.from()), standingFor(s, a, ante.get(1), a.to() - 1));
        }
        return List.of();
    }

    /**
     * True when the anaphor opens a settlement phrase naming its own place ("the town of X", "la
     * localidad fronteriza de X": a name within {@value #NAME_AFTER} words, no punctuation nor conjunction
     * between: "inside the town and in nearby X" names two places).
     */
    private static boolean opensName(SentenceView s, CueHit a, List<FoundName> names) {
        return s.rules().list("settlement_words").startingAt(s.tokens(), a.from(), s.to()) != null
                || names.stream().anyMatch(n -> n.tokenFrom() >= a.to() && n.tokenFrom() - a.to() <= NAME_AFTER
                        && !ClauseStructure.punctuated(s, a.to() - 1, n.tokenFrom())
                        && s.rules().list("conjunctions").find(s.tokens(), a.to(), n.tokenFrom()).isEmpty());
    }

    /**
     * True when a part of a town (an anaphor flagged {@code part}: "the northern outskirts") is followed, within
     * {@value #NAME_AFTER} words and no punctuation, by another anaphor naming the town it is part of ("the
     * northern outskirts of the town"): that one stands for the place.
     */
    private static boolean ofAnother(SentenceView s, CueHit a) {
        Lexicon words = s.rules().list("anaphora");
        for (int i = a.to(); i < Math.min(s.to(), a.to() + NAME_AFTER) && !ClauseStructure.punctuated(s, i - 1, i); i++) {
            if (words.startingAt(s.tokens(), i, s.to()) != null) {
                return true;
            }
        }
        return false;
    }

    private static Optional<FoundName> anaphor(SentenceView s, CueHit a, List<List<FoundName>> namesBySentence,
                                               Set<Integer> claimed) {
        if (a.cue().has(OTHER)) {
            return Optional.empty(); // "бои идут за соседнее село": another place than the one named before
        }
        return antecedent(s, a.from(), namesBySentence, claimed, a.cue()).map(ante -> standingFor(s, a, ante, a.from()));
    }

    /**
     * The anaphor {@code a} read as the place of its antecedent, at the anaphor's own words; its mention starts at
     * token {@code startToken} of them.
     */
    private static FoundName standingFor(SentenceView s, CueHit a, FoundName ante, int startToken) {
        Tokens tokens = s.tokens();
        return new FoundName(tokens.get(startToken).start(), tokens.get(a.to() - 1).end(), a.from(), a.to(),
                ante.surface(), MentionRoles.Verdict.CANDIDATE, new Resolution(ante.resolution().place(), "anaphora",
                ante.resolution().confidence(), ante.resolution().suggestions()), FoundName.Origin.ANAPHORA);
    }

    /**
     * The town an article is about when "the city" (an anaphor flagged {@code topic}) cannot tell
     * between the places of its sentence:
     * the town of some size named most often so far, at least {@value #TOPIC_MENTIONS} times and
     * more often than any other; else none.
     */
    private static Optional<FoundName> topicCity(List<List<FoundName>> namesBySentence, int index, int anaphorFrom) {
        Map<String, List<FoundName>> byPlace = new LinkedHashMap<>();
        for (int i = 0; i <= index && i < namesBySentence.size(); i++) {
            for (FoundName n : namesBySentence.get(i)) {
                boolean before = i < index || n.tokenTo() <= anaphorFrom;
                if (before && n.origin() != FoundName.Origin.ANAPHORA && n.resolution().resolved() && city(n)
                        && (n.verdict() == MentionRoles.Verdict.CANDIDATE || n.verdict() == MentionRoles.Verdict.CONTEXT)) {
                    byPlace.computeIfAbsent(n.placeKey(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        List<List<FoundName>> ranked = byPlace.values().stream().sorted((a, b) -> b.size() - a.size()).toList();
        if (ranked.isEmpty() || ranked.get(0).size() < TOPIC_MENTIONS
                || ranked.size() > 1 && ranked.get(1).size() == ranked.get(0).size()) {
            return Optional.empty();
        }
        List<FoundName> top = ranked.get(0);
        return Optional.of(top.get(top.size() - 1));
    }

    /** A place "the city" may stand for: a seat of an administration or one of {@value #CITY_POPULATION} people or more. */
    private static boolean city(FoundName n) {
        if (!n.resolution().resolved()) {
            return true; // nothing tells it is not
        }
        Place p = n.resolution().place();
        if (p.population() == 0) {
            // not known: the hand-placed front-line villages of curated-places.tsv are no cities; others may be
            return !"curated".equals(p.source());
        }
        return p.population() >= CITY_POPULATION || p.featureCode() != null && p.featureCode().startsWith("PPLA");
    }

    /**
     * True when the name is a national capital that is also a side word ("Kyiv", "Київ"): the news names it for
     * its government far more often than as the town a description stands for ("Kyiv conteste ... la ville").
     */
    private static boolean namesSide(SentenceView s, FoundName n) {
        boolean capital = n.resolution().resolved() && "PPLC".equals(n.resolution().place().featureCode());
        return capital && s.rules().actors().startingAt(s.tokens(), n.tokenFrom(), n.tokenTo()) != null;
    }

    /**
     * "The regional capital", "обласний центр" (an anaphor flagged {@code seat}): the nearest oblast seat named
     * before it (the current sentence first, then up to {@value #LOOK_BACK} back), in any role but a government
     * or a region ("Lyptsi, a village 20 km north of Kharkiv ... The regional capital itself was hit").
     */
    private static Optional<FoundName> regionalSeat(SentenceView s, int anaphorFrom, List<List<FoundName>> namesBySentence) {
        return nearestNamed(s, anaphorFrom, namesBySentence, n -> n.verdict() != MentionRoles.Verdict.POLITICAL
                && n.verdict() != MentionRoles.Verdict.REGION && "PPLA".equals(n.resolution().place().featureCode()));
    }

    /**
     * "The capital", "столицю", "la capitale" (an anaphor flagged {@value #CAPITAL}): the nearest national capital
     * (feature code PPLC) named before it, in the sentence or up to {@value #LOOK_BACK} back, in any role, also as
     * its government ("Kyiv heard the sirens again: overnight the capital was attacked by missiles": Kyiv); none
     * when the text names no capital. "The regional capital" is a {@code seat} anaphor, matched as the longer cue.
     */
    private static Optional<FoundName> nationalCapital(SentenceView s, int anaphorFrom, List<List<FoundName>> namesBySentence) {
        return nearestNamed(s, anaphorFrom, namesBySentence, n -> "PPLC".equals(n.resolution().place().featureCode()));
    }

    /**
     * The last resolved name (not itself an anaphor's) that {@code kind} accepts in the nearest sentence naming one:
     * the current sentence before the anaphor first, then up to {@value #LOOK_BACK} back.
     */
    private static Optional<FoundName> nearestNamed(SentenceView s, int anaphorFrom, List<List<FoundName>> namesBySentence,
                                                    Predicate<FoundName> kind) {
        int index = s.sentence().index();
        for (int back = 0; back <= LOOK_BACK && index - back >= 0 && index - back < namesBySentence.size(); back++) {
            boolean current = back == 0;
            List<FoundName> found = namesBySentence.get(index - back).stream()
                    .filter(n -> n.origin() != FoundName.Origin.ANAPHORA && (!current || n.tokenTo() <= anaphorFrom)
                            && n.resolution().resolved() && kind.test(n))
                    .toList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(found.size() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * True when the words next to a name call it a village: a {@code village_nouns} word just before it ("des
     * nahegelegenen Dorfes Poltawka") or opening an apposition after its comma ("Mala Rohan, a village east of
     * Kharkiv"), but not a name a distance cue parts from the village noun ("a village east of Kharkiv": Kharkiv
     * measures where the village lies). Entries flagged {@code town} ("ville", "town") call it no village.
     */
    private static boolean calledVillage(SentenceView s, FoundName n) {
        Lexicon villages = s.rules().list("village_nouns");
        Lexicon distances = s.rules().list("distance_before");
        int from = Math.max(0, n.tokenFrom() - VILLAGE_NOUN_REACH);
        boolean before = villages.find(s.tokens(), from, n.tokenFrom()).stream()
                .anyMatch(v -> !v.cue().has("town") && !ClauseStructure.punctuated(s, v.to() - 1, n.tokenFrom())
                        && distances.find(s.tokens(), v.to(), n.tokenFrom()).isEmpty());
        int to = Math.min(s.tokens().size(), n.tokenTo() + VILLAGE_NOUN_REACH);
        boolean apposition = n.tokenTo() < s.tokens().size() && ClauseStructure.gap(s, n.tokenTo() - 1, n.tokenTo()).contains(",")
                && villages.find(s.tokens(), n.tokenTo(), to).stream()
                .anyMatch(v -> !v.cue().has("town") && !ClauseStructure.punctuated(s, n.tokenTo(), v.from()));
        return before || apposition;
    }

    /**
     * The one town of known size (a {@link #city}) named as a candidate in the nearest sentence before sentence
     * {@code from} that names any, up to {@value #LOOK_BACK} back from the anaphor's: "the city" past villages
     * of unknown size ("...продвинулись у Северска. ... атаки у Серебрянки и Званивки. ... город окажется в
     * полуокружении": Siversk).
     */
    private static Optional<FoundName> sizedCityBefore(SentenceView s, List<List<FoundName>> namesBySentence, int from) {
        int index = s.sentence().index();
        for (int i = from - 1; i >= 0 && index - i <= LOOK_BACK && i < namesBySentence.size(); i--) {
            List<FoundName> sized = namesBySentence.get(i).stream()
                    .filter(n -> n.origin() != FoundName.Origin.ANAPHORA && n.verdict() == MentionRoles.Verdict.CANDIDATE
                            && n.resolution().resolved() && !unknownSize(n) && city(n) && !calledVillage(s, n) && !namesSide(s, n))
                    .toList();
            if (!sized.isEmpty()) {
                return sized.stream().map(FoundName::placeKey).distinct().count() == 1 ? Optional.of(sized.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A resolved place whose size the gazetteer does not know (some villages of the citiesjson layer). */
    private static boolean unknownSize(FoundName n) {
        return n.resolution().resolved() && n.resolution().place().population() == 0;
    }

    /** True when a {@code context_after} cue other than an official's {@code title} follows the name ("Восточной группировки"). */
    private static boolean namesUnitOrPlant(SentenceView s, FoundName n) {
        CueHit after = s.rules().list("context_after").startingAt(s.tokens(), n.tokenTo(), s.tokens().size());
        return after != null && !after.cue().has("title");
    }

    /**
     * The antecedent of an anaphor at token {@code anaphorFrom}, named before it: a place that could
     * itself carry a claim, else one named for background ("the mayor of X said the city ..."); never
     * a government, a distance or a direction, but for "the latter", the last place named in any role
     * but a government or a region.
     */
    private static Optional<FoundName> antecedent(SentenceView s, int anaphorFrom, List<List<FoundName>> namesBySentence,
                                                  Set<Integer> claimed, Cue anaphor) {
        boolean city = anaphor.has("city") && cityInReach(s, anaphorFrom, namesBySentence);
        return antecedent(s, anaphorFrom, namesBySentence, claimed, anaphor, city);
    }

    /**
     * True when a town "the city" may stand for ({@link #city}, not called a village) is named anywhere in the article
     * before the anaphor at token {@code anaphorFrom}; with none, "the city" stands for
     * the place named as any other anaphor would, a town smaller than the gazetteer's cities ("Российские войска
     * освободили Святогорск. Бои в районе города продолжаются": Sviatohirsk, 4,000 people).
     */
    private static boolean cityInReach(SentenceView s, int anaphorFrom, List<List<FoundName>> namesBySentence) {
        int index = s.sentence().index();
        for (int i = 0; i <= index && i < namesBySentence.size(); i++) {
            boolean current = i == index;
            if (namesBySentence.get(i).stream().anyMatch(n -> n.origin() != FoundName.Origin.ANAPHORA
                    && (!current || n.tokenTo() <= anaphorFrom) && !namesSide(s, n) && city(n) && !calledVillage(s, n))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<FoundName> antecedent(SentenceView s, int anaphorFrom, List<List<FoundName>> namesBySentence,
                                                  Set<Integer> claimed, Cue anaphor, boolean city) {
        boolean latter = anaphor.has("latter");
        int index = s.sentence().index();
        if (anaphor.has("seat")) {
            Optional<FoundName> seat = regionalSeat(s, anaphorFrom, namesBySentence);
            if (seat.isPresent()) {
                return seat;
            }
        }
        if (anaphor.has(CAPITAL)) {
            return nationalCapital(s, anaphorFrom, namesBySentence);
        }
        for (int back = 0; back <= LOOK_BACK && index - back >= 0 && index - back < namesBySentence.size(); back++) {
            boolean current = back == 0;
            List<FoundName> named = namesBySentence.get(index - back).stream()
                    .filter(n -> n.origin() != FoundName.Origin.ANAPHORA && (!current || n.tokenTo() <= anaphorFrom)
                            && !namesSide(s, n))
                    .toList();
            boolean villagesSkipped = false;
            if (city) {
                // "the city" skips the villages named since, by size or by what the text calls them
                List<FoundName> sized = named.stream().filter(Anaphora::city).toList();
                named = sized.stream().filter(n -> !calledVillage(s, n)).toList();
                villagesSkipped = named.size() < sized.size();
            }
            if (latter) {
                // "the latter": the last place named, even as a direction ("en dirección a X. Esta última ...")
                List<FoundName> places = named.stream().filter(n -> n.verdict() != MentionRoles.Verdict.REGION
                        && n.verdict() != MentionRoles.Verdict.POLITICAL && !namesUnitOrPlant(s, n)).toList();
                if (!places.isEmpty()) {
                    return Optional.of(places.get(places.size() - 1));
                }
                continue;
            }
            List<FoundName> names = named.stream().filter(n -> n.verdict() == MentionRoles.Verdict.CANDIDATE).toList();
            if (names.isEmpty() && (current || !anaphor.has("topic") || villagesSkipped)) {
                // "the mayor of X said the city ...", "X governor Y said the regional capital ...", but not the
                // name of a unit or plant ("Восточной группировки"); "the city" does not go back to a sentence
                // naming a place only for context ("residents were urged to move to Mykolaiv. The city ...")
                names = named.stream().filter(n -> n.verdict() == MentionRoles.Verdict.CONTEXT && !namesUnitOrPlant(s, n)).toList();
            }
            if (names.isEmpty() && (villagesSkipped || city && current && !named.isEmpty()
                    && named.stream().allMatch(n -> whither(s, n)))) {
                // "retook Mala Rohan, a village east of Kharkiv. The city itself was shelled": past the village, the
                // town that located it; so too where the anaphor's own sentence names a town before it only as the
                // goal of a move ("the push toward Dobropillia is held, but the town is hit by drones")
                names = named.stream().filter(n -> n.verdict() == MentionRoles.Verdict.DISTANCE || whither(s, n)).toList();
            }
            if (!names.isEmpty()) {
                if (names.stream().map(FoundName::placeKey).distinct().count() > 1) {
                    // several places: the one its sentence made a claim about, if only one was
                    names = names.stream().filter(n -> claimed.contains(n.start())).toList();
                }
                long distinct = names.stream().map(FoundName::placeKey).distinct().count();
                if (city && anaphor.has("topic") && !names.isEmpty() && names.stream().allMatch(Anaphora::unknownSize)) {
                    Optional<FoundName> topic = topicCity(namesBySentence, index, anaphorFrom);
                    if (topic.isPresent() && !unknownSize(topic.get())) {
                        return topic;
                    }
                    Optional<FoundName> sized = sizedCityBefore(s, namesBySentence, index - back);
                    if (sized.isPresent()) {
                        return sized;
                    }
                }
                if (distinct == 1) {
                    return Optional.of(names.get(0));
                }
                // "the city", not "this city": a definite description may stand for the town the article is about
                return anaphor.has("topic") ? topicCity(namesBySentence, index, anaphorFrom) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * True when the name of the anaphor's own sentence is only the goal of a move ("рух у бік X"), not a sector
     * ("the Pokrovsk axis").
     */
    private static boolean whither(SentenceView s, FoundName n) {
        return n.verdict() == MentionRoles.Verdict.DIRECTION && !MentionRoles.namesSector(s, n.tokenTo());
    }
}
