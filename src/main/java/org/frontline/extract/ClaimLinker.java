package org.frontline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Links a place to the claim trigger that governs it. Stateless and thread-safe.
 *
 * <p>A place is the object of a trigger that precedes it by at most {@value #MAX_AFTER} words
 * ("captured the town of X", "abandonar tanto X como Y"), or the subject of a trigger flagged
 * {@code place-before} that follows it by at most {@value #MAX_BEFORE} words ("X, which ..., fell").
 * A trigger's {@code scope=N} narrows the first reach. A trigger in the passive voice
 * ("X was retaken") may take the place before it like a {@code place-before} one (over an apposition
 * of the place, whose own places it does not take: "Yampil, a village near Lyman, was retaken"), and so may a
 * trigger without an object of its own when the place opens the sentence in a locative phrase
 * ("In Bakhmut, fighting continues") or is followed by a relative of place ("X, where fighting
 * continues") or by a relative pronoun whose clause the trigger stands in ("X, which Russia
 * captured in 2022"); a clause opener
 * between trigger and place ("nachdem", "while") breaks the link. The nearest trigger wins; at
 * equal distance the preceding one. Civilians leaving a place make no withdrawal. No trigger reaches across a reporting phrase ("after two days
 * of fighting, according to the governor of X").
 */
public final class ClaimLinker {
    static final int MAX_AFTER = 8;
    /** Words at most between a clause opener and the place of a gapped clause ("а в конце октября — Селидово"). */
    static final int GAPPED_WORDS = 4;
    static final int MAX_BEFORE = 15;
    /** Words of a middle field between a passive auxiliary and the participle closing its verb bracket. */
    static final int BRACKET_REACH = 15;
    /** Words between a relative of place ("where") and the trigger of its clause. */
    static final int RELATIVE_REACH = 6;
    /** Words between a fronted object that opens the sentence and its verb ("Харків уночі знову атакували"). */
    static final int FRONTED_REACH = 3;
    /** Words between an "outskirts" cue and the fight it locates. */
    static final int FIGHT_REACH = 11;
    /** Words between a withdrawal and the "outskirts" cue that only tells where it left from. */
    static final int LEFT_REACH = 2;
    /**
     * Words between a strike and the "outskirts" cue that tells where the target it hit stands ("struck a power plant
     * on the outskirts of X", "попала в частный сектор на окраине X").
     */
    static final int HIT_REACH = 5;
    /** Words of a region phrase locating a listed place before the list goes on ("в Луганской области"). */
    static final int REGION_WORDS = 4;
    /** Words from the start of a place to a place-before trigger that makes it that trigger's own subject. */
    static final int NEAR_SUBJECT = 3;
    /** Words of an opening adverbial before a comma that a fronted locative may follow ("Further south, in X, ..."). */
    static final int OPENING_WORDS = 4;
    /** Words of an adverbial of time between a complementizer and the locative opening its clause ("что за сутки у X"). */
    static final int TIME_ADVERBIAL_WORDS = 6;

    /** Words of a reporting phrase opening the sentence before a comma ("Как сообщило Минобороны России, X ..."). */
    static final int OPENING_REPORT_WORDS = 6;
    /** Words of an apposition between a place and the relative pronoun of its clause ("X, the largest town that ..."). */
    static final int APPOSITION_WORDS = 6;
    /** Words before the head noun of an apposition ("a small village": the head after two). */
    static final int APPOSITION_HEAD_WORDS = 3;
    /** Words of a phrase locating an apposition's head noun before "that" ("on the northern edge of Kharkiv"). */
    static final int LOCATING_PHRASE_WORDS = 6;
    /** Words of an apposition between commas that a place-before trigger reaches over ("Yampil, a village near Lyman, ..."). */
    static final int APPOSITION_REACH = 16;
    /** Spans longer than this many tokens are counted without looking for numbers in them. */
    static final int NUMBER_SPAN = 2 * MAX_BEFORE;
    /** Words from a trigger to a list opener that continues its object ("..., among them X"). */
    static final int LIST_REACH = 12;
    /** Words from an attributive participle to the place it describes inside an aside ("від окупованого в травні 2023 року Бахмута"). */
    static final int ASIDE_PARTICIPLE_REACH = 6;
    /** Words of a distance or bearing cue read right before an attributive participle. */
    static final int DISTANCE_CUE_WORDS = 4;
    /** Words of a place name between a cleft opener and the relative pronoun after it. */
    static final int CLEFT_FOCUS_WORDS = 3;
    /** Words from a list opener to a place of its list. */
    static final int LIST_WORDS = 10;
    /** Words of region complements at most that a list's reach does not count ("de la región de Járkov"). */
    static final int LIST_REGION_WORDS = 8;
    /** Gap words a list may go on past after its conjunction ("and the village of", "et sur ce qui reste de"). */
    static final int LIST_GAP_WORDS = 6;
    /** Words from a listed place to the next one past an aside of the first ("X, la localidad que ..., así como Y"). */
    static final int LIST_ASIDE_WORDS = 22;
    /** Words from a trigger to the plural noun counting the places a list names ("took control of several villages"). */
    static final int LIST_COUNT_AFTER = 5;
    /** Words from such a noun to a trigger after it ("aus mehreren Ortschaften zurückgezogen"). */
    static final int LIST_COUNT_BEFORE = 3;
    /** Words of a modifier between an article and a settlement phrase ("took the salt-mining town of X"). */
    static final int SETTLEMENT_MODIFIER = 2;
    /** Words at most between a place and the concessive word after it ("X, pese a"). */
    static final int DESPITE_GAP = 1;

    /**
     * The trigger governing the place at tokens {@code [from, to)}, if any.
     *
     * @param barriers token indexes of places named only as direction or distance: a trigger's
     *                 object slot ends there ("advanced toward X from Y" claims neither X nor Y)
     * @param places   token indexes of the other possible claim places of the sentence: a place
     *                 after another one shares its trigger only when coordinated with it
     *                 ("captured X and Y"), not in "captured X, a claim Kyiv denied"
     */
    public Optional<TriggerLink> link(SentenceView s, int from, int to, List<Integer> barriers, List<Integer> places) {
        return links(s, from, to, barriers, places).stream().findFirst();
    }

    /**
     * The trigger governing the place (first), then, when that one stands in a relative clause after
     * the place, the nearest trigger of each other claim type outside that clause, or else the
     * participle of a reduced relative with its agent ("L'armée ukrainienne est entrée dans Kherson,
     * abandonnée la veille par les troupes russes") or a fight or strike in a relative of place
     * ("llegar a las afueras de X, donde se libran duros combates") or an advance there ("fighting
     * continues in X, where Russian groups have infiltrated the south") or any claim but an encirclement
     * in an object relative ("бої тривають у X, яку ворог намагається взяти"; "abandon Mirnograd, which
     * is already under threat of encirclement" describes the town: context, but after a fight or advance the
     * ring is a claim: "presionan sobre X, que podría quedar cercada") ("Бахмут, который
     * российские войска заняли в мае, обстреливается": taken, and shelled; "combates en X, donde las
     * tropas rusas controlan buena parte": fighting, and an advance): one mention may carry a claim told in the
     * relative clause and one told by the main clause.
     */
    public List<TriggerLink> links(SentenceView s, int from, int to, List<Integer> barriers, List<Integer> places) {
        List<TriggerLink> all = new ArrayList<>();
        for (CueHit t : s.triggers()) {
            candidate(s, t, from, to, barriers, places).ifPresent(all::add);
        }
        if (all.isEmpty()) {
            return List.of();
        }
        all.sort(Comparator.comparingInt(TriggerLink::distance));
        TriggerLink best = ownPredicateFirst(s, all, from, to);
        // "X, que las tropas ucranianas tomaron en agosto, fue bombardeada": a predicate after a told aside is the main clause's
        boolean bestInRelative = inRelative(s, to, best.trigger())
                && !(takesPlaceBefore(s, best.trigger()) && afterToldAside(s, places, to, best.trigger()) > to);
        // "Les combats se poursuivent à X, toujours aux mains des Russes": the fight or strike of the main clause
        // before the place and the holding an apposition after its comma tells are two claims
        boolean bestHolds = appositive(s, to, best.trigger()) && gain(best.trigger());
        boolean bestPresses = best.trigger().to() <= from && pressure(best.trigger());
        List<TriggerLink> out = new ArrayList<>(List.of(best));
        for (TriggerLink l : all) {
            // "освобождение X, которую российские войска заняли в марте": a capture in the object relative
            // of a place is a claim of its own beside the main clause's capture of it
            boolean ownClause = objectClause(s, to, l.trigger());
            // "liberó X, ocupada por los rusos desde ...": the main clause's capture beside the one the
            // participle or relative after the place tells, whichever is nearer
            boolean relativeGain = l != best && gain(l.trigger()) && (bestInRelative
                    ? gain(best.trigger()) && l.trigger().to() <= from && !relativeOfPlace(s, to, best.trigger().from())
                    : ownClause);
            boolean newType = relativeGain
                    || out.stream().noneMatch(o -> o.trigger().cue().label().equals(l.trigger().cue().label()));
            // "Торецк, где идут бои, подвергается обстрелам": the main clause's trigger right after the relative's comma
            boolean outsideRelative = l.trigger().from() > best.trigger().to() || l.trigger().to() <= from
                    || l.trigger().from() == best.trigger().to() && ClauseStructure.commaBefore(s, l.trigger().from());
            boolean reduced = l.trigger().from() == to && ClauseStructure.reducedRelative(s, l.trigger());
            boolean where = relativeOfPlace(s, to, l.trigger().from());
            // "presionan sobre X, que corre el riesgo de quedar cercada", "combats sur X, que l'armée russe tente
            // d'encercler": the ring threatening the place the main clause presses on, told of the pronoun at its comma
            boolean ring = l.trigger().cue().label().equals("encircled");
            boolean pronounAtComma = s.rules().list("object_relatives").startingAt(s.tokens(), to, l.trigger().from()) != null;
            boolean threat = ring && pressing(best.trigger()) && (undergone(s, l.trigger()) || pronounAtComma);
            // "made gains near X, where analysts say the garrison risks being cut off": the ring threatening the place
            // the main clause presses on, told in its relative of place
            boolean sceneOfPlace = where && (scene(l.trigger()) || l.trigger().cue().label().equals("advancing")
                        || ring && pressing(best.trigger()) && best.trigger().to() <= from)
                    || ownClause && (!ring || threat);
            boolean secondPredicate = secondPredicate(s, places, best, l);
            boolean beside = l != best && (bestHolds && l.trigger().to() <= from && pressure(l.trigger())
                    || bestPresses && gain(l.trigger()) && appositive(s, to, l.trigger())
                    || l.trigger().to() <= from && despiteAfter(s, to, best.trigger())
                    || best.trigger().to() <= from && despiteAfter(s, to, l.trigger()));
            // "Суджа, крупнейший город, захваченный ВСУ в августе, подверглась ударам": the aside's claim and the main clause's
            boolean acrossAside = l != best && (toldAside(s, places, to, best.trigger(), l.trigger())
                    || toldAside(s, places, to, l.trigger(), best.trigger()));
            if (newType && (bestInRelative ? outsideRelative : reduced || sceneOfPlace || secondPredicate || beside || acrossAside)
                    && !(where && gain(l.trigger()))) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * True when a trigger that may follow its place opens a short apposition right after the place's comma, within
     * {@value #APPOSITION_STATE} words and no other punctuation ("X, toujours aux mains des Russes", "X, still in
     * Russian hands", "X, occupied since March").
     */
    private static boolean appositive(SentenceView s, int placeTo, CueHit t) {
        return t.from() >= placeTo && t.from() - placeTo <= APPOSITION_STATE && ClauseStructure.commaBefore(s, placeTo)
                && !ClauseStructure.punctuated(s, placeTo, t.from()) && takesPlaceBefore(s, t);
    }

    /**
     * True when a strike or fight that takes the place before it stands in a concessive phrase right after the place
     * ({@code despite}, within {@value Extractor#DESPITE_REACH} words: "continue to hold the village of X despite constant
     * Russian bombardment"): the claim of the main clause before the place and the fire it holds out against are two.
     */
    private static boolean despiteAfter(SentenceView s, int placeTo, CueHit t) {
        if (!scene(t) || t.from() < placeTo) {
            return false;
        }
        for (CueHit d : s.find("despite")) {
            if (d.from() >= placeTo && d.from() - placeTo <= DESPITE_GAP && d.from() <= t.from()
                    && t.from() - d.to() <= Extractor.DESPITE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** Words from a place's comma to the state an apposition tells of it ("X, toujours aux mains des Russes"). */
    static final int APPOSITION_STATE = 2;

    /**
     * True when {@code second} is a second predicate of the place that {@code first} takes as its subject: both
     * take the place before them, the second tells pressure on the place (a fight, a strike, a ring: "Trostjanez sei
     * zurückerobert und werde von Minen geräumt" is no withdrawal), no side word stands before the first in its clause
     * (the place is its subject,
     * not its object: "ukrainische Einheiten hatten X eingenommen und damit ... abgeschnitten"), a conjunction joins
     * them with no place, reporting verb or complementizer between and no side word after it ("Mariupol is encircled
     * and has been under shelling for days", "Marioupol est encerclé par les troupes russes et subit des
     * bombardements", "Vuhledar is shelled and could be encircled").
     */
    private static boolean secondPredicate(SentenceView s, List<Integer> places, TriggerLink first, TriggerLink second) {
        int from = first.trigger().to();
        int to = second.trigger().from();
        if (!first.placeBefore() || !second.placeBefore() || to < from || barrierBetween(places, from, to)
                || !pressure(second.trigger())
                || s.actors().stream().anyMatch(a -> a.to() <= first.trigger().from()
                        && ClauseStructure.sameClause(s, a.from(), first.trigger().from()))
                || ClauseStructure.reportBetween(s, from - 1, to) || ClauseStructure.complementizerBetween(s, from, to)) {
            return false;
        }
        List<CueHit> and = new ArrayList<>(s.rules().list("conjunctions").find(s.tokens(), from, to));
        s.rules().list("clause_openers").find(s.tokens(), from, to).stream()
                .filter(h -> h.cue().has("shared-subject")).forEach(and::add);
        int joint = and.stream().mapToInt(CueHit::to).max().orElse(-1);
        return joint >= 0 && noSideWordIn(s, joint, to);
    }

    /** True when no side word starts in tokens {@code [from, to)}: the clause a conjunction opens names no subject. */
    private static boolean noSideWordIn(SentenceView s, int from, int to) {
        return s.actors().stream().noneMatch(a -> a.from() >= from && a.from() < to);
    }

    /**
     * True when the only clause openers between token {@code from} and a strike, fight or ring that takes its place
     * before it are coordinating ones flagged {@code shared-subject}, with no side word after the last: the
     * clause they open leaves out its subject, the place ("Kupiansk sigue bajo control ucraniano, pero es
     * bombardeada a diario", "Купянск разрушен, но ежедневно подвергается обстрелам").
     */
    private static boolean sharedSubjectPredicate(SentenceView s, int from, CueHit t) {
        List<CueHit> openers = ClauseStructure.openers(s, from, t.from());
        if (!pressure(t) || openers.isEmpty() || openers.stream().anyMatch(h -> !h.cue().has("shared-subject"))) {
            return false;
        }
        return noSideWordIn(s, openers.get(openers.size() - 1).to(), t.from());
    }

    /**
     * The links of the place at tokens {@code [from, to)} told by a relative clause right after it ("у
     * Иванополья и в Константиновке, которая трижды попала под удары"): a list that carries the place
     * to an earlier trigger does not carry these.
     */
    public List<TriggerLink> relativeLinks(SentenceView s, int from, int to, List<Integer> barriers, List<Integer> places) {
        return links(s, from, to, barriers, places).stream()
                .filter(l -> l.trigger().from() >= to && ClauseStructure.relativeClauseAt(s, to, l.trigger().from()))
                .toList();
    }

    /**
     * True when the trigger stands in a relative clause of the place ending at {@code placeTo}:
     * after a relative pronoun or relative of place, or as the participle of a reduced relative
     * ("Kherson, abandonnée la veille par les troupes russes").
     */
    static boolean inRelative(SentenceView s, int placeTo, CueHit t) {
        return t.from() >= placeTo && (objectRelative(s, placeTo, t.from()) || relativeOfPlace(s, placeTo, t.from())
                || reducedAfterComma(s, placeTo, t));
    }

    /**
     * The nearest link, unless that is a trigger of a clause with a subject of its own before the place's comma, and
     * the place's own predicate follows it with no punctuation between: then that one ("If Russian forces keep
     * advancing, Kurakhove could soon be cut off": the ring, not the advance of the clause before). A participle
     * opening the sentence has the place as its subject ("Pilonnée depuis des semaines, X était coupée").
     */
    private static TriggerLink ownPredicateFirst(SentenceView s, List<TriggerLink> byDistance, int from, int to) {
        TriggerLink nearest = byDistance.get(0);
        CueHit t = nearest.trigger();
        if (t.to() > from || !ClauseStructure.commaBefore(s, from) || s.actors().stream()
                .noneMatch(a -> a.to() <= t.from() && !ClauseStructure.punctuated(s, a.to() - 1, t.from()))) {
            return nearest; // a place not opening a clause, or the clause before has no subject of its own
        }
        for (TriggerLink l : byDistance) {
            if (l.trigger().from() >= to && !ClauseStructure.punctuated(s, to - 1, l.trigger().from())) {
                return l;
            }
        }
        return nearest;
    }

    /**
     * True when the trigger is the participle of a reduced relative right after the place's comma, or after the head
     * of an apposition there ("Kherson, seule capitale régionale conquise par la Russie, avait été reprise": the
     * retaking of the main clause is a second claim), also past a bearing apposition between commas.
     */
    private static boolean reducedAfterComma(SentenceView s, int placeTo, CueHit t) {
        int bearing = ClauseStructure.commaBefore(s, placeTo) ? bearingComplementEnd(s, placeTo, t.from()) : -1;
        if (bearing > 0 && ClauseStructure.commaBefore(s, bearing)) {
            placeTo = bearing; // "Rouska Lozova, au nord de Kharkiv, occupé depuis ...": past the bearing locating it
        }
        return (t.from() == placeTo || ClauseStructure.commaBefore(s, placeTo)
                && !ClauseStructure.punctuated(s, placeTo, t.from())) && ClauseStructure.reducedRelative(s, t);
    }

    /**
     * Fights and advances: a main clause pressing on a place, whose object relative may tell the ring
     * that threatens it ("presionan sobre X, que corre el riesgo de quedar cercada"), unlike a withdrawal
     * from it ("abandon X, which is under threat of encirclement": context).
     */
    private static boolean pressing(CueHit t) {
        return t.cue().label().equals("fighting") || t.cue().label().equals("advancing");
    }

    /**
     * A trigger the relative's subject undergoes ("que podría quedar cercada"), not one with an object of its
     * own ("y que ello les permitirá rodear la ciudad").
     */
    private static boolean undergone(SentenceView s, CueHit t) {
        return t.cue().has("place-before") || ClauseStructure.passive(s, t);
    }

    /** Fights and strikes: what a relative of place tells of its scene ("X, where fighting goes on"). */
    private static boolean scene(CueHit t) {
        return t.cue().label().equals("fighting") || t.cue().label().equals("shelled");
    }

    /** Fights, strikes and rings: pressure on a place that holds, which a second predicate of it may tell. */
    private static boolean pressure(CueHit t) {
        return scene(t) || t.cue().label().equals("encircled");
    }

    /**
     * Captures and retakings: in a relative of place they have an object of their own ("where they took the
     * plant"); as a participle after a place they tell what became of it ("Izium, liberated in September").
     */
    static boolean gain(CueHit t) {
        return t.cue().label().equals("captured") || t.cue().label().equals("retaken");
    }

    private Optional<TriggerLink> candidate(SentenceView s, CueHit t, int from, int to, List<Integer> barriers,
                                            List<Integer> places) {
        TriggerLink candidate = null;
        CueHit fight = t.cue().has("outskirts") ? foughtAt(s, t) : null;
        if (fight != null && fight.to() <= t.from() && t.to() <= from && (t.to() == from || gapWordsOnly(s, t.to(), from))
                && places.stream().noneMatch(p -> p >= fight.to() && p < t.from()) && !locatesApposition(s, places, t)) {
            // "combats ... aux abords de X": the fight before the cue, with no place of its own before the cue ("fighting
            // in X on the outskirts of Y" is X's), is fought at the place right after the cue
            return Optional.of(new TriggerLink(fight, from, to, words(s, fight.to(), from), false));
        }
        if (defendersOf(s, t, from, to)) {
            return Optional.of(new TriggerLink(t, from, to, t.from() - to + 1, true)); // "the defenders of X pulled back"
        }
        if (to <= t.from() && firedFrom(s, t, from, to)) {
            return Optional.empty();
        }
        if (t.cue().label().equals("withdrew") && (ClauseStructure.civiliansLeave(s, t) || destination(s, t, from))
                || t.cue().label().equals("captured") && ClauseStructure.civiliansEnter(s, t)
                || sceneOfFight(s, t) || locatesApposition(s, places, t)
                || t.cue().label().equals("advancing") && withdrawalsDestination(s, t)) {
            return Optional.empty();
        }
        // words from the place to a trigger after it that may take its subject before it, over an apposition
        int subject = to <= t.from() && takesPlaceBefore(s, t)
                ? bracketWords(s, places, to, t, subjectWords(s, places, to, t.from())) : Integer.MAX_VALUE;
        // "Avdiivka, which Russian troops captured after months of fighting, was struck": over a told aside
        int aside = to <= t.from() && takesPlaceBefore(s, t) ? afterToldAside(s, places, to, t) : to;
        int asideSubject = aside > to ? words(s, aside, t.from()) : Integer.MAX_VALUE;
        if (t.from() < from && to < t.to() && !aimedAt(s, t.from(), from)) {
            // a separable verb around its object: "rücken auf X vor", "drangen in X ein"
            candidate = new TriggerLink(t, from, to, 0, false);
        } else if (t.to() <= from && scopeWords(s, t, from) <= t.cue().scopeOr(MAX_AFTER)
                && !leavesRelative(s, t, from)
                && listOwner(s, t, from) != ListOwner.ANOTHER
                && !barrierBetween(barriers, t.to(), from)
                && (!barrierBetween(places, t.to(), from) || coordinated(s, from))
                && !ClauseStructure.boundaryBetween(s, t.to(), from) && !joinsNextClause(s, t, from)
                && !(conjoinedAfterObject(s, t, from) && ownPredicate(s, t, to))
                && !closesClauseBefore(s, t, from, to)
                && (s.rules().list("attribution").find(s.tokens(), t.to(), from).isEmpty()
                    || ClauseStructure.asideWords(s, t.to() - 1, from) > 0)) {
            // a reporting aside between commas does not part them: "Бои, по данным Генштаба, идут в X"
            candidate = new TriggerLink(t, from, to, words(s, t.to(), from), false);
        } else if (t.to() <= from && from - t.to() <= LIST_REACH + LIST_WORDS + regionWords(s, t.to(), from)
                && listOwner(s, t, from) == ListOwner.THIS) {
            candidate = new TriggerLink(t, from, to, words(s, t.to(), from), false);
        } else if (takesPlaceBefore(s, t) && to <= t.from() && !attributive(s, t) && !nearerSubject(s, places, from, to, t)
                && !placeBetweenNotListed(s, places, afterApposition(s, places, to, t.from()), t.from())
                && !inApposition(s, places, from, t.from()) && !inAsideOfAnaphor(s, places, from, t.from())
                && !inRelativeOfEarlier(s, places, from, to, t.from())
                && !activeWithObject(s, t, places)
                && Math.min(subject, asideSubject) <= Math.max(MAX_BEFORE, t.cue().scopeOr(MAX_BEFORE))
                && (!ClauseStructure.boundaryBetween(s, aside, t.from()) || sharedSubjectPredicate(s, aside, t))
                && !closedConditional(s, from, t.from())) {
            int reach = subject <= Math.max(MAX_BEFORE, t.cue().scopeOr(MAX_BEFORE)) ? subject : asideSubject;
            candidate = new TriggerLink(t, from, to, reach + 1, true);
        } else if (to <= t.from() && (frontedLocative(s, from) && words(s, to, t.from()) <= MAX_BEFORE
                || relativeOfPlace(s, to, t.from()) && !ownObject(s, t) || objectClause(s, to, t))
                && !ClauseStructure.boundaryBetween(s, to, t.from()) && !hasOwnPlace(s, t, places)
                && !closedConditional(s, from, t.from())) {
            candidate = new TriggerLink(t, from, to, words(s, to, t.from()) + 1, true);
        } else if (frontedObject(s, places, from, to, t) && !hasOwnPlace(s, t, places)) {
            candidate = new TriggerLink(t, from, to, words(s, to, t.from()) + 1, true);
        } else {
            CueHit clitic = Anaphora.clitic(s, t);
            CueHit determiner = clitic == null ? Anaphora.determiner(s, t) : null;
            if (clitic != null && to == clitic.to()) {
                candidate = new TriggerLink(t, from, to, 0, true); // "la artillería rusa la castiga"
            } else if (determiner != null && from == determiner.from() && to == determiner.to()) {
                candidate = new TriggerLink(t, from, to, 0, true); // "Moscow announced its capture"
            } else if (from == t.to() - 1 && to == t.to() && Anaphora.enclitic(s, t)) {
                candidate = new TriggerLink(t, from, to, 0, false); // "amenazan con envolverla"
            }
        }
        return Optional.ofNullable(candidate);
    }

    /**
     * True when a strike's place opens its sentence after a preposition of origin ({@code fire_origins}): "Из
     * Энергодара российская артиллерия обстреляла X", "Von Y aus beschoss ..." name where the fire came from, not
     * its target. Not a place the comma after it opens a relative for ("Aus Y, wo russische Bomben ..."), nor one
     * inside the sentence ("Wohnviertel von Y beschossen", "Auch aus Y meldeten die Behörden Einschläge").
     */
    private static boolean firedFrom(SentenceView s, CueHit t, int from, int to) {
        return t.cue().label().equals("shelled") && from == s.from() + 1
                && s.rules().list("fire_origins").endingAt(s.tokens(), s.from(), from) != null
                && !ClauseStructure.commaBefore(s, from) && !ClauseStructure.commaBefore(s, to);
    }

    /**
     * True when token {@code earlier} stands in a conditional clause closed by a comma before token
     * {@code later} ("Якщо противнику вдасться перерізати дороги на Родинське, Покровськ може опинитися
     * в оточенні"): a place there is no subject of the main clause.
     */
    private static boolean closedConditional(SentenceView s, int earlier, int later) {
        for (CueHit h : s.rules().list("clause_openers").find(s.tokens(), s.from(), earlier)) {
            if (h.cue().has("subordinate") && ClauseStructure.clauseStart(s, later) > earlier) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the trigger opens a reduced relative right after another place ("Кліщіївка стоїть на
     * висоті, з якої видно підступи до Бахмута, захопленого росіянами"): it tells of that place,
     * not of a farther one.
     */
    private static boolean nearerSubject(SentenceView s, List<Integer> places, int from, int to, CueHit t) {
        if (afterApposition(s, places, to, t.from()) == t.from()) {
            return false; // "Siversk, una ciudad vecina de Lisichansk, fue bombardeada": the nearer place is in an apposition
        }
        if (!ClauseStructure.commaBefore(s, t.from())
                || !t.cue().has("place-before") && !ClauseStructure.reducedRelative(s, t)) {
            return false; // a participle right after "X,", not a predicate after an aside
        }
        for (int p : places) {
            if (p > from && p < t.from() && t.from() - p <= NEAR_SUBJECT) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when another place stands between a place and a trigger that follows it, and does not
     * continue a list with it ("X und Y liegen unter Beschuss" is a list): in "greifen X an, die
     * Nachbarstadt Y liege unter Artilleriefeuer" the fire is Y's.
     */
    private static boolean placeBetweenNotListed(SentenceView s, List<Integer> places, int placeTo, int triggerFrom) {
        int next = Integer.MAX_VALUE;
        for (int p : places) {
            if (p >= placeTo && p < triggerFrom) {
                next = Math.min(next, p);
            }
        }
        if (next == Integer.MAX_VALUE) {
            return false;
        }
        if (next == placeTo) {
            return false; // "X, Y ...": a list, or an apposition
        }
        if (ClauseStructure.relativeClauseAt(s, placeTo, next)) {
            return false; // "X, через який ... до Y, росіяни обстрілюють": Y is in X's relative clause
        }
        // "les villes d'Irpin, de Boutcha et de Hostomel": a list whose items repeat their preposition after a comma,
        // a conjunction before its last item
        boolean and = ClauseStructure.commaBefore(s, placeTo) && !ClauseStructure.punctuated(s, placeTo, next)
                && !s.rules().list("conjunctions").find(s.tokens(), next + 1, Math.min(s.to(), next + 4)).isEmpty();
        for (int i = placeTo; i < next; i++) {
            CueHit c = s.rules().list("conjunctions").startingAt(s.tokens(), i, next);
            CueHit gap = c == null ? s.rules().list("name_gap_words").startingAt(s.tokens(), i, next) : null;
            if (c != null) {
                and = true;
                i = c.to() - 1;
            } else if (gap == null) {
                return true;
            } else {
                i = gap.to() - 1; // "X and its neighbour Y": a gap of several words
            }
        }
        return !and; // "X und die Siedlung Y": a list
    }

    /**
     * The token after a word stressing the place that stands right after it and before a comma
     * ({@code place_intensifiers}: "Kupjansk selbst, im September befreit, wird angegriffen", "Kupiansk itself,
     * liberated in September, is shelled"): the aside opens there, as after the bare place. {@code placeTo} when
     * there is none.
     */
    static int afterIntensifier(SentenceView s, int placeTo, int limit) {
        CueHit own = s.rules().list("place_intensifiers").startingAt(s.tokens(), placeTo, limit);
        return own != null && own.to() < limit && ClauseStructure.commaBefore(s, own.to()) ? own.to() : placeTo;
    }

    /** Commas inside a told aside: the one closing the head of an apposition ("крупнейший город, захваченный ВСУ"). */
    static final int ASIDE_COMMAS = 1;

    /**
     * The token after an aside that a comma opens right after a place and the last comma before the trigger closes,
     * within {@value #APPOSITION_REACH} words, when a trigger stands inside it (a relative, a participle or an
     * apposition telling the place's history: "Avdiivka, which Russian troops captured in February after months of
     * fighting, was struck", "Суджа, крупнейший город, захваченный ВСУ в августе, подверглась ударам") and the trigger
     * follows the closing comma within {@value #MAX_AFTER} words: the predicate of the main clause whose subject is
     * the place. {@code placeTo} when there is none; an aside naming another place or opening with a conjunction is
     * a list ("в Покровске, где ..., и в соседнем Мирнограде, гарнизону которого грозит окружение"), one with a
     * reporting verb a source, and more than {@value #ASIDE_COMMAS} comma inside parts several asides
     * ({@link #afterApposition} reads asides without a trigger).
     */
    static int afterToldAside(SentenceView s, List<Integer> places, int place, CueHit t) {
        int placeTo = afterIntensifier(s, place, t.from());
        if (!ClauseStructure.commaBefore(s, placeTo) || t.from() - placeTo > APPOSITION_REACH || places.contains(placeTo)
                || s.rules().list("conjunctions").startingAt(s.tokens(), placeTo, t.from()) != null) {
            return place;
        }
        int close = -1;
        for (int j = t.from(); j > placeTo + 1 && close < 0; j--) {
            if (ClauseStructure.punctuated(s, j - 1, j)) {
                close = ClauseStructure.commaBefore(s, j) ? j : placeTo;
            }
        }
        int end = close;
        int commas = 0;
        for (int j = placeTo + 1; j < end; j++) {
            commas += ClauseStructure.commaBefore(s, j) ? 1 : 0;
        }
        if (end <= placeTo || words(s, end, t.from()) > MAX_AFTER || commas > ASIDE_COMMAS
                || places.stream().anyMatch(p -> p > placeTo && p <= end)
                || !s.rules().list("attribution").find(s.tokens(), placeTo, end).isEmpty()
                || s.triggers().stream().noneMatch(o -> o.from() >= placeTo && o.to() <= end)) {
            return place;
        }
        return end;
    }

    /**
     * True when trigger {@code inner} stands in a told aside of the place ({@link #afterToldAside}) and {@code outer}
     * is the predicate after it: two claims, the aside's and the main clause's.
     */
    private static boolean toldAside(SentenceView s, List<Integer> places, int placeTo, CueHit inner, CueHit outer) {
        if (inner.from() < placeTo || outer.from() < inner.to() || !takesPlaceBefore(s, outer)) {
            return false;
        }
        int end = afterToldAside(s, places, placeTo, outer);
        return end > placeTo && inner.to() <= end;
    }

    /**
     * True when trigger {@code t} inside an aside closing at {@code close} is followed, within
     * {@value #ASIDE_PARTICIPLE_REACH} words and with no punctuation, by a place of its own inside that aside: an
     * attributive participle of that place ("Часів Яр, розташований за 10 кілометрів від окупованого в травні 2023
     * року Бахмута, ворог щодня штурмує"), which tells nothing of the place the aside describes.
     */
    private static boolean participleOfPlaceInAside(SentenceView s, List<Integer> places, CueHit t, int close) {
        return places.stream().anyMatch(q -> q >= t.to() && q < close && q - t.to() <= ASIDE_PARTICIPLE_REACH
                && !ClauseStructure.punctuated(s, t.to() - 1, q));
    }

    /**
     * The token after an apposition that a comma opens right after a place and another comma closes
     * before token {@code limit} ("Yampil, a village near Lyman, was recaptured"), or {@code placeTo}
     * when there is none. An apposition (or a relative clause: "la ciudad, donde aún resisten unos 1.600
     * civiles, es bombardeada") holds at most {@value #APPOSITION_REACH} words and no trigger but an
     * "outskirts" cue, clause opener, reporting verb or other punctuation; it does not open with another
     * place ("X, Y, and Z were shelled" is a list) or a conjunction; a list may go on after it ("La propia
     * Dobropillia, a unos 15 kilómetros de la cuña, y la vecina Bilytske sufren bombardeos"); not one whose place
     * another apposition calls a village after its closing comma ("près de X, au sud de Y, village libéré par ...":
     * what follows is Y's).
     */
    static int afterApposition(SentenceView s, List<Integer> places, int place, int limit) {
        int placeTo = afterIntensifier(s, place, limit);
        if (!ClauseStructure.commaBefore(s, placeTo) || places.contains(placeTo)
                || s.rules().list("conjunctions").startingAt(s.tokens(), placeTo, limit) != null) {
            return place;
        }
        for (int j = placeTo + 2; j <= limit && j <= placeTo + APPOSITION_REACH; j++) {
            if (ClauseStructure.commaBefore(s, j)) {
                int close = j;
                boolean plain = !ClauseStructure.punctuated(s, placeTo, j - 1)
                        && !ClauseStructure.boundaryBetween(s, placeTo, j)
                        && s.rules().list("attribution").find(s.tokens(), placeTo, j).isEmpty()
                        && s.triggers().stream().noneMatch(t -> t.from() >= placeTo && t.from() < close
                                && !t.cue().has("outskirts") && !participleOfPlaceInAside(s, places, t, close))
                        && !places.contains(j)
                        && !(MentionRoles.villageApposition(s, j) && places.stream().anyMatch(q -> q > placeTo && q < close));
                return plain ? j : place;
            }
        }
        return place;
    }

    /**
     * Words from a place to a trigger after it, not counting an apposition of the place or of the list
     * it opens ({@link #afterApposition}; "Yampil and Drobysheve, on the roads into Lyman, were retaken"), nor
     * a region complement right after the place ("aus Lyman im Gebiet Donezk abgezogen": as near as "aus Lyman
     * abgezogen").
     */
    private static int subjectWords(SentenceView s, List<Integer> places, int placeTo, int triggerFrom) {
        int region = ClauseStructure.punctuated(s, placeTo - 1, placeTo) ? -1
                : ClauseStructure.regionComplementEnd(s, placeTo, triggerFrom);
        if (region > 0) {
            return subjectWords(s, places, region, triggerFrom);
        }
        int open = placeTo;
        if (s.rules().list("conjunctions").startingAt(s.tokens(), placeTo, triggerFrom) != null) {
            for (int i = placeTo + 1; i < Math.min(triggerFrom, placeTo + NEAR_SUBJECT + 1); i++) {
                int comma = i;
                if (ClauseStructure.commaBefore(s, comma)) {
                    open = places.stream().anyMatch(p -> p > placeTo && p < comma) ? comma : placeTo;
                    break;
                }
            }
        }
        return words(s, placeTo, triggerFrom) - words(s, open, afterApposition(s, places, open, triggerFrom));
    }

    /**
     * Words from a place to the passive auxiliary of a trigger after it, when the auxiliary may stand
     * apart from its participle (a scope on the cue, as in German) and the trigger is that participle
     * closing the verb bracket ("Bachmut selbst, gut zehn Kilometer südwestlich, wurde nach Angaben der
     * örtlichen Behörden erneut mit Artillerie und Raketenwerfern beschossen"): the middle field,
     * with no punctuation, clause opener nor other trigger, does not part the subject from its verb; a
     * comma left open before the auxiliary ("In X kündigte er an, Polizei und Verwaltung würden") does.
     * Else {@code words}, the words to the trigger.
     */
    private static int bracketWords(SentenceView s, List<Integer> places, int placeTo, CueHit t, int words) {
        if (words <= MAX_BEFORE) {
            return words;
        }
        int from = Math.max(placeTo, t.from() - BRACKET_REACH - 1);
        for (CueHit aux : s.rules().list("passive").find(s.tokens(), from, t.from())) {
            if (aux.cue().scopeOr(0) > 0 && t.from() - aux.to() <= BRACKET_REACH
                    && !ClauseStructure.punctuated(s, aux.to() - 1, t.from())
                    && !ClauseStructure.boundaryBetween(s, aux.to(), t.from())
                    && s.triggers().stream().noneMatch(o -> o.from() >= aux.to() && o.from() < t.from())
                    && evenCommas(s, placeTo, aux.from())) {
                return Math.min(words, subjectWords(s, places, placeTo, aux.from()));
            }
        }
        return words;
    }

    /**
     * True when the commas from token {@code from} to token {@code to} pair up, closing what they open
     * ("Bachmut selbst, gut zehn Kilometer südwestlich, wurde"): no clause of its own starts between.
     */
    private static boolean evenCommas(SentenceView s, int from, int to) {
        int commas = 0;
        for (int i = from; i <= to; i++) {
            commas += ClauseStructure.commaBefore(s, i) ? 1 : 0;
        }
        return commas % 2 == 0;
    }

    /**
     * True when the place at token {@code from} stands in an apposition of an earlier place that
     * closes before the trigger ("Yampil, a village near Lyman, was recaptured": Yampil's, not Lyman's).
     */
    private static boolean inApposition(SentenceView s, List<Integer> places, int from, int triggerFrom) {
        for (int p : places) {
            if (p >= from) {
                continue;
            }
            for (int end = p + 1; end <= Math.min(from, p + 4); end++) {
                if (ClauseStructure.commaBefore(s, end) && nameWords(s, p, end)) {
                    int after = afterApposition(s, places, end, triggerFrom);
                    if (after > from) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * True when the place at token {@code from} stands in an aside (an apposition or a relative clause naming no
     * trigger, {@link #afterApposition}) of an anaphor opening the sentence, closed before the trigger: the anaphor is
     * the subject ("La localidad, clave en la unión de los frentes de Donetsk y Zaporiyia, es bombardeada", "La ville,
     * sur l'Oskil, est bombardée": the town the anaphor stands for, not Zaporizhzhia or the Oskil).
     */
    private static boolean inAsideOfAnaphor(SentenceView s, List<Integer> places, int from, int triggerFrom) {
        CueHit anaphor = s.rules().list("anaphora").startingAt(s.tokens(), s.from(), from);
        return anaphor != null && ClauseStructure.commaBefore(s, anaphor.to())
                && afterApposition(s, places, anaphor.to(), triggerFrom) > from;
    }

    /**
     * True when the place ends a relative clause of an earlier place that a comma closes right after it, before the
     * trigger: the earlier place is the subject of the main clause ("Іванівське, звідки ворог атакує Часів Яр,
     * перебуває під контролем росіян": Іванівське is held, not Часів Яр).
     */
    private static boolean inRelativeOfEarlier(SentenceView s, List<Integer> places, int from, int to, int triggerFrom) {
        if (to >= triggerFrom || !ClauseStructure.commaBefore(s, to)) {
            return false;
        }
        for (int p : places) {
            if (p >= from) {
                continue;
            }
            for (int end = p + 1; end <= Math.min(from, p + 4); end++) {
                if (ClauseStructure.commaBefore(s, end) && nameWords(s, p, end)) {
                    if (ClauseStructure.relativeClauseAt(s, end, from) && !ClauseStructure.punctuated(s, end, from - 1)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * True when the trigger is a participle used as an adjective of the noun after it ("звільнене
     * місто", "the liberated city"): that noun is what it says was taken, not a place before it. Also a participle
     * right after a distance or bearing cue ({@code distance_before}: "на захід від окупованого в травні Бахмута"),
     * with a name after it ({@link #nameAfter}): it describes the place the cue measures from, not the one the
     * phrase locates.
     */
    private static boolean attributive(SentenceView s, CueHit t) {
        return t.to() < s.to() && s.rules().list("anaphora").startingAt(s.tokens(), t.to(), s.to()) != null
                || t.from() > s.from() && s.rules().list("distance_before")
                        .endingAt(s.tokens(), Math.max(s.from(), t.from() - DISTANCE_CUE_WORDS), t.from()) != null
                        && nameAfter(s, t);
    }

    /**
     * True when a capitalised word follows the trigger within {@value #DISTANCE_CUE_WORDS} words with no punctuation,
     * in a language whose participles stand before their noun in a prepositional phrase ({@code fronted_objects}:
     * "від окупованого в травні Бахмута"; German "südlich von X zurückerobert" closes its clause instead).
     */
    private static boolean nameAfter(SentenceView s, CueHit t) {
        if (!s.rules().frontedObjects()) {
            return false;
        }
        for (int i = t.to(); i < Math.min(s.to(), t.to() + DISTANCE_CUE_WORDS + 1) && !ClauseStructure.punctuated(s, i - 1, i); i++) {
            if (s.tokens().get(i).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the place follows a withdrawal after a preposition of destination ("retreated to
     * X", "відступив до X"): the side went there, it did not leave it.
     */
    private static boolean destination(SentenceView s, CueHit t, int placeFrom) {
        CueHit to = t.to() <= placeFrom ? s.rules().list("withdrawal_destinations").startingAt(s.tokens(), t.to(), placeFrom) : null;
        if (to == null || partOfPlace(s, to.to(), placeFrom)) {
            return false;
        }
        CueHit bearing = s.rules().list("distance_before").endingAt(s.tokens(), to.to(), placeFrom);
        return bearing == null || !destinationBeyond(s, t, bearing);
    }

    /** Words from a withdrawal's destination preposition to a bearing before the place ("to new positions south of"). */
    static final int DESTINATION_BEYOND = 4;

    /**
     * True when withdrawal {@code w} goes to a destination beyond the place after {@code bearing} ("fell back to
     * positions south of X", "se sont repliés sur de nouvelles positions au sud de X"): the side left the place. The
     * bearing is a {@code distance_before} cue flagged {@code bearing}, starting within {@value #DESTINATION_BEYOND}
     * words of a destination preposition right after the withdrawal.
     */
    static boolean destinationBeyond(SentenceView s, CueHit w, CueHit bearing) {
        if (!w.cue().label().equals("withdrew") || !bearing.cue().has("bearing") || w.to() > bearing.from()) {
            return false;
        }
        CueHit to = s.rules().list("withdrawal_destinations").startingAt(s.tokens(), w.to(), bearing.from());
        return to != null && bearing.from() - to.to() <= DESTINATION_BEYOND;
    }

    /**
     * True when the place names what the subject of a withdrawal right after it defended ("the defenders of X have
     * pulled back", "los defensores de X se han replegado", "Защитники X отошли"): a word of the {@code defenders}
     * list, a genitive marker or none (the Slavic genitive), the place, then the withdrawal within
     * {@value #NEAR_SUBJECT} words in the same clause. The place is the one left; before a fight, the one held
     * ("the defenders of X repelled six assaults", "Оборонці X відбили п'ять штурмів").
     */
    private static boolean defendersOf(SentenceView s, CueHit t, int from, int to) {
        boolean leaves = t.cue().label().equals("withdrew") && !t.cue().has("patient") && !t.cue().has("expel");
        if (!leaves && !t.cue().label().equals("fighting") || to > t.from()
                || t.from() - to > NEAR_SUBJECT || !ClauseStructure.sameClause(s, to - 1, t.from())) {
            return false;
        }
        return ClauseStructure.defendersNamedBefore(s, from);
    }

    /** Words from a withdrawal's destination preposition to the part of a town it names ("to the northern outskirts of"). */
    static final int DESTINATION_PART = 3;

    /**
     * True when a part of the place after it opens the destination of a withdrawal ("pulled back to the northern
     * outskirts of X", "s'est repliée sur les faubourgs nord de X"): the side left the town itself, and the part
     * is no advance of its own. A word of the {@code partial} list or an advance cue ("outskirts of") within
     * {@value #DESTINATION_PART} words of the preposition's end {@code from}, before the place at {@code placeFrom}.
     */
    static boolean partOfPlace(SentenceView s, int from, int placeFrom) {
        int end = Math.min(placeFrom, from + DESTINATION_PART + 1);
        return !s.rules().list("partial").find(s.tokens(), from, end).isEmpty()
                || s.triggers().stream().anyMatch(o -> o.cue().label().equals("advancing") && o.from() >= from && o.from() < end);
    }

    /**
     * True when advance cue {@code t} names the part of a town a withdrawal went to ("pulled back to the northern
     * outskirts of X"): no advance. Also before a withdrawal closing its clause, with a destination preposition
     * at most {@value #DESTINATION_PART} words before the cue ("haben sich an den Stadtrand von X zurückgezogen").
     */
    private static boolean withdrawalsDestination(SentenceView s, CueHit t) {
        Lexicon destinations = s.rules().list("withdrawal_destinations");
        for (CueHit w : s.triggers().stream().filter(w -> w.cue().label().equals("withdrew")).toList()) {
            if (w.to() <= t.from()) {
                CueHit to = destinations.startingAt(s.tokens(), w.to(), t.from() + 1);
                if (to != null && t.from() >= to.to() && t.from() - to.to() <= DESTINATION_PART) {
                    return true;
                }
            } else if (w.cue().has("place-before") && w.from() >= t.to() && w.from() - t.to() <= FINAL_WITHDRAWAL
                    && ClauseStructure.sameClause(s, t.from(), w.from())
                    && !destinations.find(s.tokens(), Math.max(s.from(), t.from() - DESTINATION_PART), t.from()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Words from an advance cue to a withdrawal closing its clause ("an den Stadtrand von X zurückgezogen"). */
    static final int FINAL_WITHDRAWAL = 4;

    /** True when a direction or distance cue ends right before token {@code at} ("rücken in Richtung X vor"). */
    private static boolean aimedAt(SentenceView s, int from, int at) {
        return s.rules().list("direction_before").endingAt(s.tokens(), from, at) != null
                || s.rules().list("distance_before").endingAt(s.tokens(), from, at) != null;
    }

    /**
     * True when an "outskirts" cue only tells where a fight of its clause takes place ("fighting
     * continues on the outskirts of X", "на околицях X точаться бої"), what a withdrawal left
     * ("pushed back from the outskirts of X") or what a strike hit ("обстріляла околиці X"): the fight,
     * withdrawal or strike is the claim, not an advance.
     */
    static boolean sceneOfFight(SentenceView s, CueHit t) {
        if (!t.cue().has("outskirts")) {
            return false;
        }
        for (CueHit w : s.triggers()) {
            int reach = w.cue().label().equals("shelled") ? HIT_REACH : LEFT_REACH;
            if ((w.cue().label().equals("withdrew") || w.cue().label().equals("shelled"))
                    && w.to() <= t.from() && t.from() - w.to() <= reach && ClauseStructure.sameClause(s, w.to() - 1, t.from())) {
                // "pushed back from the outskirts of X", "shelled the outskirts of X": the withdrawal's or strike's object
                return true;
            }
        }
        return foughtAt(s, t) != null;
    }

    /**
     * True when the "outskirts" cue opens, at most {@value #APPOSED_WORDS} words after a comma, a locative apposed to
     * the clause from token {@code first} ("los combates continúan en torno a la central, a las afueras de X").
     */
    private static boolean apposedLocative(SentenceView s, int first, CueHit t) {
        for (int i = t.from(); i > first && t.from() - i <= APPOSED_WORDS; i--) {
            if (ClauseStructure.commaBefore(s, i)) {
                return !ClauseStructure.punctuated(s, i, t.from()) && ClauseStructure.sameClause(s, first, i - 1);
            }
        }
        return false;
    }

    /** Words between an apposition's comma and the "outskirts" cue it opens ("a las", "on the"). */
    private static final int APPOSED_WORDS = 2;

    /**
     * The fight of its clause that an "outskirts" cue locates ("Des combats étaient signalés dans l'après-midi aux
     * abords de X", "штурмують позиції ... на західній околиці X"), within {@value #FIGHT_REACH} words, or null.
     */
    private static CueHit foughtAt(SentenceView s, CueHit t) {
        for (CueHit f : s.triggers()) {
            int first = Math.min(f.to(), t.to()) - 1;
            int last = Math.max(f.from(), t.from());
            if (f != t && f.cue().label().equals("fighting")
                    && Math.abs(f.from() - t.from()) - ClauseStructure.asideWords(s, first, last) <= FIGHT_REACH
                    && (ClauseStructure.sameClause(s, first, last) || f.to() <= t.from() && apposedLocative(s, first, t))) {
                return f;
            }
        }
        return null;
    }

    /**
     * True when an "outskirts" cue only locates the place right before it ("біля X та Y на південних
     * підступах до Z") or the place an apposition describes ("Avdíivka, ciudad
     * industrial a las afueras de Donetsk", "Avdiivka, an industrial suburb on the edge of Donetsk"): it
     * stands at most six words after a comma that follows a place, with no other trigger nor side word between
     * ("À Vovtchansk, les troupes russes tentent de percer aux abords de la ville" is a clause).
     */
    private static boolean locatesApposition(SentenceView s, List<Integer> places, CueHit t) {
        if (!t.cue().has("outskirts")) {
            return false;
        }
        if (t.from() > s.from() && !ClauseStructure.punctuated(s, t.from() - 1, t.from())
                && places.stream().anyMatch(p -> p < t.from() && t.from() - p <= 5 && placeEndsAt(s, p, t.from()))) {
            return true; // "біля X та Y на південних підступах до Z": the approaches locate X and Y
        }
        for (int comma = t.from(); comma > s.from() && comma >= t.from() - APPOSITION_WORDS - 2; comma--) {
            if (ClauseStructure.commaBefore(s, comma)) {
                int open = comma;
                boolean afterPlace = afterPlaceComma(s, places, open);
                boolean plain = s.triggers().stream().noneMatch(o -> o != t && o.from() >= open && o.from() < t.from())
                        && s.actors().stream().noneMatch(a -> a.from() >= open && a.from() < t.from());
                return afterPlace && plain;
            }
            if (ClauseStructure.punctuated(s, comma - 1, comma)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the name starting at token {@code p} (its capitalised words) is followed by nothing but gap words
     * ("on the") up to token {@code at}, with no punctuation.
     */
    private static boolean placeEndsAt(SentenceView s, int p, int at) {
        int end = p;
        while (end < at && nameWord(s, end)) {
            end++;
        }
        return end > p && !ClauseStructure.punctuated(s, p, at) && (end == at || gapWordsOnly(s, end, at));
    }

    /** True when the comma before token {@code comma} follows a place's name of at most four words. */
    private static boolean afterPlaceComma(SentenceView s, List<Integer> places, int comma) {
        return places.stream().anyMatch(p -> p < comma && comma - p <= 4 && nameWords(s, p, comma));
    }

    /** True when tokens {@code [from, to)} are the words of one name: capitalised, or joined to the word before. */
    private static boolean nameWords(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!nameWord(s, i)) {
                return false;
            }
        }
        return !ClauseStructure.punctuated(s, from, to - 1);
    }

    private static boolean nameWord(SentenceView s, int i) {
        return s.tokens().get(i).capitalised() || s.tokens().get(i).joinedBefore();
    }

    /**
     * True when the place opens its sentence, a reported clause ("что у X отражены атаки") or a clause
     * after a clause opener ("а у X продолжаются бои", "mientras más al oeste, cerca de X, ..."), in a
     * locative phrase ("In Bakhmut, fighting continues", "У Соледарі тривають бої"): it is the scene
     * of the claim that follows. Not for a
     * capital that names a government ("В Киеве связывают отступление с ...": in Kyiv, officials ...).
     */
    static boolean frontedLocative(SentenceView s, int from) {
        if (s.actors().stream().anyMatch(a -> a.from() <= from && from < a.to())) {
            return false;
        }
        int start = afterOpeningAdverb(s, from); // "Водночас біля X тривають бої", "Auch um X toben Gefechte"
        CueHit locative = s.rules().list("locative_before").startingAt(s.tokens(), start, from);
        for (int i = start + 1; locative == null && i <= Math.min(from - 1, start + OPENING_WORDS); i++) {
            if (ClauseStructure.commaBefore(s, i)) {
                // "Plus au sud, à Marïnka, les combats durent": after a short opening adverbial
                locative = s.rules().list("locative_before").startingAt(s.tokens(), i, from);
                break;
            }
        }
        if (locative != null && reaches(s, locative.to(), from)) {
            return true;
        }
        for (int i = from - 1; i > s.from() && i >= from - OPENING_WORDS; i--) {
            // "сообщили, что у X отражены атаки", "...: у X тривають бої": a locative opening a reported clause
            CueHit opens = s.rules().list("locative_before").startingAt(s.tokens(), i, from);
            if (opens != null && (s.text().substring(s.tokens().get(i - 1).end(), s.tokens().get(i).start()).contains(":")
                    || s.rules().list("complementizers").endingAt(s.tokens(), i - 1, i) != null
                    || afterTimeAdverbial(s, i))) {
                return reaches(s, opens.to(), from);
            }
            if (opens != null && reaches(s, opens.to(), from) && opensClause(s, i)) {
                return true; // "mientras más al oeste, cerca de X, los defensores rechazaron cuatro asaltos"
            }
        }
        return false;
    }

    /**
     * True when token {@code i} follows a complementizer and an adverbial of time ({@code time_adverbials}, at most
     * {@value #TIME_ADVERBIAL_WORDS} words, no punctuation: "сообщили, что за сутки у X отражены атаки", "dicen que
     * durante la noche en X"): the locative still opens the reported clause.
     */
    private static boolean afterTimeAdverbial(SentenceView s, int i) {
        Lexicon times = s.rules().list("time_adverbials");
        for (int j = i - 1; j > s.from() && j >= i - TIME_ADVERBIAL_WORDS; j--) {
            CueHit time = times.startingAt(s.tokens(), j, i);
            if (time != null && time.to() == i && !ClauseStructure.punctuated(s, j - 1, i - 1)
                    && s.rules().list("complementizers").endingAt(s.tokens(), j - 1, j) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code i} opens a clause after a clause opener ("while", "mientras"): right
     * after it, or after a comma closing a short adverbial that follows it ("mientras más al oeste, ...").
     */
    private static boolean opensClause(SentenceView s, int i) {
        if (ClauseStructure.openerEndingAt(s, i)) {
            return true;
        }
        if (!ClauseStructure.commaBefore(s, i)) {
            return false;
        }
        for (int j = i - 1; j > s.from() && j >= i - OPENING_WORDS; j--) {
            if (ClauseStructure.openerEndingAt(s, j)) {
                return true;
            }
            if (ClauseStructure.punctuated(s, j - 1, j)) {
                return false;
            }
        }
        return false;
    }

    /** True when token {@code at} is the place's first, or but for one or two gap words ("У сусідньому Гостомелі"). */
    private static boolean reaches(SentenceView s, int at, int from) {
        for (int i = 0; at < from && i < 2; i++) {
            CueHit gap = s.rules().list("name_gap_words").startingAt(s.tokens(), at, from);
            at = gap == null ? at : gap.to();
        }
        return at == from;
    }

    /**
     * True when the place opens its sentence ({@link #opensSentence}) as the object of a trigger that follows it within
     * {@value #FRONTED_REACH} words with no punctuation between, in a language whose case endings
     * allow it ({@link LanguageRules#frontedObjects()}: "Запоріжжя вночі атакували ударні дрони"), or whose verb an
     * object pronoun doubling it stands before ({@link Anaphora#doubling}: "A Vugledar la tomaron los rusos").
     */
    private static boolean frontedObject(SentenceView s, List<Integer> places, int from, int to, CueHit t) {
        // "A Klishchiivka la recuperaron los ucranianos": an object pronoun before the verb doubles a fronted object,
        // which may follow the object marker (list object_markers) opening the sentence
        boolean doubled = Anaphora.doubling(s, t);
        CueHit marker = doubled ? s.rules().list("object_markers").endingAt(s.tokens(), Math.max(s.from(), from - 1), from) : null;
        int start = marker != null ? marker.from() : from;
        // "Расположенное севернее Селидово российские войска заняли": the head of an opening participle opens it too
        if (!s.rules().frontedObjects() && !doubled
                || !opensSentence(s, start) && !MentionRoles.headOfOpeningParticiple(s, from, to)
                || to > t.from()) {
            return false;
        }
        // "Торецьк, розташований південніше, росіяни окупували ще взимку": over an aside of the place; "Балаклію
        // та Ізюм українська армія звільнила": over the rest of the list it opens
        int after = afterApposition(s, places, afterList(s, places, to, t.from()), t.from());
        return words(s, after, t.from()) <= FRONTED_REACH && !ClauseStructure.punctuated(s, after == to ? to - 1 : after, t.from());
    }

    /**
     * The token after the list that the place ending at {@code placeTo} opens ("Балаклію та Ізюм", "Балаклію, Ізюм і
     * Куп'янськ"): members joined by a comma or a conjunction, each a place of {@code places} with its capitalised
     * words; {@code placeTo} when no list follows.
     */
    private static int afterList(SentenceView s, List<Integer> places, int placeTo, int limit) {
        int end = placeTo;
        while (end < limit) {
            CueHit and = s.rules().list("conjunctions").startingAt(s.tokens(), end, limit);
            int next = and != null ? and.to() : ClauseStructure.commaBefore(s, end) ? end : -1;
            if (next < 0 || next >= limit || !places.contains(next)) {
                return end;
            }
            end = next + 1;
            while (end < limit && s.tokens().get(end).capitalised() && !ClauseStructure.punctuated(s, end - 1, end)) {
                end++;
            }
        }
        return end;
    }

    /**
     * True when the place opens its sentence, but for a discourse adverb and one or two gap words
     * before it ("Сусідню Красногорівку окупанти атакують", "А саму X ...").
     */
    private static boolean opensSentence(SentenceView s, int from) {
        return reaches(s, afterOpeningAdverb(s, from), from) || reaches(s, afterOpeningAside(s, from), from);
    }

    /**
     * The token after a colon or a one-word aside opening the sentence before {@code limit} ("тиск не
     * слабшає: Очеретине росіяни захопили ще у травні", "Нагадаємо, Селидове окупанти захопили"), or after a
     * complementizer or a one-word clause opener after a comma ("..., а Мирноград удерживают ВСУ"), or after
     * a short reporting phrase opening the sentence ("По словам Пушилина, Торецк ..."), else the sentence's first.
     */
    private static int afterOpeningAside(SentenceView s, int limit) {
        if (limit > s.from() && ClauseStructure.commaBefore(s, s.from() + 1)
                && s.triggers().stream().noneMatch(t -> t.from() == s.from())) {
            return s.from() + 1;
        }
        boolean name = limit < s.to() && s.tokens().get(limit).capitalised();
        for (int i = limit; i > s.from(); i--) {
            if (ClauseStructure.colonBetween(s, i - 1, i)) {
                return i;
            }
            // "Губернатор повідомив, що Балаклію ЗСУ звільнили": a reported clause opens after its complementizer;
            // "бои продолжаются, а соседний Мирноград удерживают ВСУ": so does a clause a one-word opener joins, for
            // a name (not "..., а до міста так і не наблизилися")
            if (i - 1 > s.from() && ClauseStructure.commaBefore(s, i - 1)
                    && (s.rules().list("complementizers").startingAt(s.tokens(), i - 1, i) != null
                        || name && s.rules().list("clause_openers").startingAt(s.tokens(), i - 1, i) != null)) {
                return i;
            }
            // "По словам Пушилина, Торецк удерживают ВСУ": so does the clause after a reporting phrase opening the
            // sentence, for a name or an anaphor ("За даними Генштабу, місто контролюють українські сили")
            final int comma = i;
            if (ClauseStructure.commaBefore(s, i) && i - s.from() <= OPENING_REPORT_WORDS
                    && (name || s.rules().list("anaphora").startingAt(s.tokens(), i, s.to()) != null)
                    && !ClauseStructure.punctuated(s, s.from(), i - 1)
                    && !s.rules().list("attribution").find(s.tokens(), s.from(), i).isEmpty()
                    && s.triggers().stream().noneMatch(t -> t.from() < comma)) {
                return i;
            }
        }
        return s.from();
    }

    /** The token after a discourse adverb opening the sentence without a comma ("Водночас", "Auch"), else its first. */
    private static int afterOpeningAdverb(SentenceView s, int limit) {
        CueHit adverb = s.rules().list("opening_adverbs").startingAt(s.tokens(), s.from(), limit);
        return adverb != null && !ClauseStructure.commaBefore(s, adverb.to()) ? adverb.to() : s.from();
    }

    /**
     * True when a relative word of place follows the place and the trigger stands in that relative
     * clause, within {@value #RELATIVE_REACH} words ("near Vremivka, where fighting continues").
     */
    static boolean relativeOfPlace(SentenceView s, int placeTo, int triggerFrom) {
        CueHit where = s.rules().list("locative_relatives").startingAt(s.tokens(), placeTo, triggerFrom);
        return where != null && relativeWords(s, where.to(), triggerFrom) <= RELATIVE_REACH;
    }

    /**
     * True when the place ending at {@code placeTo} is the focus of a cleft: a {@code cleft_openers} cue
     * ("c'est", "c'est désormais", "es ahora") ends at most {@value #CLEFT_FOCUS_WORDS} words before it with
     * no punctuation between ("C'est désormais Kostiantynivka que l'armée russe cherche à prendre").
     */
    static boolean cleftFocus(SentenceView s, int placeTo) {
        int first = Math.max(s.from(), placeTo - CLEFT_FOCUS_WORDS - 1);
        return placeTo < s.to() && !ClauseStructure.punctuated(s, placeTo - 1, placeTo)
                && s.rules().list("cleft_openers").find(s.tokens(), first, placeTo).stream()
                .anyMatch(c -> c.to() < placeTo && c.to() >= placeTo - CLEFT_FOCUS_WORDS
                        && !ClauseStructure.punctuated(s, c.to() - 1, placeTo - 1));
    }

    /**
     * True when a relative pronoun follows the place and the trigger stands in that relative
     * clause, within {@value #RELATIVE_REACH} words ("Kupiansk, which Ukraine liberated in 2022",
     * "Бахмут, который российские войска заняли в мае"): the place is the trigger's object.
     */
    static boolean objectRelative(SentenceView s, int placeTo, int triggerFrom) {
        int located = placeTo < triggerFrom && !ClauseStructure.punctuated(s, placeTo - 1, placeTo)
                ? ClauseStructure.regionComplementEnd(s, placeTo, triggerFrom) : -1;
        if (located > 0) {
            placeTo = located; // "Кремінна в Луганській області, яку ...": the place's region before the comma
        }
        int closed = pastClosingVerb(s, placeTo, triggerFrom);
        if (closed != placeTo) {
            // "gibt Isjum auf, das ...": the pronoun right after the comma, no apposition between; the verb closes the
            // relative after its adverbials ("das seine Truppen im April nach wochenlangen Kämpfen eingenommen hatten")
            CueHit which = s.rules().list("object_relatives").startingAt(s.tokens(), closed, triggerFrom);
            return which != null && relativeWords(s, which.to(), triggerFrom) <= VERB_FINAL_REACH;
        }
        if (cleftFocus(s, placeTo)) {
            // "C'est désormais X que l'armée russe cherche à prendre": the focus of a cleft is the relative's object
            CueHit which = s.rules().list("object_relatives").startingAt(s.tokens(), placeTo, triggerFrom);
            return which != null && relativeWords(s, which.to(), triggerFrom) <= RELATIVE_REACH;
        }
        CueHit copula = placeTo < triggerFrom && !ClauseStructure.punctuated(s, placeTo - 1, placeTo)
                ? s.rules().list("copulas").startingAt(s.tokens(), placeTo, triggerFrom) : null;
        if (copula != null) {
            placeTo = copula.to(); // "Kherson was the only regional capital Russia had captured": the predicate as an apposition
        } else if (placeTo >= triggerFrom || !ClauseStructure.punctuated(s, placeTo - 1, placeTo)) {
            return false;
        }
        CueHit which = s.rules().list("object_relatives").startingAt(s.tokens(), placeTo, triggerFrom);
        int limit = Math.min(triggerFrom, placeTo + APPOSITION_WORDS + 1);
        int headEnd = appositionHeadEnd(s, placeTo, limit);
        if (headEnd > 0) {
            // "Ruska Lozova, a village on the northern edge of Kharkiv that Russian troops occupied": a locating
            // phrase of its own length after the head noun
            limit = Math.min(triggerFrom, Math.max(limit, headEnd + LOCATING_PHRASE_WORDS + 1));
        }
        for (int i = placeTo + 1; which == null && i < limit; i++) {
            // "Sudzha, la principal localidad que las fuerzas ucranianas controlaban", "Суджи — крупнейшего
            // населённого пункта, который ...": a short apposition before the relative
            int head = i;
            int region = ClauseStructure.regionComplementEnd(s, i, triggerFrom);
            region = region > 0 ? region : bearingComplementEnd(s, i, triggerFrom);
            if (region > 0) {
                // "Sudzha, la mayor localidad de la región de Kursk que ...", "Malaya Loknya, a village north of
                // Sudzha that Ukrainian troops seized": the region's or the bearing's words do not count
                limit = Math.min(triggerFrom, limit + region - i);
                i = region;
            }
            boolean commaHere = ClauseStructure.commaBefore(s, i);
            CueHit at = s.rules().list("object_relatives").startingAt(s.tokens(), i, triggerFrom);
            if (at == null && !commaHere) {
                // "Kupiansk, a town in Kharkiv region that Ukraine recaptured": the head noun before the region
                at = relativeAfterHead(s, headEnd > 0 ? headEnd : head, i, triggerFrom);
            }
            if (at != null && commaHere && bearingComplementEnd(s, placeTo, triggerFrom) == i) {
                break; // "Novoprokopivka, south of Robotyne, which Ukraine liberated": the relative tells of Robotyne
            }
            if (at != null && (commaHere || !ClauseStructure.punctuated(s, i - 1, i))) {
                which = at;
            } else if (commaHere) {
                break;
            }
        }
        return which != null && relativeWords(s, which.to(), triggerFrom) <= RELATIVE_REACH;
    }

    /** Words of a relative clause before its verb when the relative follows a clause closed by its verb. */
    private static final int VERB_FINAL_REACH = 8;

    /**
     * True when punctuation parts a trigger from the place at {@code [from, placeTo)} after it, and that place has a trigger
     * of its own after it in its clause, in a language whose verbs close their clauses
     * ({@link LanguageRules#capitalisedNouns()}: German): "in Tjotkino eingedrungen, um Kosinka werde gekämpft", "Gelingt
     * der Vorstoß von Norden, könnte Selydowe eingekesselt werden" tell nothing of an entry into Kosinka or an advance
     * on Selydowe ("angegriffen, ebenso wie die Kleinstädte X und Y" tells of X and Y).
     */
    private static boolean closesClauseBefore(SentenceView s, CueHit t, int from, int placeTo) {
        return s.rules().capitalisedNouns() && t.to() <= from && ClauseStructure.punctuated(s, t.to() - 1, from)
                && predicatesAfter(s, placeTo, Integer.MAX_VALUE).findAny().isPresent();
    }

    /** Words of a main clause's trigger that may close its clause after the place, before a relative ({@link #pastClosingVerb}). */
    private static final int CLOSING_VERB_WORDS = 2;

    /**
     * The end of the main clause's trigger that closes its clause right after the place, when a comma follows it
     * ("sind in Kupjansk eingedrungen, das die Ukraine 2022 befreit hatte", "gibt Isjum auf, das ..."): a relative
     * after it tells of the place as one right after the place does; else {@code placeTo}.
     */
    static int pastClosingVerb(SentenceView s, int placeTo, int triggerFrom) {
        if (placeTo >= triggerFrom || ClauseStructure.punctuated(s, placeTo - 1, placeTo)) {
            return placeTo;
        }
        for (CueHit t : s.triggers()) {
            if (t.to() > placeTo && t.to() - placeTo <= CLOSING_VERB_WORDS && t.to() < triggerFrom
                    && !ClauseStructure.punctuated(s, placeTo - 1, t.to() - 1) && ClauseStructure.commaBefore(s, t.to())) {
                return t.to();
            }
        }
        return placeTo;
    }

    /**
     * The token after the head noun ({@code relative_heads}) of a place's apposition, among its first
     * {@value #APPOSITION_HEAD_WORDS} words with no punctuation before it ("Krynky, a village on the left bank": the
     * token after "village"), or -1.
     */
    private static int appositionHeadEnd(SentenceView s, int placeTo, int limit) {
        for (int k = placeTo + 1; k <= Math.min(limit, placeTo + APPOSITION_HEAD_WORDS); k++) {
            if (ClauseStructure.punctuated(s, placeTo, k - 1)) {
                return -1;
            }
            if (ClauseStructure.relativeHeadBefore(s, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Words of a place's name after a distance or bearing phrase in an apposition ({@link #bearingComplementEnd}). */
    private static final int BEARING_NAME = 3;

    /**
     * The end of a bearing or distance phrase with its place starting at token {@code i} ("north of Sudzha",
     * "20 km from Kharkiv" past its number: a {@code distance_before} or {@code direction_before} cue, then
     * capitalised words), before {@code limit}; -1 when none starts there.
     */
    static int bearingComplementEnd(SentenceView s, int i, int limit) {
        CueHit cue = s.rules().list("distance_before").startingAt(s.tokens(), i, limit);
        cue = cue != null ? cue : s.rules().list("direction_before").startingAt(s.tokens(), i, limit);
        if (cue == null) {
            return -1;
        }
        int end = cue.to();
        while (end < limit && end - cue.to() < BEARING_NAME && s.tokens().get(end).capitalised()
                && !ClauseStructure.punctuated(s, end - 1, end)) {
            end++;
        }
        return end > cue.to() ? end : -1;
    }

    /**
     * True when a relative pronoun opens a clause right after the place's comma and the trigger, one that may
     * follow its place (a passive, a state), stands in it within {@value #RELATIVE_REACH} words: the place is
     * what the trigger tells of ("Balakliia, which had been occupied since March", "Балаклію, яка перебувала
     * під окупацією", "befreiten Cherson, das seit März besetzt war").
     */
    private static boolean subjectRelative(SentenceView s, int placeTo, int triggerFrom) {
        int region = placeTo < triggerFrom ? ClauseStructure.regionComplementEnd(s, placeTo, triggerFrom) : -1;
        if (region > 0) {
            placeTo = region; // "X на Харківщині, яка ...": the place's region before the comma
        }
        placeTo = pastClosingVerb(s, placeTo, triggerFrom);
        if (placeTo >= triggerFrom || !ClauseStructure.commaBefore(s, placeTo)) {
            return false;
        }
        CueHit which = s.rules().list("relative_openers").startingAt(s.tokens(), placeTo, triggerFrom);
        return which != null && s.rules().list("locative_relatives").startingAt(s.tokens(), placeTo, triggerFrom) == null
                && relativeWords(s, which.to(), triggerFrom) <= RELATIVE_REACH;
    }

    /**
     * Words of a relative clause from its pronoun to its verb, a reporting phrase inside it not counted: in
     * "Chasiv Yar, which Russia's defence ministry said it had captured" the verb is two words after "said".
     */
    private static int relativeWords(SentenceView s, int from, int triggerFrom) {
        List<CueHit> reports = s.rules().list("attribution").find(s.tokens(), from, triggerFrom);
        CueHit report = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        if (report == null || report.from() - from > RELATIVE_REACH) {
            return triggerFrom - from;
        }
        return triggerFrom - report.to();
    }

    /**
     * True when the trigger tells of the place in a clause of its own after it: an object relative
     * ({@link #objectRelative}), a passive or state in a relative whose subject the place is
     * ({@link #subjectRelative}), or a participle with its agent closing a short apposition of the place
     * ("Jersón, la única capital regional conquistada por Moscú", "Kherson, the only regional capital
     * captured by Russia"; {@link ClauseStructure#reducedRelative} bounds the apposition's head).
     */
    static boolean objectClause(SentenceView s, int placeTo, CueHit t) {
        return objectRelative(s, placeTo, t.from())
                || (t.cue().has("place-before") || ClauseStructure.passive(s, t)) && subjectRelative(s, placeTo, t.from())
                || ClauseStructure.commaBefore(s, placeTo) && t.from() >= placeTo
                && !ClauseStructure.punctuated(s, placeTo, t.from()) && ClauseStructure.reducedRelative(s, t);
    }

    /**
     * The start of a relative clause that English opens without "which" after the head noun of an
     * apposition ({@code relative_heads}): "that" or, with no pronoun at all, a side word as the
     * clause's subject ("Sudzha, the largest town Ukraine seized", "a town that Russian forces had
     * occupied"), also after a region phrase locating the head ("a town in Kharkiv region that Ukraine
     * recaptured": the head before a token from {@code head} to the region's end {@code i}). Null when no such
     * head stands there or the word at {@code i} opens no such clause.
     */
    private static CueHit relativeAfterHead(SentenceView s, int head, int i, int limit) {
        int k = head;
        while (k < i && !ClauseStructure.relativeHeadBefore(s, k)) {
            k++;
        }
        if (!ClauseStructure.relativeHeadBefore(s, k) || k < i && ClauseStructure.punctuated(s, k - 1, i)) {
            return null;
        }
        CueHit that = s.rules().list("complementizers").startingAt(s.tokens(), i, limit);
        if (k < i) {
            // after a region phrase, only "that" with a side word as its subject ("a town in Donetsk region that
            // Russia captured", not "that has seen fighting"); a side word alone there may own the region
            return that != null && s.actors().stream().anyMatch(a -> a.from() == that.to()) ? that : null;
        }
        if (that != null) {
            return that;
        }
        for (CueHit a : s.actors()) {
            if (a.from() == i) {
                return new CueHit(a.cue(), i, i);
            }
        }
        return null;
    }

    /**
     * True when the trigger stands in an object relative clause opened after a comma ("X, який окупанти
     * тримали в напівоточенні, знову має сполучення з Y") and a comma closes that clause before the
     * place at {@code placeFrom}: the place belongs to the main clause, not to the relative's trigger.
     */
    private static boolean leavesRelative(SentenceView s, CueHit t, int placeFrom) {
        return ClauseStructure.closedObjectRelative(s, t.from(), t.to(), placeFrom, RELATIVE_REACH);
    }

    /**
     * True when a trigger of narrow scope ({@code scope=0}) has a word of its own clause right after it:
     * that word opens its object, so a relative of place is only its scene ("Vuhledar, where Russia lost
     * dozens of tanks": no loss of Vuhledar).
     */
    private static boolean ownObject(SentenceView s, CueHit t) {
        return t.cue().scopeOr(MAX_AFTER) == 0 && t.to() < s.to() && !ClauseStructure.punctuated(s, t.to() - 1, t.to());
    }

    /**
     * True when an active strike that may take its place before it has a place of its own right after it, its object:
     * "Донецьк, з якого окупанти щодня обстрілювали Авдіївку" names where the fire came from, not a target.
     */
    private static boolean activeWithObject(SentenceView s, CueHit t, List<Integer> places) {
        return t.cue().label().equals("shelled") && !ClauseStructure.passive(s, t) && places.contains(t.to());
    }

    /** True when a candidate place follows the trigger within its reach: the trigger has its own object. */
    private static boolean hasOwnPlace(SentenceView s, CueHit t, List<Integer> places) {
        for (int p : places) {
            if (p >= t.to() && p - t.to() <= t.cue().scopeOr(MAX_AFTER) && !leavesRelative(s, t, p)
                    && !ClauseStructure.boundaryBetween(s, t.to(), p)) { // "..., а Маріуполь — у травні": another clause's
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger may take a place before it: marked so in the rules, or passive, whose
     * subject is the place ("Kupiansk was retaken").
     */
    static boolean takesPlaceBefore(SentenceView s, CueHit t) {
        return t.cue().has("place-before") || ClauseStructure.passive(s, t);
    }

    /**
     * The link of a place that continues a list after an already linked one ("shelled Nikopol,
     * Marhanets, Chervonohryhorivka and Myrove", "в Марьинке и у Красногоровки"): only a comma, or
     * a conjunction and perhaps a preposition of place, stand between the two, so the place shares
     * the trigger however long the list; a region phrase after a place may stand in the gap ("у
     * Белогоровки в Луганской области и у Торского"). A place-before link continues only up to its
     * trigger ("У Клещеевки и Андреевки отражены атаки": both places are the scene).
     *
     * @param previous the link of the place just before
     */
    public Optional<TriggerLink> continueList(SentenceView s, TriggerLink previous, int from, int to) {
        int after = previous.placeTo();
        for (int i = after + 1; i < Math.min(from, after + REGION_WORDS); i++) {
            CueHit region = s.rules().list("region_after").startingAt(s.tokens(), i, from);
            if (region != null) {
                after = region.to(); // "у Белогоровки в Луганской области и у Торского"
                break;
            }
        }
        CueHit bearing = s.rules().list("bearing_after").startingAt(s.tokens(), after, from);
        if (bearing != null) {
            after = bearing.to(); // "attacking near Berdychi to the north-west and near Vodiane"
        }
        if (previous.placeBefore() && to > previous.trigger().from() || from < after) {
            return Optional.empty();
        }
        String gap = s.text().substring(s.tokens().get(previous.placeTo() - 1).end(), s.tokens().get(from).start());
        CueHit and = s.rules().list("conjunctions").startingAt(s.tokens(), after, from);
        CueHit andBearing = and == null ? null : s.rules().list("bearing_after").startingAt(s.tokens(), and.to(), from);
        int next = andBearing != null ? andBearing.to() : and == null ? after : and.to(); // "and from the south near Y"
        CueHit near = and == null ? null : s.rules().list("locative_before").startingAt(s.tokens(), next, from);
        int phrase = (andBearing == null ? 0 : andBearing.to() - andBearing.from())
                + (near != null && near.to() == from ? near.to() - near.from() - 1 : 0); // "y en torno a Y"
        boolean gapPhrase = and != null && from - next <= LIST_GAP_WORDS && gapWordsOnly(s, next, from);
        if (from - after - phrase > 3 && !gapPhrase) {
            return Optional.empty();
        }
        boolean conjunction = and != null && (and.to() == from || near != null && near.to() == from
                || gapWordsOnly(s, next, from));
        // "le contrôle d'Irpin, de Boutcha et de Hostomel": after the comma the place repeats its genitive marker
        int item = repeatsMarker(s, previous, after, from) ? after : from;
        // "Снигирёвку в Николаевской области, Берислав и Дудчаны": a comma after the region phrase goes on too
        String commaGap = after == previous.placeTo() && item == from ? gap
                : s.text().substring(s.tokens().get(after - 1).end(), s.tokens().get(item).start());
        boolean comma = item == after && commaGap.trim().equals(",");
        if (!conjunction && !comma || gap.contains("(") || gap.contains(";") || conjunction && ownPredicate(s, previous.trigger(), to)) {
            return Optional.empty();
        }
        return Optional.of(new TriggerLink(previous.trigger(), from, to, previous.distance(), previous.placeBefore()));
    }

    /**
     * The link of a place a conjunction adds, after a comma, to the object of a trigger before the place linked before it,
     * past an aside of that place closed by the comma, at most {@value #LIST_ASIDE_WORDS} words to the place, with no other place,
     * other punctuation or reporting verb ("sus tropas han recuperado Sudzha, la principal localidad que el Ejército
     * ucraniano ocupaba desde agosto, así como la cercana X"): the list goes on with the main clause's trigger, not with
     * the one the aside tells.
     */
    public Optional<TriggerLink> listAfterAside(SentenceView s, List<Integer> places, TriggerLink previous, int from, int to) {
        int placeTo = previous.placeTo();
        if (previous.placeBefore() || previous.trigger().to() > previous.placeFrom()
                || !ClauseStructure.commaBefore(s, placeTo) || from - placeTo > LIST_ASIDE_WORDS) {
            return Optional.empty();
        }
        for (int c = from - 1; c > placeTo + 1; c--) {
            if (!ClauseStructure.commaBefore(s, c)) {
                continue;
            }
            int close = c;
            CueHit and = s.rules().list("conjunctions").startingAt(s.tokens(), c, from);
            boolean listed = and != null && (and.to() == from
                    || from - and.to() <= LIST_GAP_WORDS && gapWordsOnly(s, and.to(), from));
            if (!listed || ClauseStructure.punctuated(s, placeTo, c - 1) || ClauseStructure.punctuated(s, c, from)
                    || places.stream().anyMatch(q -> q >= placeTo && q < close)
                    || !s.rules().list("attribution").find(s.tokens(), placeTo, c).isEmpty()
                    || ownPredicate(s, previous.trigger(), to)) {
                return Optional.empty();
            }
            return Optional.of(new TriggerLink(previous.trigger(), from, to, previous.distance(), false));
        }
        return Optional.empty();
    }

    /**
     * True when a genitive marker stands right before the listed place ({@code [after, from)}) as right before the
     * place linked before it: "la prise d'Irpin, de Boutcha", each place the complement of one noun.
     */
    private static boolean repeatsMarker(SentenceView s, TriggerLink previous, int after, int from) {
        Lexicon markers = s.rules().list("genitive_markers");
        CueHit marker = markers.startingAt(s.tokens(), after, from);
        int lowest = Math.max(s.from(), previous.placeFrom() - ClauseStructure.GENITIVE_MARKER_WORDS);
        return marker != null && marker.to() == from && markers.endingAt(s.tokens(), lowest, previous.placeFrom()) != null;
    }

    /**
     * The link of a place in a gapped clause after a linked one: a comma at most {@value #GAPPED_WORDS}
     * words after the link, a clause opener (none when the dash stands right before the place) and at
     * most as many words (a date) stand between them, a dash stands right before or after the place,
     * and the clause has no trigger of its own
     * ("Сєвєродонецьк росіяни захопили наприкінці червня, а Маріуполь — у травні"; "заняли Курахово, а
     * в конце октября — Селидово"; "на купянском — у Кондрашовки"): the verb left out is the previous clause's.
     */
    public Optional<TriggerLink> gappedClause(SentenceView s, TriggerLink previous, int from, int to) {
        int after = Math.max(previous.placeTo(), previous.trigger().to());
        int comma = after;
        while (comma < from && !ClauseStructure.commaBefore(s, comma)) {
            comma++;
        }
        CueHit opener = comma >= from || comma - after > GAPPED_WORDS ? null
                : s.rules().list("clause_openers").startingAt(s.tokens(), comma, from);
        // "в октябре пал Угледар, в начале января — Курахово": a dash right before the place may stand for the opener,
        // or before its preposition ("отразили штурмы у Торецка, на купянском — у Кондрашовки")
        boolean dashBefore = ClauseStructure.dashBetween(s, from - 1, from)
                || from - 2 >= s.from() && ClauseStructure.dashBetween(s, from - 2, from - 1)
                && s.rules().list("locative_before").startingAt(s.tokens(), from - 1, from) != null;
        int openerEnd = opener != null ? opener.to() : dashBefore && comma < from && comma - after <= GAPPED_WORDS ? comma : -1;
        if (openerEnd < 0 || from - openerEnd > GAPPED_WORDS) {
            return Optional.empty();
        }
        int end = to < s.to() ? to + 1 : to;
        boolean dash = dashBefore || ClauseStructure.dashBetween(s, to - 1, to);
        boolean ownTrigger = s.triggers().stream().anyMatch(t -> t.from() >= openerEnd && t.from() < clauseEnd(s, end));
        if (!dash || ownTrigger) {
            return Optional.empty();
        }
        return Optional.of(new TriggerLink(previous.trigger(), from, to, previous.distance(), previous.placeBefore()));
    }

    /** The token ending the clause that goes on at token {@code at}: the next comma, else the sentence's end. */
    private static int clauseEnd(SentenceView s, int at) {
        for (int i = at; i < s.to(); i++) {
            if (ClauseStructure.commaBefore(s, i)) {
                return i;
            }
        }
        return s.to();
    }

    /**
     * True when a conjunction right after the trigger (gap words at most between) opens the next clause, whose
     * subject is the place, told by a trigger of its own right after it ("Bei X wird gekämpft und Y wird beschossen"):
     * a clause-final participle takes no place after it.
     */
    private static boolean joinsNextClause(SentenceView s, CueHit t, int from) {
        CueHit and = s.rules().list("conjunctions").startingAt(s.tokens(), t.to(), from);
        if (and == null || and.to() != from && !gapWordsOnly(s, and.to(), from)) {
            return false;
        }
        int end = from;
        while (end < s.to() && s.tokens().get(end).capitalised()) {
            end++;
        }
        return predicatesAfter(s, end, PREDICATE_GAP).findAny().isPresent();
    }

    /**
     * The triggers that take their place before them and follow the name ending at token {@code name} within
     * {@code reach} words, no punctuation between: the name's own predicate ("Y wird weiter beschossen").
     */
    private static Stream<CueHit> predicatesAfter(SentenceView s, int name, int reach) {
        return s.triggers().stream().filter(u -> u.from() >= name && u.from() - name <= reach
                && takesPlaceBefore(s, u) && !ClauseStructure.punctuated(s, name - 1, u.from()));
    }

    /**
     * True when a trigger of another type than the list's, one that takes its place before it, follows the place within
     * {@value #PREDICATE_GAP} words, no punctuation between (not the clause-final participle of the list's own claim:
     * "Angriffe bei X und Y abgewehrt"): after a conjunction the place is the subject of the next clause, not the last item of the
     * list before it ("a attaqué le village de X, et la ville de Y a été visée par des tirs", "attacked X, and Y was
     * shelled").
     */
    private static boolean ownPredicate(SentenceView s, CueHit listed, int placeTo) {
        return predicatesAfter(s, placeTo, PREDICATE_GAP).anyMatch(u -> !u.cue().label().equals(listed.cue().label()));
    }

    /**
     * True when a conjunction that follows the trigger's own object stands right before the place, gap words at most
     * between ("attacked X, and Y was shelled", "a attaqué X, et la ville de Y").
     */
    private static boolean conjoinedAfterObject(SentenceView s, CueHit t, int from) {
        for (int k = from; k > t.to() + 1; k--) {
            CueHit and = s.rules().list("conjunctions").endingAt(s.tokens(), k - 1, k);
            if (and != null && and.from() > t.to() && (k == from || gapWordsOnly(s, k, from))) {
                return true;
            }
        }
        return false;
    }

    /** Words between a place and the predicate of its own clause ("Y wird weiter beschossen"). */
    static final int PREDICATE_GAP = 2;

    /**
     * True when tokens {@code [from, to)} are one or more {@code name_gap_words} ("и непосредственно в", "et
     * sur ce qui reste de", "and the village of").
     */
    private static boolean gapWordsOnly(SentenceView s, int from, int to) {
        int i = from;
        while (i < to) {
            CueHit gap = s.rules().list("name_gap_words").startingAt(s.tokens(), i, to);
            if (gap == null) {
                return false;
            }
            i = gap.to();
        }
        return to > from;
    }

    /** True when the word before token {@code at} is a conjunction or a comma separates them. */
    private static boolean coordinated(SentenceView s, int at) {
        if (at <= s.from()) {
            return false;
        }
        if (s.rules().list("conjunctions").endingAt(s.tokens(), Math.max(s.from(), at - 2), at) != null) {
            return true;
        }
        CueHit repeated = s.rules().list("locative_before").endingAt(s.tokens(), Math.max(s.from(), at - 2), at);
        if (repeated != null && repeated.from() > s.from()
                && s.rules().list("conjunctions").endingAt(s.tokens(), Math.max(s.from(), repeated.from() - 2), repeated.from()) != null) {
            return true; // "en Tiotkino, en la región de Kursk, y en Kozinka": the preposition repeated after the conjunction
        }
        int gapFrom = s.tokens().get(at - 1).end();
        return s.text().substring(gapFrom, s.tokens().get(at).start()).contains(",")
                && !s.text().substring(gapFrom, s.tokens().get(at).start()).contains("(");
    }

    private static boolean barrierBetween(List<Integer> barriers, int from, int to) {
        for (int b : barriers) {
            if (b >= from && b < to) {
                return true;
            }
        }
        return false;
    }

    /** Whose list a place after a list opener stands in. */
    private enum ListOwner { NONE, THIS, ANOTHER }

    /**
     * Whether the place at {@code from} stands in a list a {@code list_openers} word opens after a
     * comma, within {@value #LIST_REACH} words of trigger {@code t} (region complements not counted) and {@value #LIST_WORDS} words of the
     * place, with no clause opener or reporting verb between ("took control of several border
     * villages of the Kharkiv region, among them X and Y", "repelled 57 assaults in the Pokrovsk
     * sector, most of them near X, Y and Z"), and whose it is: the trigger counting the places
     * within {@value #LIST_COUNT_AFTER} words after it or {@value #LIST_COUNT_BEFORE} before ("la libération de
     * sept localités depuis le début de la contre-offensive, parmi lesquelles X": not the
     * counter-offensive), else the last trigger before the list. The object slot of that trigger goes on in the list, past its usual reach.
     */
    private static ListOwner listOwner(SentenceView s, CueHit t, int from) {
        int reach = LIST_REACH + regionWords(s, t.to(), from);
        for (CueHit l : s.rules().list("list_openers").find(s.tokens(), t.to(), Math.min(from, t.to() + reach + 1))) {
            if (!ClauseStructure.commaBefore(s, l.from()) || l.from() - t.to() > reach || from - l.to() > LIST_WORDS
                    || ClauseStructure.boundaryBetween(s, t.to(), l.from()) || ClauseStructure.boundaryBetween(s, l.to(), from)
                    || !s.rules().list("attribution").find(s.tokens(), t.to(), from).isEmpty()) {
                continue; // the opener itself may open clauses too ("а також"): in a list it opens none
            }
            int countsFrom = Math.max(s.from(), l.from() - LIST_REACH - LIST_COUNT_AFTER - 1);
            List<CueHit> counts = s.rules().list("place_counts").find(s.tokens(), countsFrom, l.from());
            boolean lastBefore = s.triggers().stream().noneMatch(o -> o != t && o.from() >= t.to() && o.from() < l.from());
            boolean owns;
            if (!counts.isEmpty()) {
                CueHit count = counts.get(counts.size() - 1);
                // "haber liberado en los últimos días una decena de aldeas, entre ellas X": a capture's count
                // farther away, but no other trigger comes between
                owns = count.from() >= t.to() && (count.from() - t.to() <= LIST_COUNT_AFTER || lastBefore && gain(t))
                        || count.to() <= t.from() && t.from() - count.to() <= LIST_COUNT_BEFORE; // "aus mehreren Ortschaften zurückgezogen"
            } else {
                owns = lastBefore;
            }
            return owns ? ListOwner.THIS : ListOwner.ANOTHER;
        }
        return ListOwner.NONE;
    }

    /**
     * Words of the region complements in tokens {@code [from, to)}, which a list's reach does not count ("cinco
     * aldeas de la franja fronteriza de la región de Járkov, entre ellas X": the region only locates the villages).
     */
    private static int regionWords(SentenceView s, int from, int to) {
        if (to - from > LIST_REACH + LIST_WORDS + LIST_REGION_WORDS) {
            return 0; // too far for a list in any case: not worth reading
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            int end = ClauseStructure.regionComplementEnd(s, i, to);
            if (end > 0) {
                n += end - i;
                i = end - 1;
            }
        }
        return Math.min(n, LIST_REGION_WORDS);
    }

    /**
     * Words from trigger {@code t} to a place after it, for the trigger's scope: none when only a settlement phrase
     * stands between ("had taken the villages of X and Y", "взяли село X": the phrase names the place), even after
     * an article and a modifier of up to {@value #SETTLEMENT_MODIFIER} words ("took the salt-mining town of X").
     * Degree adverbs right after the trigger count as no word either ("controlan ya por completo la ciudad de X",
     * "now fully control X").
     */
    private static int scopeWords(SentenceView s, CueHit t, int from) {
        int start = t.to();
        for (CueHit a; start < from && (a = s.rules().list("degree_adverbs").startingAt(s.tokens(), start, from)) != null; ) {
            start = a.to();
        }
        start = pastStateStart(s, start, from);
        CueHit settlement = s.rules().list("settlement_words").endingAt(s.tokens(), Math.max(start, from - 4), from);
        if (settlement != null && !ClauseStructure.punctuated(s, t.to() - 1, from) && (settlement.from() - start <= 1
                || settlement.from() - start <= 1 + SETTLEMENT_MODIFIER && gapWordsOnly(s, start, start + 1))) {
            return 0;
        }
        return start > t.to() && ClauseStructure.punctuated(s, t.to() - 1, start) ? words(s, t.to(), from) : words(s, start, from);
    }

    /**
     * The token after the start of a state told right after a trigger, a {@code since} word and its month with the
     * year after it ("contrôle depuis août la ville de X", "kontrollieren seit August 2024 X"), else {@code start}:
     * it dates the hold, it puts no distance between the trigger and its place.
     */
    private static int pastStateStart(SentenceView s, int start, int from) {
        CalendarWords cal = s.rules().calendar();
        CueHit since = cal.since().startingAt(s.tokens(), start, from);
        int[] month = since != null && since.to() < from ? cal.monthAt(s.tokens(), since.to()) : null;
        if (month == null || month[1] >= from || ClauseStructure.punctuated(s, start, month[1])) {
            return start;
        }
        int end = month[1];
        return end + 1 < from && s.tokens().get(end).norm().chars().allMatch(Character::isDigit)
                && !s.tokens().get(end).norm().isEmpty() ? end + 1 : end;
    }

    /** Words from token {@code from} to {@code to}, a number's digit groups not counted ("2 000 soldiers"). */
    private static int words(SentenceView s, int from, int to) {
        if (to - from > NUMBER_SPAN) {
            return to - from; // far in any case: not worth reading
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            String w = s.tokens().get(i).norm();
            n += w.isEmpty() || !w.chars().allMatch(Character::isDigit) ? 1 : 0;
        }
        return n;
    }
}
