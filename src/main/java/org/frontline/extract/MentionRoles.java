package org.frontline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.frontline.model.MentionRole;

/**
 * Decides why a place is named, from the cues around it: a region ("Donetsk region"), a
 * political actor ("Moscow said"), a distance ("seven kilometres from X"), a direction
 * ("toward X", "the X direction"), background ("supply routes through X") or a possible claim.
 * Stateless and thread-safe.
 */
public final class MentionRoles {
    /** Words from a capital opening the sentence to the verb that makes it the government answering there. */
    static final int ANSWER_REACH = 4;

    /** What a mention is, before claims are linked. */
    public enum Verdict {
        /** Names a region, oblast or republic, not a settlement: dropped. */
        REGION,
        /** A government rather than a city ("Moscow's claim", "Kyiv said"): context, never a claim. */
        POLITICAL,
        DISTANCE,
        DIRECTION,
        CONTEXT,
        /** Nothing rules it out: a claim when a trigger links to it, else context. */
        CANDIDATE;

        /** The role stored for a mention that carries no claim. */
        public MentionRole roleWithoutClaim() {
            return switch (this) {
                case DISTANCE -> MentionRole.DISTANCE;
                case DIRECTION -> MentionRole.DIRECTION;
                default -> MentionRole.CONTEXT;
            };
        }
    }

    private static final int LOOK_BACK = 10;
    /** Punctuation that cuts a role cue off from the name after it: a comma, or a heading's colon. */
    private static final Pattern CUT_OFF = Pattern.compile("[,:]");
    private static final int BEARING_GAP = 2;
    /** Longest anaphor a locative phrase may follow ("the regional capital", "обласний центр"). */
    private static final int ANAPHOR_WORDS = 3;
    /** Words from an apposition's comma to the end of its village noun ("a village", "einem Dorf"). */
    private static final int VILLAGE_APPOSITION_WORDS = 2;

    /** Classifies the mention spanning tokens {@code [mFrom, mTo)} of a sentence. */
    public Verdict classify(SentenceView s, int mFrom, int mTo) {
        int from = mFrom;
        int to = mTo;
        while (from > s.from() && s.tokens().get(from).joinedBefore()) {
            from--;
        }
        while (to < s.to() && s.tokens().get(to).joinedBefore()) {
            to++;
        }
        if (overlaps(s.claimants(), mFrom, mTo)
                || overlaps(s.actors(), mFrom, mTo) && (actsAsGovernment(s, mTo) || spokenIn(s, from)
                        || answersIn(s, from, to) || inSource(s, mFrom, mTo))) {
            return Verdict.POLITICAL;
        }
        int after = skipCoordinated(s, from, to);
        if (regionWordBefore(s, from) != null || uncutAfter(s, "region_after", after) || uncutAfter(s, "region_after", to)
                || secondRegion(s, from) || district(s, from, to) || regionLocatingName(s, from)) {
            return Verdict.REGION;
        }
        if (locatesAnaphor(s, from)) {
            return Verdict.DISTANCE;
        }
        if (beforeOutsideTrigger(s, "distance_before", from) && !headOfOpeningParticiple(s, from, to)) {
            return toldInRelative(s, uncut(s, "distance_before", from), to) ? Verdict.CANDIDATE : Verdict.DISTANCE;
        }
        if (beforeOutsideTrigger(s, "direction_before", from)) {
            CueHit direction = uncut(s, "direction_before", from);
            if (direction.cue().has("sector") && !placeLocatedAfter(s, to)) {
                return Verdict.CANDIDATE; // "dix-sept attaques dans le secteur de X": the sector's town is the scene
            }
            return toldInRelative(s, direction, to) ? Verdict.CANDIDATE : Verdict.DIRECTION;
        }
        if (at(s, "direction_after", to)) {
            return Verdict.DIRECTION;
        }
        if (uncut(s, "context_before", from) != null && !headOfOpeningParticiple(s, from, to)
                || uncutAfter(s, "context_after", to)) {
            return Verdict.CONTEXT;
        }
        return Verdict.CANDIDATE;
    }

    /**
     * True when the name closes a locative phrase ({@code anaphor_locatives}) right after an anaphor, its comma aside
     * ("the town, on the outskirts of Kyiv, was liberated", "город под Киевом освобожден"): the name only locates the
     * place the anaphor stands for, which takes the claim. Not after an object pronoun or a neighbour ("его", "соседнее
     * село"), which stand for no town of their own there.
     */
    private static boolean locatesAnaphor(SentenceView s, int from) {
        if (uncut(s, "anaphor_locatives", from) == null) {
            return false;
        }
        Lexicon locatives = s.rules().list("anaphor_locatives");
        for (int start = Math.max(s.from(), from - LOOK_BACK); start < from; start++) {
            CueHit locative = locatives.startingAt(s.tokens(), start, from);
            if (locative != null && locative.to() == from) { // the longest: "situada a las afueras de"
                CueHit anaphor = s.rules().list("anaphora").endingAt(s.tokens(),
                        Math.max(s.from(), start - ANAPHOR_WORDS), start);
                return anaphor != null && !anaphor.cue().has("inside") && !anaphor.cue().has("other")
                        && !measuredFrom(s, anaphor.from()) && !ownedBySide(s, anaphor.from());
            }
        }
        return false;
    }

    /**
     * True when a side word stands right before the anaphor ("оточили російський гарнізон біля X"): its noun names
     * troops, whose place is the name after it.
     */
    private static boolean ownedBySide(SentenceView s, int from) {
        return s.actors().stream().anyMatch(a -> a.to() == from);
    }

    /**
     * True when a distance or direction cue ends right before the anaphor starting at {@code from}, or on its article
     * ("südlich der Stadt bei X", "південніше міста, біля X"): the anaphor is then the point measured from, and the
     * name after it the scene.
     */
    private static boolean measuredFrom(SentenceView s, int from) {
        for (String list : List.of("distance_before", "direction_before")) {
            Lexicon cues = s.rules().list(list);
            int lo = Math.max(s.from(), from - LOOK_BACK);
            if (cues.endingAt(s.tokens(), lo, from) != null
                    || from + 1 < s.to() && cues.endingAt(s.tokens(), lo, from + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a relative clause right after the name tells a strike on it ("Soledar se encuentra a unos 15
     * kilómetros de X, que sufre desde hace meses bombardeos", "südöstlich von X, das täglich beschossen wird"): the
     * place named to measure a distance or give a direction (by {@code cue}) is also the object or subject of that
     * clause. Not when the cue opens an apposition of another place after a comma, whose relative it may be.
     */
    private static boolean toldInRelative(SentenceView s, CueHit cue, int to) {
        if (villageApposition(s, to)) {
            return s.triggers().stream().anyMatch(t -> t.from() > to);
        }
        if (ClauseStructure.commaBefore(s, cue.from())) {
            return false; // "Tchornobaïvka, aux portes de Kherson, dont l'aérodrome ...": the relative may be the head's
        }
        return s.triggers().stream().anyMatch(t -> t.cue().label().equals("shelled") && t.from() > to
                && ClaimLinker.objectClause(s, to, t));
    }

    /**
     * True when an apposition calling the name a village opens after its comma ("au sud de Robotyne, village libéré
     * par les Ukrainiens", "south of Robotyne, a village Ukraine liberated"; also a town noun flagged {@code town}:
     * "au sud de Bakhmout, ville tombée en mai aux mains de Wagner"): it tells of that name, the nearest.
     */
    static boolean villageApposition(SentenceView s, int to) {
        if (to >= s.to() || !ClauseStructure.commaBefore(s, to)) {
            return false;
        }
        int end = Math.min(s.to(), to + VILLAGE_APPOSITION_WORDS);
        boolean village = s.rules().list("village_nouns").find(s.tokens(), to, end).stream()
                .anyMatch(v -> !ClauseStructure.punctuated(s, to, v.from()));
        if (!village) {
            return false;
        }
        CueHit anaphor = s.rules().list("anaphora").startingAt(s.tokens(), to, end);
        // "au sud d'Orikhiv, le village était occupé": the subject of the main clause, unlike "села, которое"
        return anaphor == null || ClauseStructure.relativeClauseAt(s, anaphor.to(), Math.min(s.to(), anaphor.to() + 2));
    }

    /**
     * True when a district word stands right before or after the name, in apposition: "the Kanal district of Chasiv
     * Yar", "le quartier Kanal", "el barrio Kanal" name a part of a town, not a settlement.
     */
    private static boolean district(SentenceView s, int from, int to) {
        CueHit before = uncut(s, "district_before", from);
        return before != null && before.to() == from || uncutAfter(s, "district_after", to);
    }

    /**
     * True when the sentence opens with an attributive participle ({@code opening_participles}: "Находящийся",
     * "Розташоване") whose phrase the name closes, with no comma and no capitalised word right after it
     * ("Находящийся на противоположном берегу Херсон подвергается обстрелам", "Расположенное севернее Селидово
     * российские войска заняли"): the name is the head the phrase describes, not the bank or the point a bearing is
     * taken from, which would come before the head ("Расположенное в 10 км от Покровска Селидово").
     */
    static boolean headOfOpeningParticiple(SentenceView s, int from, int to) {
        CueHit participle = s.rules().list("opening_participles").startingAt(s.tokens(), s.from(), from);
        return participle != null && participle.from() == s.from() && !ClauseStructure.punctuated(s, s.from(), from)
                && s.tokens().get(from).capitalised() && (to >= s.to() || !s.tokens().get(to).capitalised());
    }

    /**
     * True when a {@code region_locatives} word ("на") stands right before the name and right after another
     * capitalised word that names no side ("Роботине на Запоріжжі", "Работино на Запорожье"): the name locates
     * the place before it, so it is its oblast, not a town. Not an anaphor ("ТЭС на западной окраине") nor an oblast
     * named alone ("на Київщині"), which no claim takes anyway.
     */
    private static boolean regionLocatingName(SentenceView s, int from) {
        CueHit cue = s.rules().list("region_locatives").endingAt(s.tokens(), Math.max(s.from(), from - 1), from);
        if (cue == null || cue.to() != from || cue.from() - 1 < s.from() || !s.tokens().get(from).capitalised()
                || s.regions().get(from)) {
            return false;
        }
        int before = cue.from() - 1;
        return s.tokens().get(before).capitalised() && !ClauseStructure.punctuated(s, before, from)
                && !overlaps(s.actors(), before, cue.from()) && !overlaps(s.claimants(), before, cue.from())
                && !overlaps(s.triggers(), before, cue.from()); // "Атаки на Покровськ" opening the sentence
    }

    /**
     * True when the name follows a conjunction after a one-word name that a region word precedes ("der
     * Gebiete Donezk und Saporischschja", "областей Донецкой и Запорожской"): a region too.
     */
    private static boolean secondRegion(SentenceView s, int from) {
        CueHit and = s.rules().list("conjunctions").endingAt(s.tokens(), Math.max(s.from(), from - 1), from);
        int first = and == null ? -1 : and.from() - 1;
        CueHit region = first > s.from() && s.tokens().get(first).capitalised() ? regionWordBefore(s, first) : null;
        return region != null && !ClauseStructure.punctuated(s, region.to() - 1, first);
    }

    /**
     * A region word right before the name ("Gebiet Donezk", "области Донецкой"), or null; not one the
     * region's own name precedes ("в Донецькій області Старомайорське": the name after it is a village).
     * The sentence's first word is capitalised whatever it is ("Im Gebiet Dnipropetrowsk, an das die Front
     * heranreicht"): it names no region.
     */
    private static CueHit regionWordBefore(SentenceView s, int from) {
        CueHit region = uncut(s, "region_before", from);
        boolean namedBefore = region != null && region.from() - 1 > s.from()
                && s.tokens().get(region.from() - 1).capitalised()
                && !ClauseStructure.punctuated(s, region.from() - 1, region.from());
        return namedBefore ? null : region;
    }

    /**
     * True when a compass part of a region ({@code region_parts}: "southern", "el sur de", "im Süden von") stands
     * right before the name: said of an oblast seat ("combates en el sur de Donetsk"), it names its oblast. Not
     * the part a strike right before it hits ("missiles hit northern Kharkiv", "a frappé le nord de Kharkiv"): a
     * part of the city.
     */
    static boolean regionPartBefore(SentenceView s, int from) {
        CueHit part = uncut(s, "region_parts", from);
        return part != null && part.to() == from && s.triggers().stream().noneMatch(t -> t.cue().label().equals("shelled")
                && t.to() <= part.from() && part.from() - t.to() <= TRIGGER_GAP);
    }

    /** Words between a trigger and a capital it takes as its place ("attacks on Kyiv", "Kyiv was hit"). */
    private static final int TRIGGER_GAP = 2;

    /**
     * True when a place's name is also a side word ("Kiev", "Київ") that no trigger takes at once: "al oeste
     * de Kiev", "ocupada por Kiev", "Киев тем временем объявил" name a side, not a city to claim.
     */
    static boolean sideNameApart(SentenceView s, int mFrom, int mTo) {
        return overlaps(s.actors(), mFrom, mTo) && !besideTrigger(s, mFrom, mTo);
    }

    /**
     * True when a trigger takes the mention as its object right after it or around it, or after a target word ("bombardé Kiev",
     * "attacks on Kyiv", "удари по Києву"; not "sous contrôle de Kiev", "ocupada por Kiev"), or when a trigger
     * that may follow its place comes right after it, an auxiliary at most between ("Kyiv was hit", "Київ зазнав
     * удару"; not "Kiev recuperó", where the capital is the subject).
     */
    private static boolean besideTrigger(SentenceView s, int mFrom, int mTo) {
        Lexicon targets = s.rules().list("target_markers");
        int listed = listOpening(s, mFrom);
        if (listed < mFrom && besideTrigger(s, listed, listed + 1)) {
            return true; // "поразили Харьков, Киев и другие города": a member of the list a trigger takes
        }
        for (CueHit t : s.triggers()) {
            boolean around = t.from() < mFrom && t.to() > mTo; // "атакував Київ дронами"
            boolean before = around || t.to() == mFrom
                    || t.to() == mFrom - 1 && targets.startingAt(s.tokens(), t.to(), mFrom) != null;
            boolean after = t.from() >= mTo && t.from() - mTo <= TRIGGER_GAP && t.cue().has("place-before");
            if ((before && !ClauseStructure.punctuated(s, t.to() - 1, mFrom))
                    || (after && !ClauseStructure.punctuated(s, mTo - 1, t.from()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of the list of names whose later member starts at token {@code from} ("Kharkiv, Kyiv",
     * "Харьков и Киев"): back over members joined by a comma or a conjunction, each of capitalised words;
     * {@code from} when no name is joined before it.
     */
    private static int listOpening(SentenceView s, int from) {
        int first = from;
        while (true) {
            CueHit and = s.rules().list("conjunctions").endingAt(s.tokens(), s.from(), first);
            int sep = and != null ? and.from() : ClauseStructure.commaBefore(s, first) ? first : -1;
            int last = sep - 1;
            if (last < s.from() || !s.tokens().get(last).capitalised()
                    || and != null && ClauseStructure.punctuated(s, last, sep)) {
                return first;
            }
            first = last;
            while (first > s.from() && s.tokens().get(first - 1).capitalised() && !ClauseStructure.punctuated(s, first - 1, first)) {
                first--;
            }
        }
    }

    /**
     * A capital named as an actor speaks for its government when a possessive ("Moscow's claim"),
     * a reporting verb ("Kyiv said") or a denial ("Kiev niega") follows; otherwise it is a city
     * like any other ("missiles struck Kyiv").
     */
    private static boolean actsAsGovernment(SentenceView s, int to) {
        if (to >= s.to()) {
            return false;
        }
        return s.tokens().get(to).norm().equals("s")
                || s.rules().list("attribution").startingAt(s.tokens(), to, s.to()) != null
                || s.rules().list("denial").startingAt(s.tokens(), to, s.to()) != null;
    }

    /**
     * "признали в Киеве", "заявили в Москве": a capital after a reporting or conceding verb and a
     * preposition of place names the government speaking there.
     */
    private static boolean spokenIn(SentenceView s, int from) {
        CueHit in = s.rules().list("locative_before").endingAt(s.tokens(), Math.max(s.from(), from - 1), from);
        if (in == null || in.from() <= s.from()) {
            return false;
        }
        int start = Math.max(s.from(), in.from() - 2);
        return s.rules().list("attribution").endingAt(s.tokens(), start, in.from()) != null
                || s.rules().list("concession").endingAt(s.tokens(), start, in.from()) != null;
    }

    /**
     * "В Киеве эти заявления отвергли", "У Києві цю заяву відкинули": a capital opening the sentence
     * after a preposition of place, with a denying, reporting or conceding verb within
     * {@value #ANSWER_REACH} words after it, names the government answering there.
     */
    private static boolean answersIn(SentenceView s, int from, int to) {
        CueHit in = s.rules().list("locative_before").startingAt(s.tokens(), s.from(), from);
        if (in == null || in.to() != from) {
            return false;
        }
        int end = Math.min(s.to(), to + ANSWER_REACH);
        for (String list : List.of("denial", "attribution", "concession")) {
            if (!s.rules().list(list).find(s.tokens(), to, end).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "Selon Kyiv", "according to Moscow": a capital in a source phrase names its government. */
    private static boolean inSource(SentenceView s, int from, int to) {
        return s.actors().stream().anyMatch(a -> a.from() < to && from < a.to() && ClauseStructure.inSourcePhrase(s, a));
    }

    /**
     * Gives a name coordinated with a distance, direction or background name the same role
     * ("retreated toward Chornobaivka and Kyselivka", "a town between Donetsk and Mariupol").
     * Names in sentence order; returns a new list.
     */
    public List<FoundName> spreadOverLists(SentenceView s, List<FoundName> names) {
        List<FoundName> out = new java.util.ArrayList<>(names.size());
        FoundName previous = null;
        for (FoundName n : names) {
            FoundName read = n;
            if (previous != null && n.verdict() == Verdict.CANDIDATE && (previous.verdict() == Verdict.DIRECTION
                    || previous.verdict() == Verdict.DISTANCE || previous.verdict() == Verdict.CONTEXT)
                    && coordinatedWith(s, previous, n)) {
                read = new FoundName(n.start(), n.end(), n.tokenFrom(), n.tokenTo(), n.surface(), previous.verdict(),
                        n.resolution(), n.origin());
            }
            out.add(read);
            previous = read;
        }
        return out;
    }

    /** True when only a conjunction or a comma (and perhaps a repeated preposition) joins the two names. */
    private static boolean coordinatedWith(SentenceView s, FoundName a, FoundName b) {
        int gap = b.tokenFrom() - a.tokenTo();
        if (gap < 0 || gap > 2 || b.start() < a.end()) {
            return false;
        }
        CueHit and = gap == 0 ? null : s.rules().list("conjunctions").startingAt(s.tokens(), a.tokenTo(), b.tokenFrom());
        String between = s.text().substring(a.end(), b.start()).trim();
        if (between.startsWith(",") && bearingApposition(s, a.tokenFrom())) {
            return false; // "Makarivka, south of Velyka Novosilka, and Lobkove": the apposition ends at its comma
        }
        // "crossed the Oskil and entered X": a verb after the conjunction opens a predicate of its own, no list
        return gap == 0 ? between.equals(",") && listGoesOn(s, b)
                : and != null && s.triggers().stream().noneMatch(t -> t.from() >= and.to() && t.from() < b.tokenFrom());
    }

    /**
     * True when the name at token {@code from} is named for distance in an apposition opened by a comma and a compass
     * bearing ({@code distance_before} flagged {@code bearing}): "Makarivka, south of Velyka Novosilka, and Lobkove".
     */
    static boolean bearingApposition(SentenceView s, int from) {
        CueHit bearing = s.rules().list("distance_before").endingAt(s.tokens(), Math.max(s.from(), from - BEARING_WORDS), from);
        return bearing != null && bearing.cue().has("bearing") && ClauseStructure.commaBefore(s, bearing.from());
    }

    /** Words of a compass bearing at most ("au nord ouest de"). */
    static final int BEARING_WORDS = 5;

    /**
     * True when another name follows {@code b} after a comma or conjunction: "X, Y and Z" is a list;
     * "on the bank of the Donets, Lysychansk could be encircled" is not.
     */
    private static boolean listGoesOn(SentenceView s, FoundName b) {
        int next = b.tokenTo();
        if (next >= s.to()) {
            return false;
        }
        CueHit and = s.rules().list("conjunctions").startingAt(s.tokens(), next, s.to());
        boolean comma = s.text().substring(b.end(), s.tokens().get(next).start()).contains(",");
        int after = and != null ? and.to() : next;
        return (comma || and != null) && after < s.to() && s.tokens().get(after).capitalised();
    }

    private static boolean overlaps(List<CueHit> hits, int from, int to) {
        for (CueHit h : hits) {
            if (h.from() < to && from < h.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role cue before the name that is not the end of a claim trigger ("подошли к X" approaches X)
     * and not cut off from it by a comma ("12 km west, near Chasiv Yar, fighting goes on"). An "outskirts"
     * cue inside it is no trigger of its own: "a pocos kilómetros de las afueras de X" measures a distance.
     */
    private static boolean beforeOutsideTrigger(SentenceView s, String list, int from) {
        CueHit cue = uncut(s, list, from);
        return cue != null && s.triggers().stream().noneMatch(t -> t.from() < cue.to() && cue.from() < t.to()
                        && !insideOutskirts(cue, t))
                && !bearingOfAdvance(s, cue);
    }

    /** True when the trigger is an "outskirts" cue ("afueras de", "outskirts of") standing inside the role cue. */
    private static boolean insideOutskirts(CueHit cue, CueHit t) {
        return t.cue().has("outskirts") && t.from() > cue.from() && t.to() <= cue.to();
    }

    /**
     * True when a compass bearing ("north of", "al norte de", "севернее") follows an advance within
     * {@value #BEARING_GAP} words of its clause ("advanced north of X", "avances menores al norte de
     * X"): the ground gained lies at the place, which is the advance's. So does a bearing ending a withdrawal's
     * destination ("fell back to positions south of X", {@link ClaimLinker#destinationBeyond}): the place is the
     * one left.
     */
    private static boolean bearingOfAdvance(SentenceView s, CueHit cue) {
        if (!cue.cue().has("bearing")) {
            return false;
        }
        for (CueHit t : s.triggers()) {
            if (t.cue().label().equals("advancing") && t.to() <= cue.from() && cue.from() - t.to() <= BEARING_GAP
                    && !ClauseStructure.punctuated(s, t.to() - 1, cue.from())) {
                return true;
            }
            if (ClaimLinker.destinationBeyond(s, t, cue) && !ClauseStructure.punctuated(s, t.to() - 1, cue.from())) {
                return true; // "fell back to positions south of X": the place left
            }
        }
        return false;
    }

    /**
     * A role cue ending right before the name, not cut off from it by a comma ("Closer to the regional capital, Russian
     * troops") or by the colon after a heading ("Kupjansk-Richtung: Russische Truppen ..."), or null.
     */
    private static CueHit uncut(SentenceView s, String list, int from) {
        CueHit cue = s.rules().list(list).endingAt(s.tokens(), Math.max(s.from(), from - LOOK_BACK), from);
        return cue == null || CUT_OFF.matcher(s.text().substring(s.tokens().get(cue.to() - 1).end(),
                s.tokens().get(from).start())).find() ? null : cue;
    }

    /**
     * True when a locative word and a capitalised word follow the name in its clause ("dans le secteur de X, notamment
     * près de Y", "..., où des assauts ont été repoussés près de Y"): a sector opened by a {@code direction_before} cue
     * flagged {@code sector} is then only where the nearer scene lies.
     */
    private static boolean placeLocatedAfter(SentenceView s, int to) {
        int name = ClauseStructure.locativeNameAfter(s, to);
        return name >= 0 && ClauseStructure.sameClause(s, to, name);
    }

    /**
     * True when the name at a direction role names a sector ("the Pokrovsk direction", "на
     * Покровському напрямку"): it tells where, not whither, so a trigger reaches past it ("clashes
     * in the Pokrovsk sector near Myrnohrad").
     */
    static boolean namesSector(SentenceView s, int to) {
        return to < s.to() && at(s, "direction_after", to);
    }

    /**
     * A cue of the list right after the name, with no comma between ("Chernihiv, regional governor
     * Viacheslav Chaus said": the title names who speaks, not the place).
     */
    private static boolean uncutAfter(SentenceView s, String list, int to) {
        return at(s, list, to) && !ClauseStructure.commaBefore(s, to);
    }

    private static boolean at(SentenceView s, String list, int to) {
        return s.rules().list(list).startingAt(s.tokens(), to, s.to()) != null;
    }

    /**
     * Skips "and Dnipropetrovsk" in "Donetsk and Dnipropetrovsk regions", returning the token after. A conjunction
     * after a comma joins clauses, not names, unless the name {@code [from, to)} itself follows a comma in a list
     * ("Kharkiv, Sumy, and Chernihiv regions"): "заняли Северодонецк, и Луганская область контролируется" leaves
     * Sievierodonetsk a town.
     */
    private static int skipCoordinated(SentenceView s, int from, int to) {
        int i = to;
        while (i < s.to()) {
            CueHit conj = s.rules().list("conjunctions").startingAt(s.tokens(), i, s.to());
            if (conj == null || conj.to() >= s.to() || !s.tokens().get(conj.to()).capitalised()
                    || ClauseStructure.commaBefore(s, i) && !(from > s.from() && ClauseStructure.commaBefore(s, from))) {
                return i;
            }
            i = conj.to() + 1;
            while (i < s.to() && s.tokens().get(i).joinedBefore()) {
                i++;
            }
        }
        return i;
    }

    /**
     * True when the name stands alone between quotation marks ("ОТУ «Луганськ»", "group
     * “Khortytsia”", "Gruppe „Zentr“"): it names a unit or an operation after a place, not the place.
     */
    static boolean quotedAlone(String text, int start, int end) {
        return start > 0 && end < text.length() && "«“„\"".indexOf(text.charAt(start - 1)) >= 0
                && "»”“\"".indexOf(text.charAt(end)) >= 0;
    }
}
