package org.frontline.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The little clause structure the readers need, from the cues of the rule files: whether a
 * trigger is in the passive voice, and whether two words stand in different clauses.
 * Stateless and thread-safe.
 *
 * <p>Passive: an auxiliary of the {@code passive} list ("was", "has been", "fue", "a été",
 * "был") right before the trigger, or with one word between ("was reportedly captured"). A
 * passive trigger takes its place before it, as its grammatical subject ("Kupiansk was
 * retaken"), and its agent after it ("by Ukrainian forces"); a side named before it is the one
 * that undergoes it ("Ukrainian troops were surrounded").
 *
 * <p>Clauses: a subordinating opener of the {@code clause_openers} list ("after which",
 * "nachdem", "mientras", "после того как") between two words puts them in different clauses, so a
 * trigger of one never governs a place of the other.
 */
final class ClauseStructure {
    /** A dash between spaces, standing for a comma. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+[—–]\\s+");

    /** Words that may stand between the auxiliary and the participle ("was reportedly captured"). */
    private static final int ADVERB_GAP = 1;
    /** Words between a passive auxiliary and its participle when all are {@code degree_adverbs}. */
    private static final int MAX_ADVERBS = 4;
    /** Words after a reduced relative's participle within which its agent marker, then its agent, stand. */
    private static final int REDUCED_AGENT_REACH = 3;
    /** Words an agentless participle's aside may hold before its closing comma. */
    private static final int CLOSED_ASIDE = 5;
    /** Words a source phrase reaches ("according to [the] Ukrainian [military] bloggers"). */
    static final int SOURCE_REACH = 3;
    /** How far back the readers look for an auxiliary (German scope 6 plus a two-word auxiliary). */
    private static final int MAX_AUXILIARY_REACH = 9;
    /** How far around a trigger an agent preposition, or before a word a clause opener, is sought. */
    private static final int WINDOW = 12;
    /** Words after a withdrawal trigger its civilian object may end within ("evacuated the residents"). */
    private static final int CIVILIAN_OBJECT_REACH = 2;
    /** Words at most between civilians and the capture they make an entry ("des journalistes sont entrés dans X"). */
    private static final int CIVILIAN_SUBJECT_GAP = 1;
    /** Words after a withdrawal within which its agent may name the defenders ("abandonnée début octobre par sa garnison"). */
    private static final int DEFENDERS_AGENT_REACH = 5;
    /** Words of a bearing or distance phrase with its place at most ("a dix kilometres au sud de Kherson"). */
    private static final int BEARING_WORDS = 8;
    /** Words at most between a trigger and the agent marker after it that it owns ("liberated in October by"). */
    static final int AGENT_OWNER_WORDS = 4;
    /** Words a {@code genitive_markers} entry may span ("de la", "de los"). */
    static final int GENITIVE_MARKER_WORDS = 2;

    private ClauseStructure() {
    }

    /**
     * True when the trigger is a participle governed by a passive auxiliary: one of the
     * {@code passive} list before it (within one word, or within the auxiliary's {@code scope=N} for
     * verb-final German), with no punctuation between, or one of {@code passive_after} right after
     * it ("eingekesselt zu werden") or after the participle coordinated with it. Never for a trigger
     * flagged {@code intransitive} (French and German build the perfect of motion verbs with
     * "être"/"sein": "sont entrés", "sind eingedrungen"), for a gerund ("are advancing", "están atacando") or an advance or fight
     * without a side.
     */
    static boolean passive(SentenceView s, CueHit trigger) {
        Cue cue = trigger.cue();
        if (cue.has("intransitive") || cue.has("no-side") || gerund(s, trigger)) {
            return false;
        }
        if (s.rules().capitalisedNouns() && trigger.from() > s.from() && s.tokens().get(trigger.from()).capitalised()) {
            return false; // a German noun ("der Fall von X"), no participle
        }
        int from = Math.max(s.from(), trigger.from() - MAX_AUXILIARY_REACH);
        for (CueHit aux : s.rules().list("passive").find(s.tokens(), from, trigger.from())) {
            int gap = trigger.from() - aux.to();
            boolean adverbsOnly = gap <= MAX_ADVERBS && onlyDegreeAdverbs(s, aux.to(), trigger.from());
            if (gap >= 0 && (gap <= aux.cue().scopeOr(ADVERB_GAP) || adverbsOnly)
                    && (gap == 0 || !punctuated(s, aux.to() - 1, trigger.from()))
                    && !perfectBetween(s, aux, trigger)) {
                return true;
            }
        }
        return s.rules().list("passive_after").startingAt(s.tokens(), trigger.to(), s.to()) != null
                || coordinatedBeforePassive(s, trigger)
                || reducedRelative(s, trigger);
    }

    /**
     * "abgeschnitten und eingekesselt werden": a participle coordinated with a next one that the
     * auxiliary after it governs shares its voice.
     */
    private static boolean coordinatedBeforePassive(SentenceView s, CueHit trigger) {
        CueHit and = s.rules().list("conjunctions").startingAt(s.tokens(), trigger.to(), s.to());
        if (and == null) {
            return false;
        }
        CueHit next = s.rules().triggers().startingAt(s.tokens(), and.to(), s.to());
        return next != null && s.rules().list("passive_after").startingAt(s.tokens(), next.to(), s.to()) != null;
    }

    /** Words of an apposition's head before the participle of a reduced relative ("the only regional capital"). */
    static final int APPOSITION_HEAD = 4;

    /**
     * True when the trigger is a participle opening a reduced relative clause right after a comma,
     * with its agent after it ("Kherson, abandonnée la veille par les troupes russes", "Avdiivka,
     * captured by Russian forces in February"), or after the short head of an apposition ("Kherson,
     * the only regional capital captured by Russia"): a passive without auxiliary. A capture's participle
     * right after the comma needs no agent when a comma closes it after a few words ("Izium, liberated in
     * September, is ..."): its side then comes from the article, as a fall's does. So does a strike's
     * ("Vovtchansk, pilonnée sans relâche, se vide"): its side is then the one not holding the place.
     */
    static boolean reducedRelative(SentenceView s, CueHit trigger) {
        if (trigger.from() <= s.from()) {
            return false;
        }
        int comma = trigger.from();
        int head = APPOSITION_HEAD;
        int region = regionComplementBefore(s, comma);
        if (region > s.from()) {
            head += comma - region; // "Sudzha, la mayor localidad de la región de Kursk ocupada por ...": over the region
            comma = region;
        }
        int bearing = bearingComplementBefore(s, comma);
        if (bearing > s.from()) {
            head += comma - bearing; // "Urozhaine, a village south of Staromaiorske liberated by ...": over the bearing
            comma = bearing;
        }
        CueHit compass = s.rules().list("bearing_after").endingAt(s.tokens(), Math.max(s.from() + 1, comma - BEARING_WORDS), comma);
        if (compass != null && !punctuated(s, compass.from() - 1, comma)) {
            head += comma - compass.from(); // "Neskuchne, a village to the north liberated by Ukraine": over the compass phrase
            comma = compass.from();
        }
        while (comma > s.from() && trigger.from() - comma < head && !punctuated(s, comma - 1, comma)) {
            comma--; // "Kherson, the only regional capital captured by Russia": after the apposition's head
        }
        if (!commaBefore(s, comma)) {
            return false;
        }
        int reach = Math.min(s.to(), trigger.to() + REDUCED_AGENT_REACH);
        for (CueHit marker : s.rules().list("agent_markers").find(s.tokens(), trigger.from() + 1, reach)) {
            if (!punctuated(s, trigger.from(), marker.from()) && s.actors().stream()
                    .anyMatch(a -> a.from() >= marker.to() && a.from() - marker.to() <= REDUCED_AGENT_REACH)) {
                return true;
            }
        }
        // a sentence end closes only a gain's participle: "X, fue bombardeada durante la noche" is a main clause;
        // a strike's too when a trigger before the name takes it as object ("assauts contre X, bombardée chaque jour.")
        // "Mirnograd, prácticamente rodeada, resiste": a ring's participle alone in its aside, but for a degree adverb,
        // tells the place's state
        boolean ring = trigger.cue().label().equals("encircled") && onlyDegreeAdverbs(s, comma, trigger.from());
        return (comma == trigger.from() || occupiedSince(s, comma, trigger) || ring)
                && (ClaimLinker.gain(trigger) || trigger.cue().label().equals("shelled") || ringSince(s, trigger) || ring)
                && closedAside(s, trigger.to(), s.tokens().get(comma - 1).capitalised()
                        && (ClaimLinker.gain(trigger) || objectOfTrigger(s, comma - 1)));
    }

    /**
     * True when the trigger is a ring told as a state since a date right after it ("Marioupol, assiégée depuis
     * début mars", "Mariupol, besieged since early March"): the siege's participle describes the place, as an
     * occupation's does.
     */
    private static boolean ringSince(SentenceView s, CueHit trigger) {
        return trigger.cue().label().equals("encircled")
                && s.rules().calendar().since().startingAt(s.tokens(), trigger.to(), Math.min(s.to(), trigger.to() + 2)) != null;
    }

    /**
     * True when the trigger is an occupation told as a state since a date, without its occupier, after the head of an
     * apposition that names no side and opens no relative clause ("Snihurivka, una ciudad de la región de Mykolaiv
     * ocupada desde marzo"): the place's own state, not that of a bank or a region the apposition names ("Krynky, on
     * the occupied left bank") nor the verb of a relative ("a town Russian troops occupied in March").
     */
    private static boolean occupiedSince(SentenceView s, int comma, CueHit trigger) {
        return ClaimLinker.gain(trigger) && trigger.cue().has("occupation")
                && !s.rules().calendar().since().find(s.tokens(), trigger.from() + 1, Math.min(s.to(), trigger.to() + 1)).isEmpty()
                && s.actors().stream().noneMatch(a -> a.from() >= comma && a.from() < trigger.from())
                && s.rules().list("relative_openers").find(s.tokens(), comma, trigger.from()).isEmpty();
    }

    /**
     * True when the name at token {@code name} is the object of a trigger before it, no punctuation between: the
     * clause before its comma is the main one, so a strike's participle after the comma ending the sentence is a
     * reduced relative ("les forces russes poursuivent leurs assauts contre Toretsk, bombardée chaque jour.").
     */
    private static boolean objectOfTrigger(SentenceView s, int name) {
        return s.triggers().stream().anyMatch(t -> t.to() <= name && !punctuated(s, t.to() - 1, name));
    }

    /**
     * True when a comma closes the aside within {@value #CLOSED_ASIDE} words after {@code from}, a date
     * at most standing between ("Trostianets, liberada el 26 de marzo, recupera ...", "Izium, liberated in
     * September, is ..."), or the sentence ends there after a name ("entered Kherson, occupied since March."):
     * a participle right after the place's comma without an agent. An agent naming no side lengthens the aside by
     * {@value #REDUCED_AGENT_REACH} words ("Trostianets, reprise le 26 mars par la 93e brigade mécanisée, compte ..."),
     * and so does a trigger naming its agent after it right after the participle ("Soudja, tombée aux mains des
     * Ukrainiens en août, a été frappée").
     */
    private static boolean closedAside(SentenceView s, int from, boolean afterName) {
        boolean agent = !s.rules().list("agent_markers").find(s.tokens(), from, Math.min(s.to(), from + CLOSED_ASIDE)).isEmpty()
                || s.triggers().stream().anyMatch(t -> t.from() == from && t.cue().has("agent-after"));
        // "X, occupé depuis les premiers jours de l'invasion, ...": a state's start lengthens it as an agent does
        boolean since = s.rules().calendar().since().startingAt(s.tokens(), from, Math.min(s.to(), from + 2)) != null;
        int reach = agent || since ? CLOSED_ASIDE + REDUCED_AGENT_REACH : CLOSED_ASIDE;
        for (int i = from; i < Math.min(s.to(), from + reach + 1); i++) {
            if (punctuated(s, i - 1, i)) {
                return gap(s, i - 1, i).indexOf(',') >= 0;
            }
        }
        // "... entered Kherson, occupied since March.": the sentence ends it, right after a name
        return afterName && s.to() - from <= reach;
    }

    /**
     * True when a verb building its perfect with the auxiliary stands between it and the trigger
     * ("sind ... vorgerückt und greifen ... an"): the auxiliary is that verb's, not a passive's.
     */
    private static boolean perfectBetween(SentenceView s, CueHit aux, CueHit trigger) {
        for (CueHit t : s.triggers()) {
            if (t.from() >= aux.to() && t.to() <= trigger.from() && t.cue().has("intransitive")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every word in {@code [from, to)} is a degree or time adverb of the rule file
     * ("is now almost completely encircled", "была практически полностью окружена").
     */
    private static boolean onlyDegreeAdverbs(SentenceView s, int from, int to) {
        Lexicon adverbs = s.rules().list("degree_adverbs");
        int i = from;
        while (i < to) {
            CueHit a = adverbs.startingAt(s.tokens(), i, to);
            if (a == null) {
                return false;
            }
            i = a.to();
        }
        return true;
    }

    /**
     * True when the trigger is an adverbial participle right after a comma ("..., звільнивши Ямпіль",
     * "..., capturing X"), or an infinitive after a comma and a {@code nonfinite_openers} phrase ("...,
     * après avoir repris X", "..., tras recuperar X"): its subject is that of the clause before the comma.
     */
    static boolean participleAfterComma(SentenceView s, CueHit trigger) {
        if (commaBefore(s, trigger.from()) && gerund(s, trigger)) {
            return true;
        }
        CueHit opener = s.rules().list("nonfinite_openers")
                .endingAt(s.tokens(), Math.max(s.from(), trigger.from() - 3), trigger.from());
        return opener != null && commaBefore(s, opener.from());
    }

    /**
     * The first token of the main clause after a nonfinite clause that opens the sentence, or the statement
     * after a colon, and holds the trigger right after its {@code nonfinite_openers} phrase ("Tras hacerse con X,
     * las tropas rusas ...", "After capturing X, Russian units ..."): the token after the comma that closes
     * it, whose subject is the trigger's too; -1 when there is none. A noun after the opener ("tras la caída de
     * X") takes an article, so it stands apart from it and opens no such clause.
     */
    static int mainClauseAfterNonfinite(SentenceView s, CueHit trigger) {
        CueHit opener = s.rules().list("nonfinite_openers").endingAt(s.tokens(), Math.max(s.from(), trigger.from() - 3),
                trigger.from());
        if (opener == null || opener.to() != trigger.from()
                || opener.from() > s.from() && !gap(s, opener.from() - 1, opener.from()).matches(".*[:;—–].*")) {
            return -1;
        }
        for (int i = trigger.to(); i < Math.min(s.to(), trigger.to() + NONFINITE_CLAUSE_WORDS); i++) {
            if (commaBefore(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Words after the trigger of a nonfinite clause opening the sentence to the comma that closes it. */
    static final int NONFINITE_CLAUSE_WORDS = 10;

    private static boolean gerund(SentenceView s, CueHit trigger) {
        return endsWithAny(s.tokens().get(trigger.from()).norm(), s.rules().list("gerund_endings"));
    }

    /**
     * True when a clause opener or a word of the {@code relative_openers} list ("that", "which",
     * "when", "который", ", das") starts within tokens {@code [from, to)}: a date there is told of
     * another clause's verb than a trigger on the other side. A relative opener flagged
     * {@code after-comma} counts only right after a comma (German "der", "die", "das" are articles
     * elsewhere). A relative clause whose verb reports the event ("the breach at X that Russia
     * claimed in early January": a word of the {@code attribution} list after the opener) parts
     * nothing: its date is when the event was told.
     */
    static boolean dateBoundaryBetween(SentenceView s, int from, int to) {
        if (boundaryBetween(s, from, to)) {
            return true;
        }
        for (CueHit h : s.rules().list("relative_openers").find(s.tokens(), from, to)) {
            boolean opens = !h.cue().has("after-comma") || h.from() > s.from() && punctuated(s, h.from() - 1, h.from());
            if (opens && s.rules().list("attribution").find(s.tokens(), h.to(), to).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a complementizer ("that", "que", "что") stands within tokens {@code [from, to)}: a
     * side word before it is no subject of the clause after it.
     */
    static boolean complementizerBetween(SentenceView s, int from, int to) {
        return from < to && !s.rules().list("complementizers").find(s.tokens(), from, to).isEmpty();
    }

    /** True when a clause opener starts within tokens {@code [from, to)}. */
    static boolean boundaryBetween(SentenceView s, int from, int to) {
        return from < to && !openers(s, from, to).isEmpty();
    }

    /**
     * The clause openers within tokens {@code [from, to)}; one flagged {@code after-comma} only right after a
     * comma (German "aber", "doch" are adverbs inside a clause: "Kupjansk werde aber täglich angegriffen"), and
     * none that only begins a longer discourse adverb ({@code opening_adverbs}: "Severodonetsk, mientras tanto,
     * sigue siendo bombardeada").
     */
    static List<CueHit> openers(SentenceView s, int from, int to) {
        return s.rules().list("clause_openers").find(s.tokens(), from, to).stream()
                .filter(h -> !h.cue().has("after-comma") || h.from() > s.from() && punctuated(s, h.from() - 1, h.from()))
                .filter(h -> !beginsAdverb(s, h))
                .toList();
    }

    /** True when an opening adverb longer than the opener starts where it does ("mientras tanto", not "mientras"). */
    private static boolean beginsAdverb(SentenceView s, CueHit opener) {
        CueHit adverb = s.rules().list("opening_adverbs").startingAt(s.tokens(), opener.from(), s.to());
        return adverb != null && adverb.to() > opener.to();
    }

    /**
     * True when a clause opener ({@link #openers}: one flagged {@code after-comma} only after a comma) ends
     * right before token {@code at}.
     */
    static boolean openerEndingAt(SentenceView s, int at) {
        return openers(s, Math.max(s.from(), at - 3), at).stream().anyMatch(h -> h.to() == at);
    }

    /**
     * The first token of the clause holding token {@code at}: after the last clause opener before
     * it, or after a complementizer that follows a reporting verb ("Kyiv admitted that ..."),
     * looking back at most {@value #WINDOW} words; or after a semicolon, which joins two clauses of their own
     * ("Côté ukrainien, on insiste sur les pertes ; les blogueurs russes évoquent un encerclement de X").
     */
    static int clauseStart(SentenceView s, int at) {
        int start = s.from();
        int from = Math.max(s.from(), at - WINDOW);
        for (CueHit h : openers(s, from, at)) {
            start = h.to();
            if (h.cue().has("subordinate")) {
                // "Якщо противнику вдасться ..., під загрозою оточення опиняться ...": a conditional
                // clause before the main one ends at its comma
                for (int i = h.to() + 1; i <= at; i++) {
                    if (commaBefore(s, i)) {
                        start = i;
                        break;
                    }
                }
            }
        }
        for (CueHit c : s.rules().list("complementizers").find(s.tokens(), from, at)) {
            if (c.to() > start && reportedAt(s, c.from())) {
                start = c.to();
            }
        }
        for (int i = Math.max(start, from) + 1; i <= at && i < s.to(); i++) {
            if (gap(s, i - 1, i).contains(";")) {
                start = i;
            }
        }
        return start;
    }

    /**
     * True when a reporting, conceding or denying verb ends within two words before token {@code at},
     * or within {@value #REPORT_OBJECT_WORDS} with only its addressee between and no punctuation
     * ("reported to President Putin that").
     */
    private static boolean reportedAt(SentenceView s, int at) {
        int from = Math.max(s.from(), at - REPORT_OBJECT_WORDS - 1);
        for (String list : List.of("attribution", "concession", "denial")) {
            for (CueHit h : s.rules().list(list).find(s.tokens(), from, at)) {
                if (h.to() >= at - 1 || h.to() < at && !punctuated(s, h.to() - 1, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words a reporting verb's addressee may take before the complementizer ("reported to President Putin that"). */
    static final int REPORT_OBJECT_WORDS = 4;

    /**
     * True when the actor word names a source rather than a side's forces: it lies inside a
     * {@code source_phrases} cue ("nach russischen Angaben") or follows one within
     * {@value #SOURCE_REACH} words with no punctuation between ("according to Ukrainian bloggers",
     * but not "according to ISW, Ukrainian troops ...").
     */
    static boolean inSourcePhrase(SentenceView s, CueHit actor) {
        int from = Math.max(s.from(), actor.from() - WINDOW);
        for (CueHit p : s.rules().list("source_phrases").find(s.tokens(), from, Math.min(s.to(), actor.to() + SOURCE_REACH))) {
            if (p.from() <= actor.from() && actor.to() <= p.to()) {
                return true;
            }
            if (p.cue().has("before") && actor.to() <= p.from() && p.from() - actor.to() < SOURCE_REACH
                    && !punctuated(s, actor.to() - 1, p.from())) {
                return true; // "Ukrainischen Angaben zufolge": a postposition follows its source
            }
            // "nach ukrainischen Angaben sind russische Truppen ...", "nach eigenen Angaben": a phrase that names its
            // source within itself (a side word inside, or flagged complete) leaves the side word after it alone
            boolean complete = p.cue().has("complete")
                    || s.actors().stream().anyMatch(o -> o.from() >= p.from() && o.to() <= p.to());
            if (!complete && p.to() <= actor.from() && actor.from() - p.to() < SOURCE_REACH
                    && !punctuated(s, p.to() - 1, actor.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when punctuation (a comma, semicolon, colon, bracket or long dash; not a hyphen, which
     * joins words) stands between token {@code a} and token {@code b}.
     */
    static boolean punctuated(SentenceView s, int a, int b) {
        if (b <= a) {
            return false;
        }
        String text = s.text();
        for (int i = s.tokens().get(a).end(), end = s.tokens().get(b).start(); i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /** The text between token {@code a} and token {@code b}: spaces and punctuation. */
    static String gap(SentenceView s, int a, int b) {
        return s.text().substring(s.tokens().get(a).end(), s.tokens().get(b).start());
    }

    /**
     * The agent of a passive trigger: a side word right after an agent preposition ("by Russian
     * forces", "von russischer Artillerie", "por las tropas rusas") in the trigger's clause, before
     * or after the trigger, the nearest such; or null. A marker before the trigger names its agent before
     * the trigger too. A side word in the genitive of the agent's noun may stand one word further ("reprise
     * par les forces de Kiev", "by the troops of Moscow").
     */
    static CueHit agent(SentenceView s, List<CueHit> actors, CueHit trigger) {
        CueHit best = null;
        int bestDistance = Integer.MAX_VALUE;
        int from = Math.max(s.from(), trigger.from() - WINDOW);
        int to = Math.min(s.to(), trigger.to() + WINDOW);
        for (CueHit marker : s.rules().list("agent_markers").find(s.tokens(), from, to)) {
            int distance = marker.from() >= trigger.to() ? marker.from() - trigger.to() : trigger.from() - marker.to();
            boolean joined = marker.from() >= trigger.to() ? sameClause(s, trigger.to() - 1, marker.from())
                    : sameClause(s, marker.to() - 1, trigger.from());
            if (!joined || distance >= bestDistance || marker.to() <= trigger.from() && agentOfAnother(s, marker, trigger)) {
                continue;
            }
            // "spricht von eingekesselten ukrainischen Einheiten": a marker before the trigger takes no side word after it
            int end = marker.from() >= trigger.to() ? s.to() : trigger.from();
            for (CueHit a : actors) {
                int reach = a.from() - marker.to();
                boolean genitive = reach == SOURCE_REACH && genitiveMarkerBefore(s, a);
                if (a.from() >= marker.to() && a.to() <= end && (reach < SOURCE_REACH || genitive)
                        && !punctuated(s, marker.to() - 1, a.from())) {
                    best = a;
                    bestDistance = distance;
                    break;
                }
            }
        }
        return best != null ? best : instrumentalAgent(s, actors, trigger);
    }

    /**
     * True when another trigger stands between an agent marker and a later trigger, or at most
     * {@value #AGENT_OWNER_WORDS} words before the marker: the agent is that trigger's ("Lyman was liberated by
     * Ukrainian forces in 2022 and has been shelled ever since": the shelling has no agent).
     */
    private static boolean agentOfAnother(SentenceView s, CueHit marker, CueHit trigger) {
        for (CueHit t : s.triggers()) {
            if (t != trigger && t.to() <= trigger.from() && t.to() >= marker.from() - AGENT_OWNER_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** True when a {@code genitive_markers} word ends right before the side word ("les forces de Kiev"). */
    private static boolean genitiveMarkerBefore(SentenceView s, CueHit a) {
        return genitiveBefore(s, s.from(), a, 0);
    }

    /**
     * True when a {@code genitive_markers} word starting at or after token {@code lowest} ends right before the side
     * word, or {@code nounGap} words at most before it ("le départ des troupes russes": one noun between).
     */
    static boolean genitiveBefore(SentenceView s, int lowest, CueHit a, int nounGap) {
        for (int i = Math.max(lowest, a.from() - nounGap - GENITIVE_MARKER_WORDS); i < a.from(); i++) {
            CueHit marker = s.rules().list("genitive_markers").startingAt(s.tokens(), i, a.from());
            if (marker != null && marker.to() >= a.from() - nounGap) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first capitalised token after token {@code from} that a {@code locative_before} word starting after
     * {@code from} leads to ("..., а в Краснояружском районе", "notamment près de Y"), or -1.
     */
    static int locativeNameAfter(SentenceView s, int from) {
        Lexicon locatives = s.rules().list("locative_before");
        for (int i = from + 1; i < s.to(); i++) {
            if (s.tokens().get(i).capitalised() && locatives.endingAt(s.tokens(), from, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A side word in the instrumental case right after a participle, only degree adverbs between
     * ("оточений російськими військами", "окружен российскими войсками"): Russian and Ukrainian name the
     * agent of a passive with no preposition. After a preposition the same case is no agent
     * ("бои с российскими войсками"), so any other word between the two leaves it out.
     */
    private static CueHit instrumentalAgent(SentenceView s, List<CueHit> actors, CueHit trigger) {
        Lexicon endings = s.rules().list("instrumental_endings");
        if (endings.cues().isEmpty()) {
            return null;
        }
        for (CueHit a : actors) {
            if (a.from() >= trigger.to() && a.from() - trigger.to() <= MAX_ADVERBS
                    && !punctuated(s, trigger.to() - 1, a.from()) && onlyDegreeAdverbs(s, trigger.to(), a.from())
                    && endsWithAny(s.tokens().get(a.from()).norm(), endings)) {
                return a;
            }
        }
        return null;
    }

    /** True when the word ends in one of the list's endings ({@code gerund_endings}, {@code instrumental_endings} ...). */
    static boolean endsWithAny(String word, Lexicon endings) {
        for (Cue ending : endings.cues()) {
            if (word.endsWith(ending.pattern().toString().trim())) {
                return true;
            }
        }
        return false;
    }

    /** The most words of a reporting aside between commas ("добавил генерал"). */
    static final int ASIDE_WORDS = 5;

    /**
     * True when a new statement starts between tokens {@code a} and {@code b}: a colon or semicolon,
     * or a reporting verb ("..., in Kyiv they said"), so a side word after it is no agent of a.
     */
    static boolean reportBetween(SentenceView s, int a, int b) {
        if (b <= a) {
            return false;
        }
        String gap = s.text().substring(s.tokens().get(a).end(), s.tokens().get(b).start());
        return gap.contains(":") || gap.contains(";")
                || !s.rules().list("attribution").find(s.tokens(), a + 1, b).isEmpty();
    }

    /**
     * True when tokens {@code a} and {@code b} stand in one clause: no opener, punctuation or
     * reporting verb between, but for a reporting aside between commas ("На окраинах X, добавил
     * генерал, не прекращаются бои", "Russian troops, the ministry said, entered X").
     */
    static boolean sameClause(SentenceView s, int a, int b) {
        return plainClause(s, a, b) || asideWords(s, a, b) > 0;
    }

    private static boolean plainClause(SentenceView s, int a, int b) {
        return !boundaryBetween(s, a + 1, b) && !punctuated(s, a, b)
                && s.rules().list("attribution").find(s.tokens(), a + 1, b).isEmpty();
    }

    /**
     * The words of a reporting aside between tokens {@code a} and {@code b}: tokens {@code [i, j)}, each
     * end opened by a comma, holding a reporting verb and at most {@value #ASIDE_WORDS} words, with
     * nothing else breaking the clause; 0 when there is none.
     */
    static int asideWords(SentenceView s, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (!commaBefore(s, i)) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(b, i + ASIDE_WORDS); j++) {
                if (commaBefore(s, j)) {
                    boolean reports = !s.rules().list("attribution").find(s.tokens(), i, j).isEmpty()
                            || !s.rules().list("pronoun_attribution").find(s.tokens(), i, j).isEmpty()
                            || !s.rules().list("concession").find(s.tokens(), i, j).isEmpty();
                    boolean aside = reports && plainClause(s, a, i - 1) && plainClause(s, j, b);
                    return aside ? j - i : 0;
                }
            }
            return 0;
        }
        return 0;
    }

    /**
     * True when a relative clause opens right after the word ending at token {@code at}: a comma,
     * then a relative word at {@code at} or one word later ("X, який ...", "X, через який ..."),
     * before token {@code limit}.
     */
    static boolean relativeClauseAt(SentenceView s, int at, int limit) {
        Lexicon openers = s.rules().list("relative_openers");
        return commaBefore(s, at) && (openers.startingAt(s.tokens(), at, limit) != null
                || at + 1 < limit && openers.startingAt(s.tokens(), at + 1, limit) != null);
    }

    /**
     * A narrower {@link #relativeClauseAt}: the pronoun right at the comma, and no punctuation before
     * {@code limit} ("Bachmut, das Russland im Mai erobert hatte", not "la ville, pour laquelle ...").
     */
    static boolean relativeRightAfter(SentenceView s, int at, int limit) {
        return commaBefore(s, at) && s.rules().list("relative_openers").startingAt(s.tokens(), at, limit) != null
                && !punctuated(s, at, limit);
    }

    /**
     * True when the word before token {@code i} is the head noun of an apposition after which English
     * may open a relative clause with no pronoun ({@code relative_heads}: "the largest town Ukraine seized");
     * not across punctuation ("Closer to the regional capital, Russian troops attacked": a new clause).
     */
    static boolean relativeHeadBefore(SentenceView s, int i) {
        CueHit head = s.rules().list("relative_heads").endingAt(s.tokens(), Math.max(s.from(), i - 2), i);
        return head != null && !punctuated(s, head.to() - 1, i);
    }

    /**
     * True when the words {@code [from, to)} stand in an object relative clause opened after a comma at
     * most {@code reach} words before them (its pronoun, "que", "який", "which", at the comma or one word
     * on; not "що", which mostly opens a complement) and a comma closes that clause before token {@code end}.
     */
    static boolean closedObjectRelative(SentenceView s, int from, int to, int end, int reach) {
        int open = -1;
        for (int i = from; i > s.from() && i >= from - reach && open < 0; i--) {
            if (commaBefore(s, i)) {
                open = i;
            }
        }
        Lexicon relatives = s.rules().list("object_relatives");
        if (open < 0 || relatives.startingAt(s.tokens(), open, from) == null
                && relatives.startingAt(s.tokens(), open + 1, from) == null) {
            return false;
        }
        for (int i = to; i <= end; i++) {
            if (commaBefore(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a short aside between commas opening at token {@code at} ("Moscú, por su parte,
     * sostiene", "Kyiv, for its part, says"): at most {@value #ASIDE_WORDS} words closed by a comma; 0
     * when none opens there.
     */
    static int commaAsideAt(SentenceView s, int at) {
        if (!commaBefore(s, at)) {
            return 0;
        }
        for (int j = at + 1; j <= Math.min(s.to() - 1, at + ASIDE_WORDS); j++) {
            if (commaBefore(s, j)) {
                return j - at;
            }
        }
        return 0;
    }

    /**
     * True when a colon or semicolon stands between tokens {@code a} and {@code b}: a clause ends there
     * ("тиск не слабшає: Очеретине росіяни захопили").
     */
    static boolean colonBetween(SentenceView s, int a, int b) {
        String gap = gap(s, a, b);
        return gap.contains(":") || gap.contains(";");
    }

    /** True when a dash (not a hyphen) stands between tokens {@code a} and {@code b} ("а Маріуполь — у травні"). */
    static boolean dashBetween(SentenceView s, int a, int b) {
        if (a < s.from() || b >= s.to()) {
            return false;
        }
        String gap = gap(s, a, b);
        return gap.contains("—") || gap.contains("–");
    }

    /** Words a region complement may take before its region word or name ("de la", "в"). */
    private static final int REGION_LEAD = 2;
    /** Words of a region's name. */
    private static final int REGION_NAME = 3;

    /**
     * The end of a region complement starting at {@code i}, perhaps after {@value #REGION_LEAD} small words:
     * a region word and its name ("de la región de Kursk", "в Луганській області"), a name and its region
     * word ("the Kharkiv region", "Курської області") or an oblast named alone ("на Харківщині"); -1 when none
     * starts there.
     * It locates the place before it and may stand between that place and its relative clause.
     */
    static int regionComplementEnd(SentenceView s, int i, int limit) {
        for (int j = i; j < Math.min(limit, i + REGION_LEAD + 1); j++) {
            if (j > i && (s.tokens().get(j - 1).capitalised() || punctuated(s, j - 1, j))) {
                return -1;
            }
            if (s.regions().get(j) && j < limit) {
                return j + 1; // "Балаклію на Харківщині, яка ...": an oblast named alone, with no region word
            }
            CueHit before = s.rules().list("region_before").startingAt(s.tokens(), j, limit);
            int name = before == null ? j : before.to();
            int end = name;
            while (end < limit && end - name < REGION_NAME && s.tokens().get(end).capitalised()
                    && !punctuated(s, end - 1, end)) {
                end++;
            }
            if (end > name && before != null) {
                return end;
            }
            CueHit after = end > name ? s.rules().list("region_after").startingAt(s.tokens(), end, limit) : null;
            if (after != null && !punctuated(s, end - 1, end)) {
                return after.to();
            }
        }
        return -1;
    }

    /**
     * The start of a region complement ending right at {@code end} ({@link #regionComplementEnd}), with its
     * small words ("de la región de Kursk"), or -1.
     */
    static int regionComplementBefore(SentenceView s, int end) {
        int start = -1;
        for (int i = end - 1; i >= Math.max(s.from() + 1, end - REGION_LEAD - REGION_NAME - 2); i--) {
            if (regionComplementEnd(s, i, end) == end) {
                start = i;
            }
        }
        return start;
    }

    /**
     * The start of a bearing or distance phrase with its place ending right at {@code end}, with no punctuation before
     * it ("south of Staromaiorske liberated by", {@link ClaimLinker#bearingComplementEnd}), or -1.
     */
    static int bearingComplementBefore(SentenceView s, int end) {
        int start = -1;
        if (end >= s.to() || punctuated(s, end - 1, end)) {
            return start;
        }
        for (int i = end - 2; i >= Math.max(s.from() + 1, end - BEARING_WORDS); i--) {
            if (ClaimLinker.bearingComplementEnd(s, i, end) == end) {
                start = i;
            }
        }
        return start;
    }

    /**
     * True when a comma, or a dash with spaces around it that stands for one ("взятии Марьинки — небольшого
     * города на окраине Донецка"), stands right before token {@code i} of the sentence (false at its first token).
     */
    static boolean commaBefore(SentenceView s, int i) {
        if (i <= s.from() || i >= s.to()) {
            return false;
        }
        String gap = gap(s, i - 1, i);
        return gap.contains(",") || gap.length() > 2 && SPACED_DASH.matcher(gap).matches();
    }

    /**
     * True when civilians are the ones who leave ("residents have long left X"): a word of the
     * {@code civilians} list stands in the trigger's clause before it, with no side word between, or
     * is the trigger's object right after it ("évacuer les civils de X").
     */
    static boolean civiliansLeave(SentenceView s, CueHit trigger) {
        int objectEnd = Math.min(trigger.to() + CIVILIAN_OBJECT_REACH, s.to());
        if (!s.rules().list("civilians").find(s.tokens(), trigger.to(), objectEnd).isEmpty()) {
            return true;
        }
        return subjectOfList(s, "civilians", trigger, false);
    }

    /**
     * True when civilians are the ones who enter ("journalists entered X", "des journalistes sont entrés dans X"): a word
     * of the {@code civilians} list ends at most {@value #CIVILIAN_SUBJECT_GAP} word before the trigger, with no punctuation
     * nor side word between; further back it may be a speaker ("residents say the town is under Russian control").
     */
    static boolean civiliansEnter(SentenceView s, CueHit trigger) {
        int from = Math.max(clauseStart(s, trigger.from()), trigger.from() - CIVILIAN_SUBJECT_GAP - WINDOW);
        for (CueHit w : s.rules().list("civilians").find(s.tokens(), from, trigger.from())) {
            if (trigger.from() - w.to() <= CIVILIAN_SUBJECT_GAP && !punctuated(s, w.to() - 1, trigger.from())
                    && s.actors().stream().noneMatch(a -> a.from() >= w.to() && a.to() <= trigger.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the defenders are the subject of a fight ("Ukrainian defenders were still fighting in its south-western
     * part", "donde los defensores siguen resistiendo"): a word of the {@code defenders} list stands in the trigger's
     * clause before it, with no side word nor other trigger between.
     */
    static boolean defendersFight(SentenceView s, CueHit trigger) {
        return subjectOfList(s, "defenders", trigger, true);
    }

    /**
     * True when the subject of a fight is the defenders of the place, named in the genitive after them with no
     * punctuation before the fight ("Оборонці X відбили п'ять штурмів", "the defenders of X repelled six assaults"):
     * the side not holding the place attacks there. Defenders of no named place ("los defensores rechazaron cuatro
     * asaltos cerca de X") name no attacker.
     */
    static boolean defendersOfPlace(SentenceView s, CueHit trigger, int placeFrom) {
        if (placeFrom >= trigger.from() || punctuated(s, placeFrom, trigger.from()) || !defendersFight(s, trigger)) {
            return false;
        }
        return defendersNamedBefore(s, placeFrom);
    }

    /**
     * True when a word of the {@code defenders} list, then a genitive marker or none (the Slavic genitive), stands
     * right before the place at token {@code placeFrom}: "the defenders of X", "los defensores de X", "Оборонці X".
     */
    static boolean defendersNamedBefore(SentenceView s, int placeFrom) {
        CueHit of = s.rules().list("genitive_markers").endingAt(s.tokens(), Math.max(s.from(), placeFrom - 2), placeFrom);
        int at = of != null ? of.from() : placeFrom;
        return s.rules().list("defenders").endingAt(s.tokens(), Math.max(s.from(), at - 2), at) != null;
    }

    /**
     * True when a word of list {@code list} stands in the trigger's clause before it, within {@value #WINDOW} words,
     * with no side word between ("residents have long left X", "die Verteidiger räumten X"). With {@code alone}, no
     * other trigger stands between either, and where adjectives follow nouns a side adjective right after the word
     * is its own ("los defensores ucranianos siguen combatiendo"); elsewhere it opens the object ("die Verteidiger
     * russische Angriffe abgewehrt").
     */
    private static boolean subjectOfList(SentenceView s, String list, CueHit trigger, boolean alone) {
        int from = Math.max(clauseStart(s, trigger.from()), trigger.from() - WINDOW);
        for (CueHit w : s.rules().list(list).find(s.tokens(), from, trigger.from())) {
            int after = w.to();
            int sideFrom = alone && s.rules().adjectivesFollowNouns() ? after + 1 : after;
            if (s.actors().stream().noneMatch(a -> a.from() >= sideFrom && a.to() <= trigger.from())
                    && (!alone || s.triggers().stream().noneMatch(t -> t != trigger && t.from() >= after
                    && t.to() <= trigger.from()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the defenders of the place are the ones who leave it ("räumten die Verteidiger X", "X, abandonnée
     * par sa garnison"): a word of the {@code defenders} list stands in the trigger's clause before it with no side
     * word between, or right after it, or after an agent marker following it in its clause. Not for a trigger whose
     * subject drives the other side out ({@code patient}: "Ukrainian defenders pushed Russian troops back from X").
     */
    static boolean defendersLeave(SentenceView s, CueHit trigger) {
        if (trigger.cue().has("patient")) {
            return false;
        }
        Lexicon defenders = s.rules().list("defenders");
        int end = Math.min(trigger.to() + DEFENDERS_AGENT_REACH, s.to());
        for (CueHit d : defenders.find(s.tokens(), trigger.to(), end)) {
            // the subject after a German verb ("räumten die Verteidiger X"), or the agent ("par sa garnison")
            boolean agent = s.rules().list("agent_markers").endingAt(s.tokens(), Math.max(trigger.from(), d.from() - 1), d.from()) != null;
            if ((d.from() == trigger.to() || agent) && sameClause(s, trigger.to() - 1, d.from())) {
                return true;
            }
        }
        return subjectOfList(s, "defenders", trigger, false);
    }
}
