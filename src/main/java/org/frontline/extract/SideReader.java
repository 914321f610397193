package org.frontline.extract;

import java.util.List;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.Side;

/**
 * Tells which side a claim credits (see {@link ClaimType} for what side means per type).
 * Stateless and thread-safe.
 *
 * <p>The actor nearest the trigger decides: the one before it (the subject) for active triggers,
 * the one just after it (within {@value #AFTER_WINDOW} words of the place) for triggers flagged
 * {@code agent-after} or in the passive voice ("was retaken by Ukrainian forces", where a side named
 * before the trigger is the one undergoing it: "Ukrainian troops were surrounded"), or when none precedes ("attacked by Russian troops"); a
 * {@code patient} trigger names the losing side, so the other side is credited. Without an
 * actor before the trigger, a claimant of one side is taken to speak of its own side (credited
 * with gains; for a {@code patient} fight such as "repelled attacks", the one that repelled); then an actor
 * just after the trigger counts; then, in "Kyiv denies that ...", the side opposite the denier. Actors inside a
 * denial frame ("Ukraine denies Moscow's claim that"), inside a claimant's name ("the Russian
 * defence ministry said"), inside a source phrase ("according to Ukrainian bloggers", "nach
 * russischen Angaben") or before the trigger's clause ("..., while Ukrainian units ...") are not
 * subjects.
 */
public final class SideReader {
    /** How far past the trigger and place an agent may stand ("liberated X by Russian forces"). */
    static final int AFTER_WINDOW = 5;

    /** Words at most between a colon and the subject of the clause it opens. */
    private static final int COLON_SUBJECT_REACH = 3;
    /** Words after a trigger within which the subject of a fronted object may stand ("X удерживают подразделения ВСУ"). */
    private static final int FRONTED_SUBJECT_REACH = 3;
    /** Words between the side word owning a report and the forces it names ("Moscow's claim that its troops"). */
    private static final int REPORT_OWNER_GAP = 4;
    /** Words from the comma opening a relative clause to a side word in it. */
    static final int RELATIVE_REACH = 6;
    /** Words between an attack noun and the repelling verb after it ("attacks near X had been repelled"). */
    static final int REPELLED_REACH = 6;
    /** Words between a repelling verb and its agent or subject after it ("were repelled by Ukrainian forces"). */
    static final int REPELLED_AGENT_REACH = 3;
    /** How far before a fight without an attacker its subject may stand ("Russian troops are now fighting"). */
    static final int SUBJECT_REACH = 12;
    /** Words between the comma closing a relative of the subject and the fight it tells ("..., are now fighting"). */
    static final int PREDICATE_AFTER_RELATIVE = 3;
    /** Words between a target marker ("on", "по") and the side word it introduces ("on Ukrainian positions"). */
    static final int TARGET_REACH = 3;
    /** The same over two coordinated nouns ("по пунктам дислокации и складам противника"). */
    private static final int COORDINATED_TARGET_REACH = 6;
    /** Nouns between a genitive marker and the side word qualifying them ("le départ des troupes russes"). */
    private static final int GENITIVE_NOUN_GAP = 1;
    /** Words of a list of places read back to its first place. */
    private static final int LIST_BACK = 6;
    /** Words between a side word and the reporting verb it is the subject of ("Украинские военные признают"). */
    static final int SPEAKER_GAP = 3;
    /** Words at most between a reporting verb and the attack it reports ("informó además de duros ataques"). */
    private static final int REPORTED_ATTACK_GAP = 4;

    /** Lower-case words between a side word inside a repelled attack and its noun's end ("a Russian mechanised assault"). */
    static final int ADJECTIVES_BEFORE_NOUN = 2;

    /** Words (an article, an adjective) between an agent marker and its side word: "von den russischen Besatzern". */
    static final int AGENT_MARKER_GAP = 2;
    /** The most words between a reporting verb and the side word of its speaker after it ("said a spokesman of the Ukrainian brigade"). */
    static final int SPEAKER_AFTER_GAP = 6;
    /** Words of an article that may stand between a comma and the side word of a speaker after it ("..., a Ukrainian spokesman said"). */
    private static final int SPEAKER_ARTICLE_WORDS = 1;
    /** Words between a trigger and the side word of the speaker reported after it. */
    static final int REPORT_REACH = 12;
    private static final MentionRoles ROLES = new MentionRoles();
    /** Words from the comma closing an opening nonfinite clause to the side word of the main clause's subject. */
    static final int MAIN_SUBJECT_REACH = 4;
    /** Words of an apposition after its side word, to the comma that closes it. */
    static final int APPOSITION_REST = 8;

    /**
     * @param frameEnd   token where the denial frame ends (the sentence start when there is none)
     * @param denierSide the side of the denier, or null: "Kyiv denies that ..." answers a claim of
     *                   the other side, which is then credited when nothing else tells
     * @param negated    the trigger is negated ("the town has not been captured"): a one-sided
     *                   claimant who says so denies a gain of the other side
     */
    public Side read(SentenceView s, TriggerLink link, int frameEnd, Side denierSide, Claimant claimant, boolean negated) {
        return read(s, link, frameEnd, denierSide, claimant, negated, null);
    }

    /**
     * @param neighbourSide the side whose forces a sentence next to this one tells doing what the trigger tells, or
     *                      null: "the enemy" of a sentence that does not say whose enemy it is stands for that side
     */
    public Side read(SentenceView s, TriggerLink link, int frameEnd, Side denierSide, Claimant claimant, boolean negated,
                     Side neighbourSide) {
        CueHit trigger = link.trigger();
        List<CueHit> sideWords = sideWords(s, claimant, neighbourSide);
        if (trigger.cue().has("no-side")) {
            if (ClaimType.parse(trigger.cue().label()) != ClaimType.FIGHTING) {
                return null;
            }
            Side fighter = fighter(s, sideWords, trigger, frameEnd);
            fighter = fighter != null ? fighter : relativeHeadFighter(s, sideWords, trigger, frameEnd);
            fighter = fighter != null ? fighter : attackerWhere(s, sideWords, link);
            return fighter != null ? fighter : colonAttacker(s, sideWords, link);
        }
        int clauseStart = Math.max(Math.max(frameEnd, ClauseStructure.clauseStart(s, trigger.from())),
                relativeStart(s, link));
        ClaimType type = ClaimType.parse(trigger.cue().label());
        // "les groupes russes se sont enfoncés dans les défenses ukrainiennes et ont atteint X": who holds the
        // defences is not who gains ground, nor who closes a ring ("cortar las líneas de suministro ucranianas y cercar
        // a las unidades que defienden X")
        boolean gain = gainful(type) && type != ClaimType.ENCIRCLED;
        // "assauts contre les positions ukrainiennes près de X, tous repoussés": nor is the side holding them the
        // attacker a repelling participle looks back to
        boolean repelled = type == ClaimType.FIGHTING && trigger.cue().has("repelled");
        // "Russische Truppen haben bei X ukrainische Stellungen angegriffen", "Angriffe auf russische Stellungen bei X":
        // the side whose positions are attacked defends them, the other side attacks (not "our" forces, whose side
        // is read from the clause's subject: "Росіяни штурмують позиції наших бійців")
        boolean assault = type == ClaimType.FIGHTING && !trigger.cue().has("patient");
        List<CueHit> candidates = sideWords.stream()
                .filter(a -> a.from() >= frameEnd && !(a.from() >= link.placeFrom() && a.to() <= link.placeTo())
                        && !insideClaimant(s, a) && !ClauseStructure.inSourcePhrase(s, a)
                        && !namedAsPlace(s, a)
                        && !(describesLand(s, a) && !afterAnaphor(s, a, link) && !withinTrigger(a, trigger))
                        && !inRelativeAfterPlace(s, a, link)
                        && !inAppositionOfPlace(s, a, link)
                        && !inClosedRelative(s, a, trigger) && !((gain || repelled || type == ClaimType.ENCIRCLED) && holdsDefences(s, a))
                        && !ofBackground(s, a)
                        && !(type == ClaimType.SHELLED && insideHold(s, a, trigger))
                        && !(gain && patientOfEarlier(s, a, trigger))).toList();
        List<CueHit> actors = withElidedSubject(s, candidates.stream()
                .filter(a -> (a.from() >= clauseStart || a.from() >= trigger.to()) && !invertedSpeaker(s, a)).toList(),
                candidates, clauseStart, trigger);
        int afterLimit = Math.max(trigger.to(), link.placeTo()) + AFTER_WINDOW;
        boolean patient = trigger.cue().has("patient");
        boolean strike = ClaimBuilder.typeOf(s, trigger) == ClaimType.SHELLED;
        CueHit shooter = strike ? weaponOwner(s, actors, trigger) : null;
        if (shooter != null) {
            // "russische Gleitbomben", "ударах российских управляемых бомб", "bombes planantes russes": whatever the voice
            return Side.valueOf(shooter.cue().label());
        }
        CueHit target = strike || assault ? actors.stream()
                .filter(a -> holdsDefences(s, a) && !firedFrom(s, a) && !(assault && !strike && a.cue().has("own"))
                        && ClauseStructure.sameClause(s, Math.min(a.from(), trigger.from()),
                        Math.max(a.from(), trigger.from()))).findFirst().orElse(null) : null;
        if (target != null) {
            // "sie hätten russische Stellungen in X getroffen", "уражено позиції окупантів": the other side fired;
            // "Russische Truppen haben bei X ukrainische Stellungen angegriffen": the other side attacked
            return Side.valueOf(target.cue().label()).opposite();
        }
        CueHit told = strike ? relativeGain(s, link) : null;
        Side held = told != null && sideWords.stream().noneMatch(a -> a.from() >= told.to()
                && ClauseStructure.punctuated(s, told.to() - 1, a.from()) && !ClauseStructure.inSourcePhrase(s, a))
                ? relativeHolder(s, sideWords, link, told) : null;
        if (held != null) {
            // "Волчанск, который российские войска заняли в мае, ежедневно обстреливается": a strike naming no side of
            // its own hits the side the relative tells taking the place
            return held.opposite();
        }
        CueHit resisted = strike || type == ClaimType.FIGHTING && !patient ? concessiveRightBefore(s, trigger, sideWords) : null;
        CueHit resisting = resisted != null ? nearestBefore(candidates, resisted, null) : null;
        if (resisting != null && ClauseStructure.sameClause(s, resisting.to() - 1, resisted.from())) {
            // "Ukrainian troops still hold X despite heavy shelling": the fire a side holds out against is the other's
            return Side.valueOf(resisting.cue().label()).opposite();
        }
        CueHit attacker = patient && type == ClaimType.FIGHTING ? attackerOfRepelled(s, actors, trigger) : null;
        attacker = attacker == null && patient && type == ClaimType.FIGHTING ? attackerAfterAttackNoun(s, actors, trigger) : attacker;
        if (attacker != null) {
            return Side.valueOf(attacker.cue().label());
        }
        CueHit loser = type == ClaimType.FIGHTING && (patient || repelled || repelledAfter(s, trigger))
                ? losingSide(s, candidates, trigger) : null;
        if (loser != null) {
            // "attacks near X had been repelled with heavy Ukrainian losses": the side that lost men attacked
            return Side.valueOf(loser.cue().label());
        }
        CueHit encircler = type == ClaimType.ENCIRCLED ? ClauseStructure.agent(s, actors, trigger) : null;
        encircler = encircler == null && type == ClaimType.ENCIRCLED ? ringHolder(s, actors, trigger) : encircler;
        encircler = encircler == null && type == ClaimType.ENCIRCLED ? instrumentalAfterPlace(s, actors, trigger, link) : encircler;
        if (encircler != null) {
            // "X is surrounded by Russian troops", "оточений російськими військами": whatever the voice or the
            // patient flag, the agent of a ring closes it
            return Side.valueOf(encircler.cue().label());
        }
        CueHit condition = type == ClaimType.ENCIRCLED ? conditionActor(s, candidates, trigger) : null;
        CueHit beforeRing = condition != null ? nearestBefore(actors, trigger, null) : null;
        if (condition != null && condition.from() > trigger.from()
                && (beforeRing == null || !ClauseStructure.sameClause(s, beforeRing.to() - 1, trigger.from()))) {
            // "Ukrainische Offiziere warnen, der Stadt drohe die Einkesselung, sollte es den russischen Verbänden
            // gelingen, ...": the side the ring depends on closes it, not the one warning of it in a clause before
            return Side.valueOf(condition.cue().label());
        }
        boolean passive = ClauseStructure.passive(s, trigger) || participleOfSideNoun(actors, trigger);
        if (passive && !trigger.cue().has("agent-after")) {
            CueHit agent = ClauseStructure.agent(s, actors, trigger);
            CueHit after = agent != null ? null : nearestAfter(s, actors, trigger, afterLimit, null);
            // "the garrison was surrounded, which Kyiv denied": a side in a relative clause after it is no agent
            // nor one past a comma ("trapped around Hirske, a figure Kyiv did not confirm")
            boolean relative = after != null
                    && (!s.rules().list("relative_openers").find(s.tokens(), trigger.to(), after.from()).isEmpty()
                    || ClauseStructure.punctuated(s, trigger.to() - 1, after.from()));
            // "a été libérée après le départ des troupes russes": a side word in a genitive owns a noun, no agent
            agent = agent != null ? agent : relative || after != null && genitiveOf(s, trigger, after) ? null : after;
            CueHit before = agent == null ? nearestBefore(actors, trigger, null) : null;
            // "sus unidades habían entrado en X y que la ciudad estaba cercada": a complementizer opens another clause
            CueHit undergoer = before != null && ClauseStructure.sameClause(s, before.to() - 1, trigger.from())
                    && !ClauseStructure.complementizerBetween(s, before.to(), trigger.from()) ? before : null;
            if (agent != null || undergoer != null) {
                Side side = Side.valueOf((agent != null ? agent : undergoer).cue().label());
                // "were driven out of X by Ukrainian forces": the agent of an expulsion is the side that stayed
                // "des assauts russes ont été repoussés": before a repelling participle the side word is the attacker
                // "attacks near X were repelled by Ukrainian forces": the agent of a repelling is the side that resisted
                boolean invert = patient != (undergoer != null && type != ClaimType.WITHDREW && !trigger.cue().has("repelled"))
                        || agent != null && type == ClaimType.WITHDREW && trigger.cue().has("expel")
                        || agent != null && repelled;
                return invert ? side.opposite() : side;
            }
        }
        CueHit ringed = type == ClaimType.ENCIRCLED && !passive && !patient ? forcesAtPlace(s, actors, link) : null;
        if (ringed != null) {
            // "Russland meldete, ukrainische Einheiten in Hirske eingekesselt zu haben": the units at the place are
            // the ones encircled; the subject before them, if any, closed the ring
            CueHit subject = nearestBefore(actors.stream().filter(a -> a.to() <= ringed.from()
                    && ClauseStructure.sameClause(s, a.to() - 1, ringed.from())).toList(), ringed, null);
            return subject != null ? Side.valueOf(subject.cue().label()) : Side.valueOf(ringed.cue().label()).opposite();
        }
        CueHit inner = inside(actors, trigger);
        if (inner != null) {
            // "repelled Russian attacks": the side word qualifies the attack and names the attacker;
            // "wehrten ukrainische Soldaten laut Generalstab Angriffe ab": farther from the attack
            // noun, it is the subject, the side that repelled it.
            // "pushed Russian forces out of X": inside a gain flagged expel, the side word is the side expelled;
            // "droht den ukrainischen Einheiten in X die Einkesselung": inside a patient ring, the side ringed
            Side named = Side.valueOf(inner.cue().label());
            // "відбили в окупантів X": inside a patient gain, the side word after the verb is the side that lost
            // "repelled Russian counter-attacks": the attack noun is the whole hyphenated word at the trigger's end
            int noun = trigger.to() - 1;
            while (noun > inner.to() && s.tokens().get(noun).joinedBefore()) {
                noun--;
            }
            // "repelled a Russian mechanised assault", "відбили російську механізовану атаку на": lower-case words
            // between still qualify the noun
            boolean adjective = type == ClaimType.FIGHTING && noun - inner.to() <= ADJECTIVES_BEFORE_NOUN
                    && lowerCase(s, inner.to(), noun) && !ClauseStructure.punctuated(s, inner.to() - 1, noun);
            boolean object = inner.to() < noun && !adjective
                    && (patient && (type == ClaimType.FIGHTING || type == ClaimType.ENCIRCLED)
                    || trigger.cue().has("expel") && gainful(type))
                    || inner.from() > trigger.from() && patient && gainful(type);
            return object ? named.opposite() : named;
        }
        // Only attacks: after a shelling the genitive names the target ("the shelling of Russian positions").
        CueHit genitive = type == ClaimType.FIGHTING ? genitiveAgent(s, actors, trigger) : null;
        if (genitive != null && !patient) {
            // "los asaltos de las fuerzas rusas", "les assauts de Wagner": the attackers are named after the attack
            return Side.valueOf(genitive.cue().label());
        }
        CueHit adjective = s.rules().adjectivesFollowNouns() ? adjacentAfter(s, actors, trigger) : null;
        if (adjective != null && !trigger.cue().has("agent-after")) {
            // The adjective qualifies the attack itself ("rechazaron un ataque ruso"): it names the attacker.
            return Side.valueOf(adjective.cue().label());
        }
        CueHit sharedSubject = !passive && !patient && gainful(type)
                && ClauseStructure.participleAfterComma(s, trigger) ? mainClauseSubject(s, sideWords, trigger) : null;
        if (sharedSubject != null) {
            // "Сили оборони взяли в кільце російських військових, звільнивши Ямпіль": not the object before it
            return Side.valueOf(sharedSubject.cue().label());
        }
        int mainClause = !passive && !patient && (gain || type == ClaimType.WITHDREW)
                ? ClauseStructure.mainClauseAfterNonfinite(s, trigger) : -1;
        CueHit mainSubject = mainClause < 0 ? null
                : firstWithin(candidates, mainClause, Math.min(s.to(), mainClause + MAIN_SUBJECT_REACH));
        if (mainSubject != null) {
            // "Tras hacerse con X, las tropas rusas han alcanzado ...": the nonfinite clause takes the main clause's subject
            return Side.valueOf(mainSubject.cue().label());
        }
        CueHit relativeSubject = !passive && !patient && !trigger.cue().has("expel") ? relativeSubject(s, actors, link) : null;
        if (relativeSubject != null) {
            // "Суджей — ..., который удерживали украинские подразделения": the relative's own subject, not the main clause's
            return Side.valueOf(relativeSubject.cue().label());
        }
        CueHit leaver = trigger.cue().has("fall") ? leaverAfterFall(s, sideWords, trigger) : null;
        if (leaver != null) {
            // "After the fall of X, Ukrainian troops pulled back": the side that left lost the place
            return Side.valueOf(leaver.cue().label()).opposite();
        }
        CueHit repellingAgent = repelled ? ClauseStructure.agent(s, actors, trigger) : null;
        CueHit repeller = repellingAgent != null && repellingAgent.from() >= trigger.to() ? repellingAgent
                : type == ClaimType.FIGHTING && !patient && !repelled && nearestBefore(actors.stream()
                .filter(a -> ClauseStructure.sameClause(s, a.to() - 1, trigger.from())).toList(), trigger, null) == null
                ? repellerAfterAttack(s, actors, trigger) : null;
        if (repeller != null) {
            // "Attacks near X were repelled by Ukrainian forces", "Штурми біля X українські захисники відбили": the side
            // told repelling the attack noun resisted it; the other side attacked
            return Side.valueOf(repeller.cue().label()).opposite();
        }
        Side head = type == ClaimType.FIGHTING && !passive && !patient && !repelled && nearestBefore(actors, trigger, null) == null
                ? relativeHeadFighter(s, candidates, trigger, frameEnd) : null;
        if (head != null) {
            // "Ukrainian forces, which have held X since last week, are now fighting near Y": the relative's head
            return head;
        }
        CueHit asideSubject = !patient && gain && !trigger.cue().has("fall")
                ? subjectAfterParticipleAside(s, candidates, link) : null;
        if (asideSubject != null) {
            // "Гостомель, захоплений ще в перші дні, окупанти перетворили на плацдарм": the participle's agent
            return Side.valueOf(asideSubject.cue().label());
        }
        CueHit inverted = !passive && !patient && !trigger.cue().has("fall") && !trigger.cue().has("agent-after")
                && (gain || type == ClaimType.WITHDREW || type == ClaimType.FIGHTING)
                ? subjectAfterFrontedObject(s, actors, trigger, link) : null;
        if (inverted != null) {
            // "Часов Яр пока удерживают подразделения ВСУ, признают военкоры", "Як заявив речник ЗСУ, X штурмують
            // російські підрозділи": the subject after the verb, not the claimant nor a side of the opening phrase
            return Side.valueOf(inverted.cue().label());
        }
        // The subject of a fall is the place: a side before it ("Ukrainian troops left after the fall of X") is no gainer.
        CueHit actor = trigger.cue().has("agent-after")
                ? nearestAfter(s, agentsAfter(s, actors, trigger), trigger, afterLimit, nearestBefore(actors, trigger, null))
                : passive || trigger.cue().has("fall") ? null : nearestBefore(actors, trigger, null);
        if (actor != null && (type == ClaimType.FIGHTING || strike) && !patient && reportsAttack(s, actor, trigger)) {
            // "Kyiv reported fierce attacks near X": the side that reports the attack is no attacker, nor the one
            // reporting a strike the firer ("Ukrainian authorities reported new shelling in X")
            actor = null;
        }
        if (actor != null && type == ClaimType.FIGHTING && !patient && !passive && actor.to() < trigger.from()
                && ClauseStructure.sameClause(s, actor.to() - 1, trigger.from()) && repelledActively(s, trigger)) {
            // "ukrainische Einheiten hätten Angriffe bei X abgewehrt": the subject repelled the attack (not the side
            // word right before the attack noun: "hätten ukrainische Angriffe bei X zurückgeschlagen")
            return Side.valueOf(actor.cue().label()).opposite();
        }
        CueHit marker = actor != null && gain && !passive && !trigger.cue().has("agent-after") ? agentMarkerBefore(s, actor) : null;
        CueHit source = marker != null ? nearestBefore(actors, marker, null) : null;
        if (source != null && ClauseStructure.sameClause(s, source.to() - 1, trigger.from())
                && s.triggers().stream().noneMatch(t -> t != trigger && t.from() >= source.to() && t.to() <= marker.from())) {
            // "Ukrainische Truppen haben X von den russischen Besatzern zurückerobert": in the active voice "von" tells
            // whom the place was taken from; the subject stands before it
            actor = source;
        }
        if (actor != null && patient && type == ClaimType.ENCIRCLED && actor.to() <= trigger.from()
                && !ClauseStructure.sameClause(s, actor.to() - 1, trigger.from()) && !antecedent(s, actor, trigger)) {
            actor = null; // "окупанти просуваються біля X, і ..., що селище опиниться в оточенні": not who undergoes it
        }
        boolean ownWithdrawal = type == ClaimType.WITHDREW && !patient;
        CueHit reporter = actor != null && (gain || ownWithdrawal) && !passive && !patient && !negated
                && !trigger.cue().has("fall") ? nearestBefore(s.claimants(), trigger, null) : null;
        Side reporting = reporter == null ? null : sideOf(AttributionReader.claimant(s, reporter));
        if (reporting != null && reporter.from() >= actor.to() && speaks(s, reporter)
                && (ownWithdrawal || !conceded(s, trigger))
                && !ClauseStructure.boundaryBetween(s, reporter.to(), trigger.from())) {
            // "Украинские войска оставили X; Минобороны России доложило о полном контроле над X": a gain the
            // reporting side tells with no side of its own is that side's, not the one named before it;
            // "Ukrainian troops entered X, hours after Moscow said its last soldiers had left": so is a withdrawal
            return reporting;
        }
        if (actor != null) {
            Side side = Side.valueOf(actor.cue().label());
            // "Речник Сил оборони заявив, що Селидове не захоплене": the speaker denies the other side's gain
            boolean speakerDenies = negated && gainful(type) && ClauseStructure.reportBetween(s, actor.to() - 1, trigger.from());
            return patient != speakerDenies ? side.opposite() : side;
        }
        CueHit speaker = passive && trigger.cue().has("agent-after") ? null : nearestBefore(candidates, trigger, null);
        if (speaker != null && ClauseStructure.boundaryBetween(s, speaker.to(), trigger.from())) {
            speaker = null; // "военкоры признают, что противник закрепился в X, хотя Минобороны ... об отражении атак"
        }
        boolean conceded = conceded(s, trigger);
        boolean ownGain = gainful(type) && type != ClaimType.ENCIRCLED && !passive && !trigger.cue().has("fall")
                && speaker != null && reports(s, speaker);
        boolean deniedGain = negated && gainful(type) && type != ClaimType.ENCIRCLED;
        if (speaker != null && (speaker.to() <= clauseStart || deniedGain && reports(s, speaker))
                && (type == ClaimType.WITHDREW || conceded || patient && type == ClaimType.FIGHTING || ownGain || deniedGain)) {
            // "Kyiv admitted that [its troops] had to retreat": the reported clause names no side, so
            // a withdrawal, a repelled attack, a concession or an active gain ("Wagner fighters said
            // they had taken the town") is the speaker's; what a side concedes, the other side gained,
            // and a gain it says did not happen ("Ukraine's military insisted X had not fallen") is the other side's.
            Side side = Side.valueOf(speaker.cue().label());
            return patient || gainful(type) && (conceded || negated) ? side.opposite() : side;
        }
        // "bestritt aber, dass sie gefallen sei": the subject of a fall is the place
        CueHit antecedent = !passive && !patient && !trigger.cue().has("fall") && (gain || ownWithdrawal)
                ? deniedPronounAntecedent(s, sideWords, trigger, frameEnd) : null;
        if (antecedent != null) {
            // "Russian troops were attacking near X but the governor denied they had broken into Y": the pronoun's forces
            return Side.valueOf(antecedent.cue().label());
        }
        Side holder = type == ClaimType.WITHDREW && !patient || type == ClaimType.ENCIRCLED
                ? relativeHolder(s, sideWords, link, relativeGain(s, link)) : null;
        if (holder != null) {
            // "aus Iwankiw, das russische Truppen am ersten Kriegstag besetzt hatten, seien die Einheiten abgezogen": the
            // side that took the place holds it, leaves it, and is the one a ring around it would trap
            return type == ClaimType.WITHDREW ? holder : holder.opposite();
        }
        Side own = sideOf(claimant);
        if (own == null && (type == ClaimType.WITHDREW && !patient || patient && type == ClaimType.FIGHTING)) {
            // "« Nos unités ont dû quitter X », a reconnu un porte-parole de l'armée ukrainienne"
            own = reportingSide(s, sideWords, trigger);
        }
        if (own == null && gain && !passive && !patient && !trigger.cue().has("fall") && ClaimBuilder.quoted(s, trigger)) {
            // "« Nous avons pris X », a affirmé un commandant russe": a gain quoted in the first person is the speaker's
            Side speaking = reportingSide(s, sideWords, trigger);
            own = speaking == null || !conceded(s, trigger) ? speaking : speaking.opposite();
        }
        if (own != null && gainful(type) && negated) {
            return own.opposite(); // "«Місто не захоплене», — сказав речник Сил оборони"
        }
        if (own != null && gainful(type) && type != ClaimType.ENCIRCLED && !trigger.cue().has("fall") && !narrated(s)
                && relativeStart(s, link) == s.from()) {
            // not the earlier change of hands a relative tells beside the gain the claimant reports
            return conceded(s, trigger) ? own.opposite() : own;
        }
        if (own != null && type == ClaimType.WITHDREW && !patient) {
            // "Russia said it took X. Ukrainian commanders denied withdrawing from the town": the denier's own withdrawal,
            // whoever the claimant of the paragraph is
            return denierSide != null && nearestAfter(s, actors, trigger, afterLimit, null) == null ? denierSide : own;
        }
        if (own != null && patient && type == ClaimType.FIGHTING) {
            return own.opposite();
        }
        actor = nearestAfter(s, actors, trigger, afterLimit, null);
        if (actor != null && type == ClaimType.SHELLED
                && !s.rules().list("relative_openers").find(s.tokens(), trigger.to(), actor.from()).isEmpty()) {
            // "en un ataque que las autoridades rusas atribuyeron a Ucrania": the side blaming a strike is no attacker
            actor = null;
        }
        boolean encircledObject = type == ClaimType.ENCIRCLED && !passive && !trigger.cue().has("agent-after");
        if (actor != null && (type == ClaimType.ENCIRCLED || trigger.cue().has("fall") || gain)
                && (!ClauseStructure.sameClause(s, trigger.to() - 1, actor.from()) || passive && genitiveOf(s, trigger, actor))) {
            // "оточення X, якщо росіянам вдасться ...", "dass X fällt, warnen aber, Russland ziehe Reserven
            // heran", "звільнено X, а залишки українських підрозділів відступають": the side after is in another clause;
            // so after a ring's participle ("X, prácticamente rodeada, sigue en manos ucranianas")
            actor = null;
        }
        if (actor != null && type == ClaimType.WITHDREW && ClauseStructure.boundaryBetween(s, trigger.to(), actor.from())) {
            // "denied that they had pulled out of X, while Russian troops kept attacking": no subject across a clause opener
            actor = null;
        }
        if (actor != null && concessiveBefore(s, trigger, actor)) {
            // "los infantes de marina siguen controlando X pese a los bombardeos rusos": the side that fires is resisted
            return Side.valueOf(actor.cue().label()).opposite();
        }
        if (actor != null) {
            // "surrounded Ukrainian troops in X": the side named after an active encirclement is encircled;
            // "the encirclement of X by Russian troops": not the agent a marker names; "A X la rodearon las tropas
            // rusas": after an object pronoun standing for the place, the side named after the verb is its subject
            Side side = Side.valueOf(actor.cue().label());
            boolean ringedSide = encircledObject && actor != ClauseStructure.agent(s, actors, trigger)
                    && !Anaphora.doubling(s, trigger);
            return patient || ringedSide || targeted(s, trigger, actor, type) ? side.opposite() : side;
        }
        if (denierSide != null && gainful(type)) {
            return denierSide.opposite();
        }
        if (denierSide != null && type == ClaimType.WITHDREW && !patient) {
            return denierSide; // "L'armée ukrainienne a démenti s'être retirée de X": the denier's own withdrawal
        }
        if (own != null && type == ClaimType.FIGHTING && (trigger.cue().has("repelled") || repelledAfter(s, trigger))) {
            // "attacks near X had been repelled, the General Staff said": the speaker's side repelled them
            return own.opposite();
        }
        // "if Russian units link up, X could be encircled": the side the ring depends on closes it
        if (condition != null) {
            return Side.valueOf(condition.cue().label());
        }
        CueHit supplied = type == ClaimType.ENCIRCLED ? sideWords.stream().filter(a -> a.to() <= trigger.from()
                && holdsDefences(s, a) && ClauseStructure.sameClause(s, a.to() - 1, trigger.from())).findFirst().orElse(null) : null;
        // "cortar las líneas de suministro ucranianas y cercar a las unidades que defienden X": the side whose supply
        // lines or positions a ring's clause cuts is the one ringed
        return supplied == null ? null : Side.valueOf(supplied.cue().label()).opposite();
    }

    /**
     * Where the clause opens that tells, by a passive, a state or a participle after the place's comma, an earlier
     * gain of a place the main clause's gain takes ("зайшли в X, яка перебувала під окупацією", "ВСУ вернули X,
     * захваченный в первые дни войны": neither the main clause's subject nor its claimant, who took it back, is
     * the earlier gainer; also after a main clause its gain closes: "hatte X zurückerobert, das einen Monat lang besetzt
     * gewesen war"). The sentence start when there is no such clause, or when it reports the gain
     * ("controla X, cuya captura anunció": the claimant's own capture told again).
     */
    private static int relativeStart(SentenceView s, TriggerLink link) {
        CueHit trigger = link.trigger();
        if (!link.placeBefore() || trigger.from() < link.placeTo() || !ClaimLinker.gain(trigger)
                || !trigger.cue().has("place-before") && !ClauseStructure.passive(s, trigger) || reports(s, trigger)) {
            return s.from();
        }
        int closed = ClaimLinker.pastClosingVerb(s, link.placeTo(), trigger.from());
        boolean mainGain = s.triggers().stream().anyMatch(t -> ClaimLinker.gain(t) && (t.to() <= link.placeFrom()
                && !ClauseStructure.punctuated(s, t.to() - 1, link.placeFrom()) || t.to() == closed && closed > link.placeTo()));
        if (!mainGain) {
            return s.from();
        }
        if (ClauseStructure.commaBefore(s, trigger.from())) {
            return trigger.from(); // "entered Kherson, conquered in March": a participle of its own
        }
        for (CueHit rel : s.rules().list("relative_openers").find(s.tokens(), link.placeTo(), trigger.from())) {
            if (ClauseStructure.commaBefore(s, rel.from())
                    && s.rules().list("locative_relatives").startingAt(s.tokens(), rel.from(), rel.to()) == null) {
                return rel.from();
            }
        }
        return s.from();
    }

    /**
     * The first side word of a conditional clause ("if", "якщо", flagged {@code subordinate}) that
     * the trigger's own clause depends on: the clause opens before the trigger and ends at its comma
     * before it, or opens after the trigger; none else.
     */
    private static CueHit conditionActor(SentenceView s, List<CueHit> sideWords, CueHit trigger) {
        for (CueHit h : ClauseStructure.openers(s, s.from(), s.to())) {
            if (!h.cue().has("subordinate")) {
                continue;
            }
            int end = h.to();
            while (end < s.to() && !ClauseStructure.commaBefore(s, end) && end != trigger.from()) {
                end++;
            }
            if (h.to() <= trigger.from() && end >= trigger.from() || end > s.to()) {
                continue; // the trigger stands inside the conditional clause
            }
            for (CueHit a : sideWords) {
                if (a.from() >= h.to() && a.to() <= end) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * True when side word {@code a} closes a concessive phrase ({@code despite}, at most
     * {@value Extractor#DESPITE_REACH} words before it, no punctuation between): it names whom a side holds out
     * against, never the speaker of a later clause ({@link DenialFrame}: "mantienen X pese a los asaltos rusos, afirmó
     * el portavoz, que negó que el pueblo esté cercado": no Russian denial).
     */
    static boolean inConcession(SentenceView s, CueHit a) {
        for (CueHit d : s.find("despite")) {
            if (d.to() <= a.from() && a.from() - d.to() <= Extractor.DESPITE_REACH
                    && !ClauseStructure.punctuated(s, d.to() - 1, a.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a concessive word ({@code despite}) stands between the trigger and a side word after it, at most
     * {@value Extractor#DESPITE_REACH} words before the side word ("still hold X despite constant Russian shelling"): the
     * side word tells whom the trigger's subject holds out against, not the subject.
     */
    private static boolean concessiveBefore(SentenceView s, CueHit trigger, CueHit actor) {
        for (CueHit d : s.find("despite")) {
            if (d.from() >= trigger.to() && d.to() <= actor.from() && actor.from() - d.to() <= Extractor.DESPITE_REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * The concessive word ({@code despite}) opening the trigger or standing at most {@value Extractor#DESPITE_REACH}
     * words before it with no punctuation between, when no side word qualifies the attack or strike it names ("despite heavy
     * shelling", not "despite constant Russian shelling"); else null.
     */
    private static CueHit concessiveRightBefore(SentenceView s, CueHit trigger, List<CueHit> sideWords) {
        for (CueHit d : s.find("despite")) {
            boolean opening = d.from() >= trigger.from() && d.to() < trigger.to(); // "despite [0-3] shelling"
            if ((opening || d.to() <= trigger.from() && trigger.from() - d.to() <= Extractor.DESPITE_REACH)
                    && !ClauseStructure.punctuated(s, d.to() - 1, trigger.to() - 1)
                    && sideWords.stream().noneMatch(a -> a.from() >= d.to() && a.from() <= trigger.to())) {
                return d;
            }
        }
        return null;
    }

    /**
     * True when a repelling verb (a {@code patient} fight, or a passive one flagged {@code repelled},
     * whose side word before it is the attacker) follows the attack noun in its clause
     * ("attacks near X had been repelled", "les assauts ... ont été repoussés").
     */
    private static boolean repelledAfter(SentenceView s, CueHit attack) {
        return s.triggers().stream().anyMatch(t -> repellingFight(t) && closesAttack(s, attack, t));
    }

    /** A fight trigger that repels: flagged {@code patient} ("repelled attacks") or {@code repelled} ("were repulsed"). */
    private static boolean repellingFight(CueHit t) {
        return t.cue().label().equals("fighting") && (t.cue().has("patient") || t.cue().has("repelled"));
    }

    /**
     * True when trigger {@code t} follows the attack noun in its clause within {@value #REPELLED_REACH} words, where a
     * verb that repels it stands ("attacks near X had been repelled", "Angriffe bei X abgewehrt").
     */
    private static boolean closesAttack(SentenceView s, CueHit attack, CueHit t) {
        return t != attack && t.from() >= attack.to() && t.from() - attack.to() <= REPELLED_REACH
                && ClauseStructure.sameClause(s, attack.to() - 1, t.from());
    }

    /**
     * The subject of a side's own withdrawal told after a fall in its sentence ("After the fall of X, Ukrainian troops
     * pulled back to new lines", "Nach dem Fall von X haben sich die ukrainischen Truppen zurückgezogen"): the side word
     * between the fall and the withdrawal, nearest the withdrawal and at most {@value #SUBJECT_REACH} words before it;
     * null when there is none.
     */
    private static CueHit leaverAfterFall(SentenceView s, List<CueHit> sideWords, CueHit fall) {
        for (CueHit w : s.triggers()) {
            if (w.from() < fall.to() || !w.cue().label().equals("withdrew") || w.cue().has("patient")) {
                continue;
            }
            CueHit best = null;
            for (CueHit a : sideWords) {
                if (a.from() >= fall.to() && a.from() < w.to() && w.from() - a.to() <= SUBJECT_REACH
                        && !ClauseStructure.inSourcePhrase(s, a)) {
                    best = a;
                }
            }
            return best;
        }
        return null;
    }

    /**
     * The side word that repels an attack noun told before its repelling verb, as that verb's subject or agent
     * ("attacks near X were repelled by Ukrainian forces", "Атаки в районе X отбили украинские военные", "Штурми біля X
     * українські захисники відбили"): after the noun but not right after it (a genitive or an adjective there names
     * the attacker: "атаки российских войск", "ataques rusos"), at most {@value #REPELLED_AGENT_REACH} words past the
     * verb, in the noun's clause and with no punctuation between, nor a conjunction after the verb ("une attaque contre
     * X a été repoussée et les Russes ...": the next clause's subject); null when there is none.
     */
    private static CueHit repellerAfterAttack(SentenceView s, List<CueHit> actors, CueHit attack) {
        for (CueHit t : s.triggers()) {
            boolean repelling = repellingFight(t) || t.cue().label().equals("retaken") && objectless(s, actors, t);
            if (!repelling || !closesAttack(s, attack, t)) {
                continue;
            }
            for (CueHit a : actors) {
                if (a.from() > attack.to() && a.from() <= t.to() + REPELLED_AGENT_REACH
                        && !(a.from() >= t.from() && a.to() <= t.to())
                        && !ClauseStructure.punctuated(s, attack.to() - 1, a.from())
                        && !ClauseStructure.reportBetween(s, attack.to() - 1, a.from())
                        && s.rules().list("conjunctions").find(s.tokens(), t.to(), a.from()).isEmpty()) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * True when nothing but a side word (and the noun right after it) follows the trigger up to its clause's
     * punctuation ("Атаки ... Сили оборони відбили.", "... отбили украинские военные."): a verb that takes back
     * ("відбили", "отбили") with an attack noun before it as its object repels that attack.
     */
    private static boolean objectless(SentenceView s, List<CueHit> actors, CueHit t) {
        int at = t.to();
        while (at < s.to() && !ClauseStructure.punctuated(s, at - 1, at)) {
            int from = at;
            CueHit a = actors.stream().filter(x -> x.from() == from).findFirst().orElse(null);
            if (a == null) {
                return false;
            }
            // "українські військові": the noun the side word qualifies
            at = a.to() < s.to() && !ClauseStructure.punctuated(s, a.to() - 1, a.to()) && !s.tokens().get(a.to()).capitalised()
                    ? a.to() + 1 : a.to();
        }
        return true;
    }

    /**
     * True when an active repelling verb (a {@code patient} fight, not in the passive) follows the attack noun in its
     * clause within {@value #REPELLED_REACH} words ("hätten Angriffe bei X abgewehrt"), so that the clause's subject
     * is the side that repelled it; not a passive one ("griffen X an und wurden abgewehrt": the subject attacked).
     */
    private static boolean repelledActively(SentenceView s, CueHit attack) {
        return s.triggers().stream().anyMatch(t -> repellingFight(t) && !t.cue().has("repelled")
                && closesAttack(s, attack, t) && !ClauseStructure.passive(s, t));
    }

    /**
     * The side of a fight told without an attacker ("fighting", "бои"): the side whose forces are
     * its subject in the same clause ("Russian troops are fighting on the outskirts of X", "Российские
     * войска ведут бои"), within {@value #SUBJECT_REACH} words; none when both sides are named there
     * ("ukrainische und russische Einheiten liefern sich Kämpfe"), when the fight is the subject of a
     * clause of its own ("no han logrado capturar X y los combates continúan") or when the side word only names the
     * speaker ("the Ukrainian army said fighting continues"); for a defensive fight (flagged
     * {@code patient}) the other side.
     */
    private static Side fighter(SentenceView s, List<CueHit> sideWords, CueHit trigger, int frameEnd) {
        if (trigger.cue().has("place-before")) {
            return null; // "X came under attack", "X has seen fighting": the subject is the scene
        }
        int clauseStart = Math.max(frameEnd, ClauseStructure.clauseStart(s, trigger.from()));
        Side side = null;
        Side defending = null;
        boolean both = false;
        for (CueHit a : sideWords) {
            if (a.cue().has("own")) {
                continue; // "its units were still fighting in the town": the speaker's own forces hold out
            }
            if (a.from() >= clauseStart && a.to() <= trigger.from() && trigger.from() - a.to() <= SUBJECT_REACH
                    && ClauseStructure.sameClause(s, a.to() - 1, trigger.from()) && !insideClaimant(s, a)
                    && !newSubjectBetween(s, a.to(), trigger)
                    && !ClauseStructure.complementizerBetween(s, a.to(), trigger.from())
                    && !ClauseStructure.inSourcePhrase(s, a) && !namedAsPlace(s, a) && !describesLand(s, a)) {
                Side named = Side.valueOf(a.cue().label());
                defending = defending == null && qualifiesDefenders(s, a) ? named : defending;
                both |= side != null && side != named;
                side = side == null ? named : side;
            }
        }
        if (both) {
            // "russische Angreifer und ukrainische Verteidiger liefern sich Straßenkämpfe": the side of the defenders'
            // enemy (the defenders' own where the caller inverts it, as for any fight they are the subject of); else none
            return defending == null ? null : ClauseStructure.defendersFight(s, trigger) ? defending : defending.opposite();
        }
        // "Ukrainian troops are fighting defensive battles": the subject resists, the other side attacks.
        return side != null && trigger.cue().has("patient") ? side.opposite() : side;
    }

    /**
     * True when the side word qualifies a word of the {@code defenders} list right next to it ("ukrainische
     * Verteidiger", "défenseurs ukrainiens").
     */
    private static boolean qualifiesDefenders(SentenceView s, CueHit a) {
        return s.rules().list("defenders").startingAt(s.tokens(), a.to(), s.to()) != null
                || s.rules().list("defenders").find(s.tokens(), Math.max(s.from(), a.from() - 2), a.from()).stream()
                .anyMatch(d -> d.to() == a.from());
    }

    /** The token after the last comma at most {@value #PREDICATE_AFTER_RELATIVE} words before the trigger, or -1. */
    private static int commaClosingRelative(SentenceView s, CueHit trigger) {
        for (int i = trigger.from(); i >= Math.max(s.from() + 1, trigger.from() - PREDICATE_AFTER_RELATIVE); i--) {
            if (ClauseStructure.commaBefore(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The side of a fight told without an attacker whose subject is the head of a relative clause closed by a comma
     * right before the predicate ("Ukrainian forces, which have held X since last week, are now fighting near Y",
     * "Украинские войска, которые контролируют X, теперь ведут бои у Y"): the side word right before the relative's
     * comma and pronoun, when the relative holds no other side word nor punctuation and the fight stands at most
     * {@value #PREDICATE_AFTER_RELATIVE} words after its closing comma; null otherwise.
     */
    private static Side relativeHeadFighter(SentenceView s, List<CueHit> sideWords, CueHit trigger, int frameEnd) {
        int close = commaClosingRelative(s, trigger);
        if (close < 0 || ClauseStructure.punctuated(s, close, trigger.from())) {
            return null;
        }
        for (CueHit a : sideWords) {
            // "Ukrainian forces, which": the relative may follow the noun the side word qualifies
            int at = ClauseStructure.commaBefore(s, a.to()) ? a.to() : a.to() + 1;
            CueHit which = at < close && a.from() >= frameEnd && ClauseStructure.commaBefore(s, at)
                    ? s.rules().list("relative_openers").startingAt(s.tokens(), at, close) : null;
            if (which == null || a.cue().has("own") || insideClaimant(s, a) || ClauseStructure.inSourcePhrase(s, a)
                    || ClauseStructure.punctuated(s, which.to() - 1, close - 1)) {
                continue;
            }
            boolean otherSide = sideWords.stream().anyMatch(b -> b.from() >= which.to() && b.to() <= close
                    && !b.cue().label().equals(a.cue().label()) && !describesLand(s, b) && !namedAsPlace(s, b));
            return otherSide ? null : Side.valueOf(a.cue().label());
        }
        return null;
    }

    /**
     * The side of the subject of a clause that a colon opens right after a fight told without its attacker and its
     * place, when that clause tells the subject attacking, trying or gaining ground there: "У Куп'янську тривають бої:
     * окупанти малими групами просочуються до міста", "Бои идут в Волчанске: противник пытается прорваться к центру".
     * The subject opens the clause (at most {@value #COLON_SUBJECT_REACH} words after the colon); null otherwise.
     */
    private static Side colonAttacker(SentenceView s, List<CueHit> sideWords, TriggerLink link) {
        int last = Math.max(link.trigger().to(), link.placeTo());
        if (last >= s.to() || !ClauseStructure.gap(s, last - 1, last).contains(":")) {
            return null;
        }
        int end = unpunctuatedEnd(s, last + 1);
        for (CueHit a : sideWords) {
            if (a.from() < last || a.from() - last > COLON_SUBJECT_REACH || a.to() > end || a.cue().has("own")
                    || namedAsPlace(s, a) || describesLand(s, a)) {
                continue;
            }
            return attacksIn(s, a.to(), end, true) ? Side.valueOf(a.cue().label()) : null;
        }
        return null;
    }

    /** The token after the run of words from {@code from} that no punctuation breaks: the end of its clause. */
    private static int unpunctuatedEnd(SentenceView s, int from) {
        int end = from;
        while (end < s.to() && !ClauseStructure.punctuated(s, end - 1, end)) {
            end++;
        }
        return end;
    }

    /**
     * True when tokens {@code [from, to)}, after a subject, tell it attacking: an attempt (a forecast cue flagged
     * {@code attempt}) or a fight of its own (not one it undergoes, repels or is told in the passive), or with
     * {@code advances} an advance too.
     */
    private static boolean attacksIn(SentenceView s, int from, int to, boolean advances) {
        return s.find("forecast").stream().anyMatch(f -> f.cue().has("attempt") && f.from() >= from && f.to() <= to)
                || s.triggers().stream().anyMatch(t -> t.from() >= from && t.to() <= to && !t.cue().has("patient")
                        && !t.cue().has("repelled") && !ClauseStructure.passive(s, t)
                        && (t.cue().label().equals("fighting") || advances && t.cue().label().equals("advancing")));
    }

    /**
     * The side that attacks or tries to gain ground at the place of a fight told without its attacker, in a
     * relative of place right after it: "combats autour d'Irpin, où les troupes russes tentent de forcer le
     * passage", "Kämpfe um Torezk, wo russische Sturmtrupps täglich angreifen". The relative's subject is a side
     * word followed in its clause by an attempt (a forecast cue flagged {@code attempt}) or by an attack of its
     * own, the other side when the subject repels an attack of that side's there ("Kämpfe um Korenewo, wo russische Einheiten
     * ukrainische Vorstöße abwehrten": Ukrainian); null when there is none, or when the relative tells only of gaining ground ("where Russian units have
     * infiltrated": the development sets label those fights side-less as often as not).
     */
    private static Side attackerWhere(SentenceView s, List<CueHit> sideWords, TriggerLink link) {
        if (link.trigger().from() >= link.placeFrom()) {
            return null;
        }
        int limit = Math.min(s.to(), link.placeTo() + ClaimLinker.RELATIVE_REACH + 2);
        CueHit where = null;
        for (int i = link.placeTo(); i < limit && where == null; i++) {
            where = s.rules().list("locative_relatives").startingAt(s.tokens(), i, limit);
            if (i > link.placeTo() && where == null && ClauseStructure.punctuated(s, i - 1, i) && !ClauseStructure.commaBefore(s, i)) {
                return null;
            }
        }
        if (where == null) {
            return null;
        }
        int end = unpunctuatedEnd(s, where.to());
        CueHit subject = null;
        for (CueHit a : sideWords) {
            if (a.from() >= where.to() && a.to() <= end && !namedAsPlace(s, a) && !describesLand(s, a)) {
                subject = a;
                break;
            }
        }
        if (subject == null) {
            return null;
        }
        int from = subject.to();
        int to = end;
        Side enemy = Side.valueOf(subject.cue().label()).opposite();
        boolean repelling = s.triggers().stream().anyMatch(t -> t.from() >= from && t.to() <= to
                && t.cue().label().equals("fighting") && (t.cue().has("patient") || t.cue().has("repelled"))
                && !ClauseStructure.passive(s, t) && sideWords.stream().anyMatch(a -> a.from() >= from
                        && a.to() <= t.to() && Side.valueOf(a.cue().label()) == enemy));
        if (repelling) {
            // "Kämpfe um Korenewo, wo russische Einheiten ukrainische Vorstöße abwehrten": the subject repelled the
            // other side's attack
            return enemy;
        }
        return attacksIn(s, from, to, false) ? Side.valueOf(subject.cue().label()) : null;
    }

    /**
     * True when the fight opens a clause of its own after a conjunction, as its subject ("... y los
     * combates continúan", "... и бои идут"): only articles of the {@code name_gap_words} list stand
     * between the conjunction and it. "... and are fighting", "... и ведут бои", and a fight told
     * by a finite verb (flagged {@code verb}: "... y combaten en las calles") share the subject.
     */
    static boolean newSubjectBetween(SentenceView s, int from, CueHit trigger) {
        if (trigger.cue().has("verb")) {
            return false;
        }
        Lexicon gap = s.rules().list("name_gap_words");
        for (CueHit and : s.rules().list("conjunctions").find(s.tokens(), from, trigger.from())) {
            boolean onlyArticles = true;
            for (int i = and.to(); i < trigger.from() && onlyArticles; i++) {
                onlyArticles = gap.startingAt(s.tokens(), i, i + 1) != null;
            }
            if (onlyArticles) {
                return true;
            }
        }
        return false;
    }

    /**
     * "attacks on Ukrainian positions near X", "удары по позициям ВСУ": a side word after an attack
     * or strike, introduced by a {@code target_markers} word or, right after the trigger, followed by
     * one ("attacked Ukrainian positions"), names its target; the other side attacks.
     */
    private static boolean targeted(SentenceView s, CueHit trigger, CueHit actor, ClaimType type) {
        if (type != ClaimType.FIGHTING && type != ClaimType.SHELLED) {
            return false;
        }
        CueHit after = s.rules().list("target_markers").startingAt(s.tokens(), actor.to(), s.to());
        if (actor.from() == trigger.to() && after != null
                && !(after.to() < s.to() && s.tokens().get(after.to()).capitalised())) {
            // "атакуют украинские позиции у X", "attacked Ukrainian positions near X": the noun after it; not "атаках
            // противника на Покровском направлении", whose marker takes the name after it
            return true;
        }
        int from = Math.max(trigger.to() - 1, actor.from() - COORDINATED_TARGET_REACH);
        for (CueHit m : s.rules().list("target_markers").find(s.tokens(), from, actor.from())) {
            boolean nameBetween = false;
            for (int i = m.to(); i < actor.from(); i++) {
                nameBetween |= s.tokens().get(i).capitalised();
            }
            boolean coordinated = !s.rules().list("conjunctions").find(s.tokens(), m.to(), actor.from()).isEmpty()
                    && !ClauseStructure.punctuated(s, m.to(), actor.from())
                    && !ClauseStructure.boundaryBetween(s, m.to(), actor.from())
                    && !ClauseStructure.complementizerBetween(s, m.to(), actor.from());
            if (!nameBetween && (m.from() >= actor.from() - TARGET_REACH || coordinated)) {
                // farther over two nouns a conjunction joins: "удары по пунктам дислокации и складам противника"; not
                // "Наступление на Авдеевку российские войска начали": the marker took the place
                return true;
            }
        }
        return false;
    }

    /**
     * A side word qualifying a strike weapon in the trigger's clause (right before it, one word
     * between at most and no comma between, or right after it where adjectives follow nouns): the side that fires
     * ("con escolta ucraniana, la aviación rusa la bombardea": Russian).
     */
    private static CueHit weaponOwner(SentenceView s, List<CueHit> actors, CueHit trigger) {
        for (CueHit w : s.rules().list("strike_weapons").find(s.tokens(), s.from(), s.to())) {
            if (!ClauseStructure.sameClause(s, Math.min(w.from(), trigger.from()), Math.max(w.from(), trigger.from()))) {
                continue;
            }
            for (CueHit a : actors) {
                boolean before = a.to() <= w.from() && w.from() - a.to() <= 1
                        && !ClauseStructure.punctuated(s, a.to() - 1, w.from()); // not "con escolta ucraniana, la aviación rusa"
                boolean after = s.rules().adjectivesFollowNouns() && a.from() >= w.to() && a.from() - w.to() <= 2;
                if (before || after) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * The side words of the sentence: its actors, the words for "the enemy" ("противник",
     * "the enemy", "der Feind") standing for the side opposite the one who speaks of it (before it, its
     * clause's subject, or a side conceding after it) or else the claimant's, when it has one,
     * and those for its own forces ("its troops", "ihre Truppen", "наши подразделения") standing for the
     * side of the one who speaks.
     */
    static List<CueHit> sideWords(SentenceView s, Claimant claimant) {
        return sideWords(s, claimant, null);
    }

    /**
     * As {@link #sideWords(SentenceView, Claimant)}, with the side a neighbouring sentence tells doing the same thing
     * ("Противник оставил X. По нашим данным, подразделения ВСУ ушли ночью": the enemy is the Ukrainian army), which
     * "the enemy" stands for when nothing in its own sentence tells whose enemy it is.
     */
    static List<CueHit> sideWords(SentenceView s, Claimant claimant, Side neighbourSide) {
        List<CueHit> enemy = s.find("enemy");
        List<CueHit> ownForces = s.find("own_forces");
        if (enemy.isEmpty() && ownForces.isEmpty()) {
            return s.actors();
        }
        List<CueHit> out = new java.util.ArrayList<>(s.actors());
        Side ownVoice = null; // the side of the sentence's first own-forces word, which speaks of "the enemy" too
        for (CueHit o : ownForces) {
            // "l'annonce par Moscou du retrait de ses troupes": the forces of the side named before in the
            // clause; "mitgeteilt, ..., nachdem ihre Truppen das Dorf eingenommen hätten": of the one who speaks
            Side own = subjectBefore(s, o);
            own = own != null ? own : ownerOfReport(s, o);
            own = own != null ? own : speakerBefore(s, o);
            own = own != null ? own : reportingSide(s, s.actors(), o); // "«... наших сил», — наголосив речник тероборони"
            own = own != null ? own : sideOf(claimant);
            if (own != null) {
                ownVoice = ownVoice != null ? ownVoice : own;
                java.util.Set<String> flags = new java.util.HashSet<>(o.cue().flags());
                flags.add("own");
                out.add(new CueHit(new Cue(o.cue().pattern(), own.name(), flags, o.cue().scope()), o.from(), o.to()));
            }
        }
        for (CueHit e : enemy) {
            if (s.actors().stream().anyMatch(a -> a.to() == e.from() && !ClauseStructure.punctuated(s, a.to() - 1, e.from()))) {
                continue; // "die russischen Angreifer": the side word before already names them
            }
            Side own = speakerBefore(s, e);
            own = own != null ? own : subjectBefore(s, e);
            // "противник вышел к окраинам X, признают в Силах обороны": the side conceding after the clause
            own = own != null ? own : concedingAfter(s, e);
            own = own != null ? own : speakerAfter(s, e);
            // "«Nuestras unidades rechazaron ataques enemigos», añadió": the enemy of the side its own forces are
            own = own != null ? own : ownVoice;
            own = own != null || neighbourSide == null ? own : neighbourSide.opposite();
            // a claimant carried over from an earlier sentence does not say whose enemy this is where
            // the language's press has a usual enemy ("противник" in a Ukrainian text)
            boolean carried = s.claimants().isEmpty() && s.rules().enemyWithoutClaimant() != null;
            own = own != null || carried ? own : sideOf(claimant);
            Side enemySide = own != null ? own.opposite() : s.rules().enemyWithoutClaimant();
            if (enemySide != null) {
                out.add(new CueHit(new Cue(e.cue().pattern(), enemySide.name(), e.cue().flags(), e.cue().scope()), e.from(), e.to()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /**
     * The side of a speaker the sentence names only by a side word: in a source phrase ("selon des
     * sources ukrainiennes", "according to Ukrainian officers") or after a reporting or conceding
     * verb that follows the trigger ("», a reconnu un porte-parole de l'armée ukrainienne"), or null.
     * Used for what a side tells of itself: its withdrawals and the attacks it repelled.
     */
    private static Side reportingSide(SentenceView s, List<CueHit> sideWords, CueHit trigger) {
        for (CueHit a : sideWords) {
            if (describesLand(s, a) || namedAsPlace(s, a)) {
                continue;
            }
            boolean reportedAfter = a.from() >= trigger.to() && a.from() - trigger.to() <= REPORT_REACH
                    && (ClauseStructure.reportBetween(s, trigger.to() - 1, a.from())
                    || !s.rules().list("concession").find(s.tokens(), trigger.to(), a.from()).isEmpty()
                    || reports(s, a)); // "'...,' a Russian commander said
            if (reportedAfter || ClauseStructure.inSourcePhrase(s, a)) {
                return Side.valueOf(a.cue().label());
            }
        }
        return null;
    }

    /**
     * The side of the one who concedes what "the enemy" did after telling it: a side word after a conceding
     * verb that follows the enemy word within {@value #REPORT_REACH} words ("противник вышел к окраинам X,
     * признают в Силах обороны"), or the subject right before such a verb ("противник атакует X: командование
     * Сил обороны признаёт, что ..."), or null. A side word after a mere source phrase ("по данным ISW,
     * российские войска ...") is the subject of what is told, not its speaker.
     */
    private static Side concedingAfter(SentenceView s, CueHit enemy) {
        for (CueHit a : s.actors()) {
            if (a.from() >= enemy.to() && a.from() - enemy.to() <= REPORT_REACH && !describesLand(s, a)
                    && (!s.rules().list("concession").find(s.tokens(), enemy.to(), a.from()).isEmpty()
                    || s.rules().list("concession").startingAt(s.tokens(), a.to(), s.to()) != null
                    && !ClauseStructure.punctuated(s, a.to() - 1, a.to()))) {
                return Side.valueOf(a.cue().label());
            }
        }
        return null;
    }

    /**
     * The side of the one who speaks of "the enemy" after the clause telling it: a side word opening a clause
     * after a comma and followed by a reporting verb ("the enemy is trying to encircle X, a Ukrainian brigade
     * spokesman said"), or after a reporting verb that opens a clause, with at most {@value #SPEAKER_AFTER_GAP}
     * words of its noun phrase between ("противник пытается окружить X, заявил представитель украинской бригады");
     * not one a mere source phrase opens ("по данным ISW, российские войска ...") nor one after a complementizer
     * ("précisant que des groupes d'assaut russes ..."), which is what is told; or null.
     */
    private static Side speakerAfter(SentenceView s, CueHit enemy) {
        for (CueHit a : s.actors()) {
            if (a.from() < enemy.to() || describesLand(s, a)) {
                continue;
            }
            // "..., a Ukrainian brigade spokesman said": an article may open the clause before the side word
            boolean opensClause = ClauseStructure.punctuated(s, Math.max(enemy.to() - 1, a.from() - 1 - SPEAKER_ARTICLE_WORDS), a.from());
            if (opensClause && a.from() - enemy.to() <= REPORT_REACH && reports(s, a)) {
                return Side.valueOf(a.cue().label());
            }
            for (CueHit verb : s.rules().list("attribution").find(s.tokens(), enemy.to(), a.from())) {
                if (ClauseStructure.punctuated(s, verb.from() - 1, verb.from()) && a.from() - verb.to() <= SPEAKER_AFTER_GAP
                        && !ClauseStructure.punctuated(s, verb.to() - 1, a.from())
                        && !ClauseStructure.complementizerBetween(s, verb.to(), a.from())) {
                    return Side.valueOf(a.cue().label());
                }
            }
        }
        return null;
    }

    /**
     * The side of the subject of the enemy word's clause: the side word nearest before it in the
     * same clause ("Силы обороны отразили атаки противника"), not one a complementizer parts from it
     * ("under Russian shelling and that the enemy was trying to ..."), or null.
     */
    private static Side subjectBefore(SentenceView s, CueHit enemy) {
        CueHit subject = null;
        for (CueHit a : s.actors()) {
            if (a.to() <= enemy.from() && ClauseStructure.sameClause(s, a.to() - 1, enemy.from())
                    && !ClauseStructure.complementizerBetween(s, a.to(), enemy.from())) {
                subject = a;
            }
        }
        return subject == null ? null : Side.valueOf(subject.cue().label());
    }

    /**
     * The side whose report a complement clause tells, when its forces gain there: the side word right before
     * the report noun and its complementizer ("Kyiv rejected Moscow's claim that its troops had taken X", "la
     * afirmación de Moscú de que sus tropas habían tomado X"), or null. Forces that undergo the claim belong to
     * the one who answers it ("Ukraine denies Moscow's claim that its forces in the city are surrounded").
     */
    private static Side ownerOfReport(SentenceView s, CueHit own) {
        CueHit next = s.triggers().stream().filter(t -> t.from() >= own.to()).findFirst().orElse(null);
        if (next == null || !gainful(ClaimBuilder.typeOf(s, next)) || next.cue().has("patient")
                || ClauseStructure.passive(s, next)) {
            return null;
        }
        CueHit owner = null;
        for (CueHit a : s.actors()) {
            if (a.to() <= own.from() && own.from() - a.to() <= REPORT_OWNER_GAP + possessiveEnding(s, a)
                    && ClauseStructure.complementizerBetween(s, a.to(), own.from())) {
                owner = a;
            }
        }
        return owner == null ? null : Side.valueOf(owner.cue().label());
    }

    /**
     * The side of the one who speaks of "the enemy" (or of "its troops") in the sentence: a side word, or a named
     * speaker of a known side, right before a reporting or conceding verb that precedes the enemy word ("Украинские
     * военные признают, что противник продвинулся") or in a source phrase before it ("По данным украинских военных"),
     * the nearest such speaker; or null.
     */
    private static Side speakerBefore(SentenceView s, CueHit enemy) {
        Side speaker = null;
        int spoke = -1;
        int participle = reportingParticipleBefore(s, enemy.from());
        if (participle >= 0) {
            // "Kyiv on Monday dismissed Russian claims that X had fallen, saying its troops held it": Kyiv says
            Side subject = mainSubject(s, participle);
            if (subject != null) {
                return subject;
            }
        }
        for (CueHit a : s.actors()) {
            if (a.to() > enemy.from()) {
                break;
            }
            // "Russia's defence minister said": the possessive ending is no word of the gap
            // nor is an aside between commas ("Moscú, por su parte, sostiene que sus unidades ...")
            int reach = Math.min(enemy.from(),
                    a.to() + SPEAKER_GAP + possessiveEnding(s, a) + ClauseStructure.commaAsideAt(s, a.to())
                            + dateWordsAfter(s, a.to()));
            if (ClauseStructure.inSourcePhrase(s, a) // "По данным украинских военных, ... противник"
                    || !s.rules().list("attribution").find(s.tokens(), a.to(), reach).isEmpty()
                    || !s.rules().list("denial").find(s.tokens(), a.to(), reach).isEmpty()
                    || !s.rules().list("concession").find(s.tokens(), a.to(), reach).isEmpty()) {
                speaker = Side.valueOf(a.cue().label());
                spoke = a.from();
            }
        }
        for (CueHit c : s.claimants()) {
            // "después de que el general Guerásimov asegurara a Putin que sus tropas ...": a named speaker of a known
            // side, nearer than the side word, speaks of its own forces
            Side named = sideOf(s.rules().claimantKind(c.cue().label()));
            if (named != null && c.from() > spoke && c.to() <= enemy.from() && !s.rules().list("attribution")
                    .find(s.tokens(), c.to(), Math.min(enemy.from(), c.to() + SPEAKER_GAP)).isEmpty()) {
                speaker = named;
                spoke = c.from();
            }
        }
        return speaker;
    }

    /**
     * The first token of a reporting participle right after a comma before token {@code to} ("..., saying",
     * "..., adding"), whose subject is that of the main clause, not a speaker inside the clause reported before it
     * ("Ukraine dismissed Russian claims that X had been captured, saying its troops still held the village":
     * Ukraine's troops); -1 when there is none.
     */
    private static int reportingParticipleBefore(SentenceView s, int to) {
        for (int i = to - 1; i > s.from(); i--) {
            if (ClauseStructure.commaBefore(s, i) && s.rules().list("attribution").startingAt(s.tokens(), i, to) != null
                    && ClauseStructure.endsWithAny(s.tokens().get(i).norm(), s.rules().list("gerund_endings"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The side of the subject of the sentence's main clause before token {@code to}: the side word (not a
     * source phrase's nor one describing land) before the first reporting, denying or conceding verb of the
     * sentence, with no comma between ("Ukraine's northern command on Wednesday dismissed ..."), or null.
     */
    private static Side mainSubject(SentenceView s, int to) {
        int verb = to;
        for (String list : List.of("attribution", "denial", "concession")) {
            for (CueHit v : s.rules().list(list).find(s.tokens(), s.from(), to)) {
                verb = Math.min(verb, v.from());
            }
        }
        for (CueHit a : s.actors()) {
            if (a.to() <= verb && !ClauseStructure.punctuated(s, a.to() - 1, verb) && !ClauseStructure.inSourcePhrase(s, a)
                    && !describesLand(s, a)) {
                return Side.valueOf(a.cue().label());
            }
        }
        return null;
    }

    /**
     * The words up to a month, weekday or season name standing within {@value #SPEAKER_GAP} words and one after a speaker, with no
     * punctuation between: a time adverbial between the speaker and its verb ("Украинские военные ещё в конце апреля
     * признавали, что противник ..."), no word of the gap; 0 when there is none.
     */
    private static int dateWordsAfter(SentenceView s, int at) {
        CalendarWords cal = s.rules().calendar();
        int words = 0;
        for (int k = at; k < Math.min(s.to(), at + SPEAKER_GAP + 2) && !ClauseStructure.punctuated(s, at - 1, k); k++) {
            if (cal.monthAt(s.tokens(), k) != null || cal.weekdayAt(s.tokens(), k) != null
                    || cal.seasonAt(s.tokens(), k) != null) {
                words = k + 1 - at;
            }
        }
        return words;
    }

    /**
     * The side word qualifying a word for losses ({@code losses}: "losses", "pertes", "Verluste der", "потери") that stands
     * right before or after it, within {@value #REPORT_REACH} words of a repelled attack: "attacks near X had been repelled
     * with heavy Ukrainian losses", "hohen Verlusten der Ukrainer". The side that lost men is the one that attacked, not
     * the one that repelled it; null when there is none.
     */
    private static CueHit losingSide(SentenceView s, List<CueHit> sideWords, CueHit trigger) {
        for (CueHit loss : s.rules().list("losses").find(s.tokens(), s.from(), s.to())) {
            if (Math.max(loss.from() - trigger.to(), trigger.from() - loss.to()) > REPORT_REACH) {
                continue;
            }
            for (CueHit a : sideWords) {
                if (a.to() == loss.from() || a.from() == loss.to()) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * "атаки противника на X отбиты", "Russian assaults near X were beaten back": a side word right
     * next to an attack noun of the same clause names the attacker of a repelled attack, which is
     * credited as it stands (no inversion: it is not the side that resisted); so does one right after an attempt
     * ({@code forecast} cue flagged {@code attempt}: "Versuche ukrainischer Einheiten abgewehrt").
     */
    private static CueHit attackerOfRepelled(SentenceView s, List<CueHit> actors, CueHit trigger) {
        for (CueHit attack : s.triggers()) {
            if (attack == trigger || !attack.cue().label().equals("fighting") || attack.cue().has("patient")
                    || attack.cue().has("no-side") || Math.abs(attack.from() - trigger.from()) > SUBJECT_REACH
                    || !ClauseStructure.sameClause(s, Math.min(attack.to(), trigger.to()) - 1, Math.max(attack.from(), trigger.from()))) {
                continue;
            }
            for (CueHit a : actors) {
                if (a.to() == attack.from() || a.from() == attack.to()) {
                    return a;
                }
            }
        }
        for (CueHit attempt : s.find("forecast")) {
            // "es habe Versuche ukrainischer Einheiten abgewehrt, bei X die Grenze zu überqueren": the attempt's genitive
            if (attempt.cue().has("attempt") && Math.abs(attempt.from() - trigger.from()) <= SUBJECT_REACH
                    && ClauseStructure.sameClause(s, Math.min(attempt.to(), trigger.to()) - 1, Math.max(attempt.from(), trigger.from()))) {
                for (CueHit a : actors) {
                    if (a.from() == attempt.to()) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "отражены контратаки ВСУ", "відбили атаки ворога": a side word right after a repelled-attack
     * trigger that ends on an attack noun (itself an attacker-naming fight trigger) or is flagged
     * {@code attacker-after} ("сорваны попытки украинских штурмовых групп", "repelled an attempt by Ukrainian
     * troops", past an agent marker) is that noun's genitive, the attacker, credited as it stands; a unit named between ("штурмовых групп ВСУ") is the attacker's.
     */
    private static CueHit attackerAfterAttackNoun(SentenceView s, List<CueHit> actors, CueHit trigger) {
        CueHit noun = s.rules().triggers().startingAt(s.tokens(), trigger.to() - 1, trigger.to());
        boolean attackNoun = noun != null && noun.cue().label().equals("fighting") && !noun.cue().has("patient")
                && !noun.cue().has("no-side");
        if (!attackNoun && !trigger.cue().has("attacker-after")) {
            return null;
        }
        int after = trigger.to();
        CueHit by = trigger.cue().has("attacker-after") ? s.rules().list("agent_markers").startingAt(s.tokens(), after, s.to()) : null;
        if (by != null) {
            after = by.to(); // "repelled an attempt by Ukrainian saboteurs": the agent of the attempt
        }
        CueHit unit = s.rules().triggers().startingAt(s.tokens(), after, s.to());
        if (unit != null && unit.cue().has("background")) {
            after = unit.to(); // "контратак штурмовых групп ВСУ": the unit named between is the attacker's
        }
        for (CueHit a : actors) {
            if (a.from() == after) {
                return a;
            }
        }
        return null;
    }

    static Side sideOf(Claimant claimant) {
        return sideOf(claimant.kind());
    }

    /** The side a claimant of this kind speaks for, or null for an independent one. */
    private static Side sideOf(ClaimantKind kind) {
        return kind == ClaimantKind.RU_SIDE ? Side.RU : kind == ClaimantKind.UA_SIDE ? Side.UA : null;
    }

    /**
     * True when side word {@code a} names the speaker of an inverted reporting clause: a reporting
     * or conceding verb after a comma (one word between at most: ", как признают") stands right
     * before it, at most one word between and neither a complementizer nor a comma (", как признают украинские военные,",
     * ", a reconnu l'armée ukrainienne", ", said Ukrainian officials"). Not the side word of a trigger standing
     * between them (", a fait état d'assauts russes contre X": the attackers, not the speaker).
     */
    private static boolean invertedSpeaker(SentenceView s, CueHit a) {
        int from = Math.max(s.from(), a.from() - 6);
        for (String list : List.of("attribution", "concession")) {
            for (CueHit v : s.rules().list(list).find(s.tokens(), from, a.from())) {
                boolean triggerBetween = s.triggers().stream().anyMatch(t -> t.from() >= v.to() && t.to() <= a.from());
                if (a.from() - v.to() <= 1 && !triggerBetween && !ClauseStructure.complementizerBetween(s, v.to(), a.from())
                        && (ClauseStructure.commaBefore(s, v.from()) || ClauseStructure.commaBefore(s, v.from() - 1))
                        && !ClauseStructure.commaBefore(s, a.from()) && !ClauseStructure.commaBefore(s, a.from() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when side word {@code a} is the subject of a reporting verb whose object is the attack {@code trigger}
     * ("Kyiv reported fierce attacks near X", "Kiev informó de ataques cerca de X", "Киев сообщил об атаках у X"):
     * the verb follows it within {@value #SPEAKER_GAP} words and the attack the verb within {@value #REPORTED_ATTACK_GAP},
     * with no punctuation between ("Russian troops, according
     * to Kyiv, attacked X" names the attacker), and neither a complementizer, a subject pronoun nor another side word
     * stands between the verb and the attack ("Kyiv said they attacked X").
     */
    private static boolean reportsAttack(SentenceView s, CueHit a, CueHit trigger) {
        for (CueHit v : s.rules().list("attribution").find(s.tokens(), a.to(), trigger.from())) {
            if (v.from() - a.to() <= SPEAKER_GAP && !ClauseStructure.punctuated(s, a.to() - 1, v.from())
                    && trigger.from() - v.to() <= REPORTED_ATTACK_GAP && !ClauseStructure.punctuated(s, v.to() - 1, trigger.from())
                    && !ClauseStructure.complementizerBetween(s, v.to(), trigger.from())
                    && s.rules().list("subject_pronouns").find(s.tokens(), v.to(), trigger.from()).isEmpty()
                    && s.actors().stream().noneMatch(o -> o.from() >= v.to() && o.to() <= trigger.from())) {
                return true;
            }
        }
        return false;
    }

    /** True when a reporting verb follows side word {@code a} within {@value #SPEAKER_GAP} words: it names a speaker. */
    private static boolean reports(SentenceView s, CueHit a) {
        int reach = Math.min(s.to(), a.to() + SPEAKER_GAP + dateWordsAfter(s, a.to()));
        return !s.rules().list("attribution").find(s.tokens(), a.to(), reach).isEmpty();
    }

    /** True when the claimant's own words hold a reporting verb ("Moscow said") or one follows them. */
    private static boolean speaks(SentenceView s, CueHit claimant) {
        return reports(s, claimant) || !s.rules().list("attribution").find(s.tokens(), claimant.from(), claimant.to()).isEmpty();
    }

    private static boolean conceded(SentenceView s, CueHit trigger) {
        // not when another speaker comes between ("X, признают в Силах обороны, а Минобороны РФ отчиталось об «освобождении» Y")
        return s.rules().list("concession").find(s.tokens(), s.from(), trigger.from()).stream()
                .anyMatch(c -> !claimantBetween(s, c.to(), trigger.from()));
    }

    /**
     * True when the sentence names no claimant and has no reporting verb ("Depuis la libération de X,
     * la pression n'a cessé de croître"): the outlet narrates, and a claimant carried over from an
     * earlier sentence credits nothing to its side.
     */
    private static boolean narrated(SentenceView s) {
        return s.claimants().isEmpty() && s.find("attribution").isEmpty() && s.find("pronoun_attribution").isEmpty();
    }

    /**
     * The forces a subject pronoun of a denied clause stands for ({@code subject_pronouns} between the denial frame and
     * the trigger, in the trigger's clause): the one side named by its forces before the frame, in a clause of its own
     * ("Kyiv said Russian troops had advanced near X, but denied that they had taken Y": the denier speaks of them).
     * Null without a frame or a pronoun, or with the side word in the denier's clause ("Russian forces denied they left X").
     */
    private static CueHit deniedPronounAntecedent(SentenceView s, List<CueHit> sideWords, CueHit trigger, int frameEnd) {
        if (frameEnd <= s.from() || frameEnd > trigger.from()) {
            return null;
        }
        // "negó que hubieran irrumpido en X", "опроверг, что ворвались в X": the verb opening the denied clause leaves its subject out
        int first = s.rules().list("complementizers").startingAt(s.tokens(), frameEnd, trigger.from() + 1) != null ? frameEnd + 1 : frameEnd;
        boolean dropped = first <= trigger.from() && ClaimBuilder.pluralFinite(s, first);
        if (!dropped && s.find("subject_pronouns").stream().noneMatch(p -> p.from() >= frameEnd - 1 && p.to() <= trigger.from()
                && ClauseStructure.sameClause(s, p.to() - 1, trigger.from()))) {
            return null;
        }
        // "Kyiv admitted that Russian troops ...": a side that speaks is no antecedent
        List<CueHit> forces = sideWords.stream().filter(a -> a.to() < frameEnd && !ClauseStructure.inSourcePhrase(s, a)
                && !insideClaimant(s, a) && !reports(s, a) && s.rules().list("concession")
                .find(s.tokens(), a.to(), Math.min(s.to(), a.to() + SPEAKER_GAP)).isEmpty()).toList();
        if (forces.stream().map(a -> a.cue().label()).distinct().count() != 1) {
            return null;
        }
        CueHit last = forces.get(forces.size() - 1);
        return ClauseStructure.sameClause(s, last.to() - 1, frameEnd - 1) ? null : last;
    }

    /** Types whose side is the gaining one, which a one-sided claimant is taken to credit to itself. */
    private static boolean gainful(ClaimType type) {
        return type == ClaimType.CAPTURED || type == ClaimType.RETAKEN || type == ClaimType.ADVANCING
                || type == ClaimType.ENCIRCLED;
    }

    /**
     * True when a {@code context_after} cue flagged {@code unit} follows the side word: a side adjective capitalised
     * at the sentence's start before a grouping ("Російське угруповання розширює плацдарм біля X", "Российская
     * группировка заняла X") names that side's forces, not a place's grouping ("Покровське угруповання").
     */
    private static boolean beforeUnit(SentenceView s, CueHit actor) {
        CueHit after = s.rules().list("context_after").startingAt(s.tokens(), actor.to(), s.to());
        return after != null && after.from() == actor.to() && after.cue().has("unit");
    }

    /**
     * "north-west of Kyiv", "toward Moscow": a capital named for distance, direction, background
     * or as a region is a place, not a side's forces.
     */
    private static boolean namedAsPlace(SentenceView s, CueHit actor) {
        MentionRoles.Verdict v = ROLES.classify(s, actor.from(), actor.to());
        if (v == MentionRoles.Verdict.DISTANCE || v == MentionRoles.Verdict.DIRECTION) {
            // "Севернее Киева", "north-west of Kyiv": a capital; not "Східніше українські штурмовики прорвали ...",
            // where the opening adverb is followed by a side adjective, which names no place
            return s.tokens().get(actor.from()).capitalised();
        }
        if (v == MentionRoles.Verdict.CONTEXT && (!s.tokens().get(actor.from()).capitalised() || beforeUnit(s, actor))) {
            return false; // "угрозы окружения украинской группировки": an adjective before a unit's noun names no place
        }
        // "the only regional capital Russian troops captured": the side word opens a relative clause after the head
        return v != MentionRoles.Verdict.CANDIDATE && v != MentionRoles.Verdict.POLITICAL
                && !ClauseStructure.relativeHeadBefore(s, actor.from());
    }

    /** 1 when the possessive ending "'s" follows the side word ("Russia's"), else 0. */
    private static int possessiveEnding(SentenceView s, CueHit a) {
        return a.to() < s.to() && s.tokens().get(a.to()).norm().equals("s") ? 1 : 0;
    }

    /** "Ukrainian positions", "les défenses ukrainiennes", "позиции ВСУ": a side word next to a defence noun. */
    private static boolean holdsDefences(SentenceView s, CueHit actor) {
        Lexicon defences = s.rules().list("defences");
        return defences.endingAt(s.tokens(), Math.max(s.from(), actor.from() - 1), actor.from()) != null
                && !ClauseStructure.punctuated(s, actor.from() - 1, actor.from())
                || defences.startingAt(s.tokens(), actor.to(), Math.min(s.to(), actor.to() + 1)) != null
                && !ClauseStructure.punctuated(s, actor.to() - 1, actor.to());
    }

    /**
     * True when the side word follows right after the place, an anaphor that is a noun of land ("Місто росіяни
     * захопили в травні"): the fronted object, then the subject, not "the city" a side word describes.
     */
    private static boolean afterAnaphor(SentenceView s, CueHit actor, TriggerLink link) {
        return link.placeTo() == actor.from() && link.placeTo() <= link.trigger().from()
                && s.rules().list("anaphora").startingAt(s.tokens(), link.placeFrom(), link.placeTo()) != null;
    }

    /**
     * True when a preposition of origin ({@code fire_origins}) opens the positions the side word holds: "обстрелам с
     * российских позиций", "fire from Russian positions" name where the fire came from, not its target.
     */
    private static boolean firedFrom(SentenceView s, CueHit actor) {
        Lexicon origins = s.rules().list("fire_origins");
        int at = s.rules().list("defences").endingAt(s.tokens(), Math.max(s.from(), actor.from() - 1), actor.from()) != null
                ? actor.from() - 1 : actor.from();
        return origins.endingAt(s.tokens(), Math.max(s.from(), at - 2), at) != null;
    }

    /**
     * A side word in the instrumental right after the place a ring noun governs ("окружение Курахова российскими
     * войсками", "оточення Курахового російськими військами"): the ring's agent, as after a participle; or null.
     */
    private static CueHit instrumentalAfterPlace(SentenceView s, List<CueHit> actors, CueHit trigger, TriggerLink link) {
        if (link.placeFrom() != trigger.to() || ClauseStructure.punctuated(s, trigger.to() - 1, link.placeFrom())) {
            return null;
        }
        for (CueHit a : actors) {
            if (a.from() == link.placeTo() && !ClauseStructure.punctuated(s, link.placeTo() - 1, a.from())
                    && ClauseStructure.endsWithAny(s.tokens().get(a.from()).norm(), s.rules().list("instrumental_endings"))) {
                return a;
            }
        }
        return null;
    }

    /**
     * The side word in the genitive right after a ring's locative ("Покровск оказался в окружении российских войск",
     * "опинився в оточенні російських військ"): the side whose ring it is. A word of {@code ring_locatives} ends the
     * trigger and the side word's first word ends in one of {@code genitive_endings}; null otherwise.
     */
    private static CueHit ringHolder(SentenceView s, List<CueHit> actors, CueHit trigger) {
        if (s.rules().list("ring_locatives").endingAt(s.tokens(), trigger.from(), trigger.to()) == null) {
            return null;
        }
        Lexicon endings = s.rules().list("genitive_endings");
        for (CueHit a : actors) {
            if (a.from() == trigger.to() && !ClauseStructure.punctuated(s, trigger.to() - 1, a.from())) {
                if (ClauseStructure.endsWithAny(s.tokens().get(a.from()).norm(), endings)) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * True when side word {@code a} is what an earlier trigger flagged {@code patient} drives out, inside that trigger's
     * words ("вибили окупантів із Макарова й підняли над містом прапор": the occupiers are driven out, not the ones who
     * raise the flag).
     */
    private static boolean patientOfEarlier(SentenceView s, CueHit a, CueHit trigger) {
        return s.triggers().stream().anyMatch(t -> t != trigger && t.to() <= trigger.from() && t.cue().has("patient")
                && a.from() > t.from() && a.to() < t.to());
    }

    /**
     * True when the side word ends a patient trigger's own words ("відбили у ворога село X"): the trigger tells
     * its role, the side that lost, so a geographic noun after it makes it no description of land.
     */
    private static boolean withinTrigger(CueHit actor, CueHit trigger) {
        return trigger.cue().has("patient") && actor.from() > trigger.from() && actor.to() == trigger.to();
    }

    /** "the Russian border", "the Ukrainian city of X", "границы России": a side word describing land. */
    private static boolean describesLand(SentenceView s, CueHit actor) {
        Lexicon nouns = s.rules().list("geographic_nouns");
        CueHit before = nouns.endingAt(s.tokens(), Math.max(s.from(), actor.from() - 3), actor.from());
        // a comma ends the description: not "Across the border, Russian drones"; nor does a relative
        // clause without pronoun that the side word opens ("the largest town Ukraine seized")
        return nouns.startingAt(s.tokens(), actor.to(), s.to()) != null
                || before != null && !ClauseStructure.punctuated(s, before.to() - 1, actor.from())
                && !ClauseStructure.relativeHeadBefore(s, actor.from())
                || ownsRegion(s, actor);
    }

    /** "Russia's Kursk region", "Ukraine's Donetsk oblast": a side word whose region follows it. */
    private static boolean ownsRegion(SentenceView s, CueHit actor) {
        int name = actor.to() + possessiveEnding(s, actor);
        for (int i = name; i < Math.min(s.to(), name + 2); i++) {
            if (!s.tokens().get(i).capitalised()) {
                return false;
            }
            if (s.rules().list("region_after").startingAt(s.tokens(), i + 1, s.to()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Russia's defence ministry said", "Ukraine's Southern Defence Forces said": the actor word, inside the
     * claimant or qualifying a claimant of its own side right before it, names the source, not the subject.
     */
    private static boolean insideClaimant(SentenceView s, CueHit actor) {
        for (CueHit c : s.claimants()) {
            ClaimantKind kind = s.rules().claimantKind(c.cue().label());
            boolean sameSide = kind == ClaimantKind.RU_SIDE && actor.cue().label().equals("RU")
                    || kind == ClaimantKind.UA_SIDE && actor.cue().label().equals("UA");
            boolean adjacent = c.from() == actor.to() + possessiveEnding(s, actor);
            boolean qualifies = sameSide && adjacent && !ClauseStructure.punctuated(s, actor.to() - 1, c.from());
            if (c.from() <= actor.from() && actor.to() <= c.to() || qualifies) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the side word stands inside the words of a capture or retaking other than the trigger, a hold
     * ("Kupjansk stehe unter ukrainischer Kontrolle, werde aber täglich angegriffen"): it names the holder, no subject
     * of a strike told of the same place.
     */
    private static boolean insideHold(SentenceView s, CueHit side, CueHit trigger) {
        return s.triggers().stream().anyMatch(t -> t != trigger && t.from() < side.from() && side.to() <= t.to()
                && (t.cue().label().equals("captured") || t.cue().label().equals("retaken")));
    }

    /**
     * The actors of the trigger's clause, with the subject of the clause before when the trigger's
     * clause opens with a coordinating opener flagged {@code shared-subject} ("but", "проте", "mais")
     * and names no side of its own before the trigger: "Російські війська не змогли оточити X, проте
     * продовжують штурмувати місто" leaves the attackers unnamed in its second clause.
     */
    private static List<CueHit> withElidedSubject(SentenceView s, List<CueHit> actors, List<CueHit> candidates,
                                                  int clauseStart, CueHit trigger) {
        CueHit opener = s.rules().list("clause_openers").endingAt(s.tokens(), Math.max(s.from(), clauseStart - 3), clauseStart);
        if (opener == null || !opener.cue().has("shared-subject")
                || actors.stream().anyMatch(a -> a.to() <= trigger.from())) {
            return actors;
        }
        // the first side word of the clause before: its subject, not its object
        CueHit subject = firstWithin(candidates, ClauseStructure.clauseStart(s, opener.from()), opener.from());
        if (subject == null) {
            return actors;
        }
        List<CueHit> out = new java.util.ArrayList<>(actors);
        out.add(subject);
        out.sort((x, y) -> Integer.compare(x.from(), y.from()));
        return out;
    }

    /**
     * The first side word of the clause that ends at the comma before the trigger, a speaker's too ("L'armée
     * ukrainienne a affirmé ..."), or null.
     */
    private static CueHit mainClauseSubject(SentenceView s, List<CueHit> candidates, CueHit trigger) {
        return firstWithin(candidates.stream().filter(a -> !invertedSpeaker(s, a)).toList(),
                ClauseStructure.clauseStart(s, trigger.from() - 1), trigger.from());
    }

    /**
     * True when a {@code participle} trigger comes right after a side word, with no auxiliary ("tropas
     * ucranianas cercadas", "des unités ukrainiennes encerclées"): it qualifies that side's noun, a passive.
     */
    private static boolean participleOfSideNoun(List<CueHit> actors, CueHit trigger) {
        CueHit before = nearestBefore(actors, trigger, null);
        return trigger.cue().has("participle") && before != null && before.to() == trigger.from();
    }

    /** True when a claimant is named within tokens {@code [from, to)}. */
    private static boolean claimantBetween(SentenceView s, int from, int to) {
        return s.claimants().stream().anyMatch(c -> c.from() >= from && c.to() <= to);
    }

    /** The first of the hits that lies within tokens {@code [from, to)}, or null. */
    private static CueHit firstWithin(List<CueHit> hits, int from, int to) {
        for (CueHit a : hits) {
            if (a.from() >= from && a.to() <= to) {
                return a;
            }
        }
        return null;
    }

    /** The agent marker right before the side word, or before its article and adjective ("von den russischen Besatzern"), or null. */
    private static CueHit agentMarkerBefore(SentenceView s, CueHit a) {
        int from = Math.max(s.from(), a.from() - AGENT_MARKER_GAP - 1);
        return s.rules().list("agent_markers").find(s.tokens(), from, a.from()).stream()
                .filter(m -> !ClauseStructure.punctuated(s, m.to() - 1, a.from())).findFirst().orElse(null);
    }

    private static CueHit nearestBefore(List<CueHit> actors, CueHit trigger, CueHit fallback) {
        CueHit best = null;
        for (CueHit a : actors) {
            if (a.to() <= trigger.from()) {
                best = a;
            }
        }
        return best != null ? best : fallback;
    }

    /**
     * True when the side word stands in an apposition of the place before its trigger, set off by commas
     * ("Koupiansk, reprise par l'armée ukrainienne en septembre 2022, subit des frappes"): the apposition's agent,
     * not the trigger's subject.
     */
    private static boolean inAppositionOfPlace(SentenceView s, CueHit a, TriggerLink link) {
        int placeTo = link.placeTo();
        CueHit t = link.trigger();
        if (t.from() < placeTo || a.from() < placeTo || a.to() > t.from() || !ClauseStructure.commaBefore(s, placeTo)) {
            return false;
        }
        for (int j = a.to(); j <= t.from() && j <= a.to() + APPOSITION_REST; j++) {
            if (ClauseStructure.commaBefore(s, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the side word stands in a relative clause after the place of a trigger told before
     * it ("вернули контроль над Тростянцом, который ... находился под российской оккупацией"): it
     * describes the place, it is not the trigger's agent.
     */
    private static boolean inRelativeAfterPlace(SentenceView s, CueHit a, TriggerLink link) {
        return link.trigger().to() <= link.placeFrom() && a.from() >= link.placeTo()
                && (ClauseStructure.relativeClauseAt(s, link.placeTo(), a.from())
                || ClaimLinker.objectRelative(s, link.placeTo(), a.to()) || participleAppositionAt(s, link.placeTo(), a.from()));
    }

    /**
     * True when a comma follows the place and another trigger opens the words up to {@code to}: a participle
     * apposition ("Обстріли Куп'янська, звільненого ЗСУ у 2022 році", "the shelling of Kupiansk, liberated by
     * Ukrainian forces"), whose agent is the participle's, not the agent of the trigger before the place.
     */
    private static boolean participleAppositionAt(SentenceView s, int placeTo, int to) {
        if (!ClauseStructure.commaBefore(s, placeTo)) {
            return false;
        }
        for (CueHit t : s.triggers()) {
            if (t.from() >= placeTo && t.to() <= to && t.from() - placeTo <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the main clause right after a participle aside of a fronted place, when the aside names no side
     * of its own and its verb tells no fight nor strike: the one who took the place holds and uses it
     * ("Гостомель, захоплений ще в перші дні вторгнення, окупанти перетворили на плацдарм": Russia's; not "Ізюм,
     * звільнений у вересні, окупанти обстрілюють щодня", where the subject strikes the place); null otherwise.
     */
    private static CueHit subjectAfterParticipleAside(SentenceView s, List<CueHit> candidates, TriggerLink link) {
        CueHit trigger = link.trigger();
        if (!s.rules().frontedObjects() || !trigger.cue().has("place-before") || trigger.from() < link.placeTo()
                || !participleAppositionAt(s, link.placeTo(), trigger.to())) {
            return null;
        }
        for (int j = trigger.to(); j < s.to() && j <= trigger.to() + APPOSITION_REST; j++) {
            if (!ClauseStructure.commaBefore(s, j)) {
                continue;
            }
            final int comma = j;
            CueHit subject = candidates.stream().filter(a -> a.from() == comma).findFirst().orElse(null);
            boolean ownSide = candidates.stream().anyMatch(a -> a.from() >= link.placeTo() && a.to() <= comma);
            // the main verb, right after the subject (a degree adverb or two between: "росіяни тепер обстрілюють")
            boolean strikeOrFight = subject != null && s.triggers().stream().anyMatch(t -> t.from() >= subject.to()
                    && t.from() <= subject.to() + 2 && ClauseStructure.sameClause(s, subject.to() - 1, t.from())
                    && (ClaimBuilder.typeOf(s, t) == ClaimType.FIGHTING || ClaimBuilder.typeOf(s, t) == ClaimType.SHELLED));
            return subject == null || ownSide || strikeOrFight ? null : subject;
        }
        return null;
    }

    /**
     * The subject of an object relative of the place whose verb is the trigger: a side word between the place
     * and the verb ("X, que las tropas ucranianas controlaban") or right after the verb in the same clause
     * ("X, который удерживали украинские подразделения"); null when the trigger is not in such a clause.
     */
    private static CueHit relativeSubject(SentenceView s, List<CueHit> actors, TriggerLink link) {
        CueHit trigger = link.trigger();
        if (trigger.from() < link.placeTo() || !ClaimLinker.objectRelative(s, link.placeTo(), trigger.from())) {
            return null;
        }
        CueHit before = null;
        for (CueHit a : actors) {
            if (a.from() >= link.placeTo() && a.to() <= trigger.from()) {
                before = a;
            }
        }
        if (before != null) {
            return before;
        }
        for (CueHit a : actors) {
            if (a.from() >= trigger.to() && a.from() - trigger.to() <= TARGET_REACH
                    && !ClauseStructure.punctuated(s, trigger.to() - 1, a.from())) {
                return a;
            }
        }
        return null;
    }

    /**
     * A side word naming forces located at the place, before an encircling verb that follows the place
     * ("ukrainische Einheiten in Hirske eingekesselt", "ukrainische Truppen bei X einkesseln"): the side word, a
     * noun at most, and a locative preposition right before the place; null when there is none.
     */
    private static CueHit forcesAtPlace(SentenceView s, List<CueHit> actors, TriggerLink link) {
        if (link.trigger().from() < link.placeTo()) {
            return null;
        }
        int first = link.placeFrom();
        Lexicon and = s.rules().list("conjunctions");
        while (first - 1 > s.from() && link.placeFrom() - first < LIST_BACK && (s.tokens().get(first - 1).capitalised()
                || and.endingAt(s.tokens(), first - 1, first) != null)) {
            first--; // "in Hirske und Solote": the first place of the list
        }
        CueHit at = s.rules().list("locative_before").endingAt(s.tokens(), Math.max(s.from(), first - 3), first);
        if (at == null) {
            return null;
        }
        for (CueHit a : actors) {
            if (a.to() <= at.from() && at.from() - a.to() <= 1 && !ClauseStructure.punctuated(s, a.to() - 1, at.from())) {
                return a;
            }
        }
        return null;
    }

    /** Words from a gain naming its agent after it to that agent's side word ("tombée aux mains des Ukrainiens"). */
    private static final int AGENT_AFTER_GAIN = 2;

    /**
     * The side an object relative of the place, closed by a comma before the trigger, tells taking it, by a side
     * word before the relative's gain ("Isjum, das russische Truppen Anfang April eingenommen hatten, ..."), or the
     * agent of a participle there ("Izium, captured by Russia in April, was abandoned", "Soudja, prise par les
     * Ukrainiens"): the side holding the place when the main clause after the relative tells of it. Null when
     * there is none.
     *
     * @param t the relative's gain ({@link #relativeGain}), or null
     */
    private static Side relativeHolder(SentenceView s, List<CueHit> sideWords, TriggerLink link, CueHit t) {
        if (t == null) {
            return null;
        }
        CueHit subject = null;
        if (t.cue().has("agent-after")) {
            // "Soudja, tombée aux mains des Ukrainiens en août, ...": the side word right after the participle
            subject = sideWords.stream().filter(a -> a.from() >= t.to() && a.from() - t.to() <= AGENT_AFTER_GAIN
                    && !ClauseStructure.punctuated(s, t.to() - 1, a.from())).findFirst().orElse(null);
        } else if (ClaimLinker.objectRelative(s, link.placeTo(), t.from())) {
            for (CueHit a : sideWords) {
                if (a.from() >= link.placeTo() && a.to() <= t.from()) {
                    subject = a;
                }
            }
        } else if (ClauseStructure.reducedRelative(s, t)) {
            subject = ClauseStructure.agent(s, sideWords.stream().filter(a -> a.to() <= link.trigger().from()).toList(), t);
            // "Суджа, ..., захоплене ЗСУ в серпні": a side word right after the participle is its agent
            subject = subject != null ? subject : sideWords.stream().filter(a -> a.from() == t.to()
                    && !ClauseStructure.punctuated(s, t.to() - 1, a.from())).findFirst().orElse(null);
        }
        return subject == null ? null : Side.valueOf(subject.cue().label());
    }

    /**
     * The gain an object relative or a participle after the place's comma tells of it, closed by punctuation before
     * the trigger that follows ({@link #relativeHolder}); null when there is none, or when a negation or modality
     * stands before it there.
     */
    private static CueHit relativeGain(SentenceView s, TriggerLink link) {
        CueHit trigger = link.trigger();
        if (trigger.from() < link.placeTo()) {
            return null;
        }
        CueHit gain = null;
        for (CueHit t : s.triggers()) {
            // the longest cue where several start: "tombée aux mains des Ukrainiens", not "tombée"
            if (t != trigger && ClaimLinker.gain(t) && t.from() >= link.placeTo() && t.to() <= trigger.from()
                    && !t.cue().has("patient") && ClauseStructure.punctuated(s, t.to() - 1, trigger.from())
                    && (gain == null || t.from() == gain.from() && t.to() > gain.to())) {
                gain = t;
            }
        }
        // "Охтирка, яку російські війська так і не змогли взяти": a gain denied or foretold holds nothing
        boolean told = gain != null && s.rules().list("negation").find(s.tokens(), link.placeTo(), gain.from()).isEmpty()
                && s.rules().list("forecast").find(s.tokens(), link.placeTo(), gain.from()).isEmpty();
        return told ? gain : null;
    }

    /**
     * True when the side word stands right after a {@code background} trigger flagged {@code no-side} (not a unit's
     * name: "grupos de asalto rusos"), with no punctuation between
     * ("la acería Azovstal, último reducto de la resistencia ucraniana en X, y con ella el control total de la ciudad"):
     * it names the side of the event that only describes the place, not the subject of the claim. Such triggers are
     * dropped from {@link SentenceView#triggers()}, so they are matched here, only at the words before the side word.
     * A background trigger opening the sentence is a time adverbial, which needs no comma before the subject that
     * follows it ("Після запеклих боїв українські військові відійшли з X": Ukraine's withdrawal).
     */
    private static boolean ofBackground(SentenceView s, CueHit a) {
        for (int start = a.from() - 1; start >= Math.max(s.from(), a.from() - BACKGROUND_WORDS); start--) {
            CueHit t = s.rules().triggers().startingAt(s.tokens(), start, a.from());
            if (t != null && t.to() == a.from() && t.cue().has("background") && t.cue().has("no-side")
                    && start > s.from()
                    && !ClauseStructure.punctuated(s, t.to() - 1, a.from())) {
                return true;
            }
        }
        return false;
    }

    /** Words of the longest background trigger {@link #ofBackground} looks back over ("bastion de la resistencia"). */
    private static final int BACKGROUND_WORDS = 6;

    /**
     * True when the side word stands in an object relative clause closed by a comma before the trigger
     * ("Las tropas rusas que avanzan desde Popasna, ciudad que los defensores ucranianos abandonaron
     * en mayo, han irrumpido en Toshkivka"): it belongs to that clause, not to the trigger's.
     */
    private static boolean inClosedRelative(SentenceView s, CueHit a, CueHit trigger) {
        return a.to() <= trigger.from() && ClauseStructure.closedObjectRelative(s, a.from(), a.to(), trigger.from(), RELATIVE_REACH);
    }

    /**
     * True when the side word, or the noun right after it, is the antecedent of a relative clause whose
     * verb is the trigger ("российских военных, которые отрезаны от снабжения"): the side undergoes it.
     */
    private static boolean antecedent(SentenceView s, CueHit a, CueHit trigger) {
        for (int at = a.to(); at <= a.to() + 1 && at < trigger.from(); at++) {
            CueHit which = s.rules().list("relative_openers").startingAt(s.tokens(), at, trigger.from());
            if (ClauseStructure.commaBefore(s, at) && which != null) {
                // "В ЛНР утверждают, что в окружении ...": a complementizer after a word of its own opens what
                // the side says, no relative of the side
                boolean said = at > a.to() && s.rules().list("complementizers").startingAt(s.tokens(), at, which.to()) != null;
                return !said && trigger.from() - which.to() <= 1;
            }
        }
        return false;
    }

    /** True when no token from {@code from} (inclusive) to {@code to} (exclusive) is capitalised. */
    private static boolean lowerCase(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.tokens().get(i).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** The side word inside a trigger of several words ("repelled Russian attacks"), or null. */
    private static CueHit inside(List<CueHit> actors, CueHit trigger) {
        for (CueHit a : actors) {
            if (a.from() > trigger.from() && a.to() <= trigger.to()) {
                return a;
            }
        }
        return null;
    }

    /**
     * The side word of a genitive right after an attack noun, within {@value #TARGET_REACH} words of its
     * {@code genitive_markers} word ("los asaltos de las fuerzas rusas", "les assauts de Wagner",
     * "Angriffe der russischen Armee"), or null.
     */
    private static CueHit genitiveAgent(SentenceView s, List<CueHit> actors, CueHit trigger) {
        CueHit marker = s.rules().list("genitive_markers").startingAt(s.tokens(), trigger.to(), s.to());
        if (marker == null) {
            return null;
        }
        for (CueHit a : actors) {
            if (a.from() >= marker.to() && a.from() - marker.to() < TARGET_REACH) { // actors never describe land
                return a;
            }
        }
        return null;
    }

    /**
     * True when a genitive marker stands right before a side word after the trigger, or before the one noun it
     * qualifies ("le départ des troupes russes", "the withdrawal of Russian troops"): the side owns that noun.
     */
    private static boolean genitiveOf(SentenceView s, CueHit trigger, CueHit a) {
        return ClauseStructure.genitiveBefore(s, trigger.to(), a, GENITIVE_NOUN_GAP);
    }

    /**
     * The side word standing right after the trigger ("ataques rusos"), or null; not one past a comma, which opens
     * a clause of its own ("«X no ha sido tomada, nuestras unidades siguen allí»").
     */
    private static CueHit adjacentAfter(SentenceView s, List<CueHit> actors, CueHit trigger) {
        for (CueHit a : actors) {
            if (a.from() == trigger.to() && !ClauseStructure.punctuated(s, trigger.to() - 1, a.from())) {
                return a;
            }
        }
        return null;
    }

    /**
     * The side words that may be the agent named after a trigger flagged {@code agent-after}: not the speaker's own
     * forces opening a clause of their own after a comma ("«Soledar has not been captured, our troops are still
     * there»": they hold it, they did not take it).
     */
    private static List<CueHit> agentsAfter(SentenceView s, List<CueHit> actors, CueHit trigger) {
        return actors.stream().filter(a -> !(a.cue().has("own") && a.from() >= trigger.to()
                && ClauseStructure.punctuated(s, trigger.to() - 1, a.from()))).toList();
    }

    /**
     * The subject standing after the verb of a place told before it in a language with fronted objects ("Мирноград
     * по-прежнему удерживают украинские подразделения", "Авдіївку залишили українські війська"): the first side word
     * within {@value #FRONTED_SUBJECT_REACH} words after the trigger, in its clause with no punctuation nor preposition
     * ({@code name_gap_words}: "звільнені від загарбника") between, not in the genitive or the instrumental ("от
     * украинских войск", "с российскими войсками"); null otherwise.
     */
    private static CueHit subjectAfterFrontedObject(SentenceView s, List<CueHit> actors, CueHit trigger, TriggerLink link) {
        if (!s.rules().frontedObjects() || link.placeTo() > trigger.from()
                || actors.stream().anyMatch(a -> a.from() >= link.placeTo() && a.to() <= trigger.from())) {
            return null;
        }
        CueHit a = nearestAfter(s, actors, trigger, trigger.to() + FRONTED_SUBJECT_REACH, null);
        if (a == null || ClauseStructure.punctuated(s, trigger.to() - 1, a.from())
                || !ClauseStructure.sameClause(s, trigger.to() - 1, a.from())
                || !s.rules().list("name_gap_words").find(s.tokens(), trigger.to(), a.from()).isEmpty()) {
            return null;
        }
        String first = s.tokens().get(a.from()).norm();
        return ClauseStructure.endsWithAny(first, s.rules().list("genitive_endings"))
                || ClauseStructure.endsWithAny(first, s.rules().list("instrumental_endings")) ? null : a;
    }

    private static CueHit nearestAfter(SentenceView s, List<CueHit> actors, CueHit trigger, int limit, CueHit fallback) {
        for (CueHit a : actors) {
            if (a.from() >= trigger.to() && a.from() <= limit && !ClauseStructure.reportBetween(s, trigger.to() - 1, a.from())) {
                return a;
            }
        }
        return fallback;
    }


}
