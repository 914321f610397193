package org.frontline.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.FuzzyDate;
import org.frontline.model.Place;
import org.frontline.model.Side;

/**
 * Turns a trigger linked to a place into a {@link Claim}: claimant, side, status, event date and
 * confidence. Stateless and thread-safe.
 *
 * <p>Confidence = extraction certainty x (0.4 + 0.6 x geocoding certainty). Extraction certainty
 * starts at 0.9 for a plain trigger (0.7 for one flagged {@code weak}), is scaled by how directly
 * the claim is attributed, loses 3 % a word of distance between trigger and place, and 20 % when
 * the place is only an anaphor ("the city").
 */
public final class ClaimBuilder {
    /** Words at most between an attempt cue and the trigger it tries ("try to take", "attempt to seize"). */
    static final int ATTEMPT_GAP = 1;
    /** Words around a fighting trigger within which a weapon of strikes from afar makes it shelling. */
    static final int WEAPON_REACH = 4;
    /** Words between a side word and the trigger it is the subject of in a sentence next to an enemy word's. */
    static final int NEIGHBOUR_SUBJECT_REACH = 6;
    /** Endings of a plural finite verb told without its subject (a {@code roles} list). */
    private static final String DROPPED_SUBJECT_ENDINGS = "dropped_subject_endings";
    /** Letters a verb keeps before its plural ending ({@link #pluralFinite}). */
    static final int DROPPED_STEM = 3;
    private final SideReader sides = new SideReader();
    private final Function<Place, Side> holders;
    private final StatusReader statuses = new StatusReader();
    private final AttributionReader attributions = new AttributionReader();
    private final EventDateReader dates = new EventDateReader();

    /** @param holders the side holding a place on the baseline date, or null when unknown */
    public ClaimBuilder(Function<Place, Side> holders) {
        this.holders = Objects.requireNonNull(holders, "holders");
    }

    /** What the builder needs to know about the article beyond the sentence. */
    public record ArticleFacts(String contentHash, LocalDate published, String outlet) {
    }

    /** The dates a sentence gives; read once per sentence and passed to {@link #build}. */
    public List<DateMention> datesOf(SentenceView s, LocalDate published) {
        return dates.read(s.tokens(), s.from(), s.to(), published, s.rules().calendar());
    }

    /**
     * @param quoted        the speaker of a quote the sentence stands in, named where the quote closes, or null
     * @param sentenceDates {@link #datesOf} of the sentence
     */
    public Claim build(SentenceView s, List<SentenceView> paragraph, TriggerLink link, FoundName place,
                       Claimant previousClaimant, Claimant quoted, ArticleFacts article, List<DateMention> sentenceDates) {
        Optional<DenialFrame> denial = DenialFrame.find(s).filter(d -> d.covers(s, link.trigger().from()));
        Attribution attribution = attributions.read(s, paragraph, denial, previousClaimant, quoted, article.outlet(),
                link.trigger().from());
        DateMention date = nearestDate(s, sentenceDates, link);
        FuzzyDate eventDate = date != null ? date.date()
                : article.published() != null ? FuzzyDate.day(article.published()) : null;
        StatusReading status = statuses.read(s, link, denial, eventDate, date != null && date.absolute(),
                article.published());
        if (date == null && status.status() == ClaimStatus.HISTORICAL) {
            eventDate = null;
        }
        // "Сообщения о захвате города он назвал фейком": a denial naming neither its denier nor whose claim it answers
        // is the claimant's own, who denies a gain of the other side as a negation would
        boolean negated = status.status() == ClaimStatus.DENIED
                && denial.map(d -> d.deniedBy() == null && d.claimant() == null).orElse(true);
        ClaimType type = typeOf(s, link.trigger());
        Side side = sides.read(s, link, denial.map(DenialFrame::end).orElse(s.from()),
                denial.map(DenialFrame::denierSide).orElse(null), attribution.claimant(), negated,
                enemySubject(s, link.trigger()) ? neighbourDoing(s, paragraph, type) : null);
        if (side == null && type == ClaimType.CAPTURED && link.trigger().cue().has("occupation")
                && place.resolution().resolved()) {
            // "Berdiansk was occupied in the first days of the war": the occupier goes without saying
            side = occupier(place.resolution().place());
        }
        // a liberation told as history in a sentence naming neither side nor claimant: the narrator's, whoever spoke before
        boolean narratedHistory = status.status() == ClaimStatus.HISTORICAL && s.claimants().isEmpty() && s.actors().isEmpty();
        if ((side == null || narratedHistory) && type == ClaimType.CAPTURED && link.trigger().cue().has("liberation")
                && place.resolution().resolved() && "UA".equals(place.resolution().place().country())
                && (narratedHistory || SideReader.sideOf(attribution.claimant()) != Side.RU) && !quoted(s, link.trigger())) {
            // "Kherson, liberated in November": told without its liberator, a town of Ukraine's is Ukraine's to free;
            // not Moscow's word for its captures, which a Russian claimant or quotation marks give ("« libéré »"), unless
            // the sentence tells history in the narrator's voice ("Kupiansk, occupied in the first days, was liberated
            // in September 2022" after a Russian claim)
            side = Side.UA;
        }
        if (type == ClaimType.WITHDREW && place.resolution().resolved() && ClauseStructure.defendersLeave(s, link.trigger())) {
            // "Vouhledar, abandonnée début octobre par sa garnison", "räumten die Verteidiger X": who held the place left it
            Side holder = holders.apply(place.resolution().place());
            side = holder != null ? holder : side;
        }
        if (side == null && carriesSubject(s, link.trigger(), type)) {
            // "Russian forces pressed on toward Pokrovsk. They took X on Tuesday": the pronoun's side is the previous sentence's
            side = previousSubject(s, paragraph);
        }
        if (type == ClaimType.FIGHTING && side != null && !link.trigger().cue().has("patient")
                && !link.trigger().cue().has("repelled") && ClauseStructure.defendersFight(s, link.trigger())) {
            side = side.opposite(); // "Ukrainian defenders were still fighting there": the other side attacks
        }
        if (type == ClaimType.FIGHTING && side == null && place.resolution().resolved()
                && ClauseStructure.defendersOfPlace(s, link.trigger(), link.placeFrom())) {
            // "Оборонці X відбили п'ять штурмів": the side not holding the place attacks
            Side holder = holders.apply(place.resolution().place());
            side = holder != null ? holder.opposite() : null;
        }
        if ((type == ClaimType.CAPTURED || type == ClaimType.RETAKEN) && partOf(s, link)) {
            type = ClaimType.ADVANCING; // "won back roughly half of X": partial control is an advance
        }
        ClaimStatus claimStatus = status.status();
        boolean attempt = claimStatus == ClaimStatus.FORECAST && status.cue() != null
                && (status.cue().cue().has("attempt") || purposeOfAttempt(s, status.cue()));
        // "пытаются выбить морпехов из X": trying to drive the other side out is a fight by the side trying
        boolean expelling = type == ClaimType.WITHDREW && (link.trigger().cue().has("patient") || link.trigger().cue().has("expel"));
        // "intentan tomar X, que Ucrania recuperó en 2022": a retaking in a clause of its own is no attempt
        boolean retakingTried = type == ClaimType.RETAKEN && attempt
                && (ClauseStructure.sameClause(s, status.cue().to() - 1, link.trigger().from())
                    || infinitiveAfterComma(s, status.cue(), link.trigger()));
        if (attempt && (type == ClaimType.CAPTURED || retakingTried || type == ClaimType.ADVANCING
                || type == ClaimType.FIGHTING || expelling)) {
            // "trying to take X", "trying to win back lost positions near X", "намагається контратакувати біля X": the attempt is a fight going on
            side = expelling && side != null ? side.opposite() : side;
            type = ClaimType.FIGHTING;
            claimStatus = ClaimStatus.ASSERTED;
        } else if (type == ClaimType.CAPTURED && claimStatus == ClaimStatus.FORECAST && attemptAfter(s, status.cue(), link.trigger())) {
            type = ClaimType.FIGHTING; // "could try to take X": an attempt to come, a fight forecast
        }
        String key = mentionKey(article.contentHash(), place.start()) + ":" + type.code();
        return new Claim(0, 0, key, place.surface(), place.resolution().resolved() ? place.resolution().place().id() : null,
                type, side, attribution.claimant(), claimStatus, status.deniedBy(), eventDate,
                s.quote(), s.sentence().start(), s.sentence().end(), confidence(link, place, attribution));
    }

    /**
     * True when the forecast cue opens the purpose of an attempt told before it in its clause ("cherchent à franchir
     * le canal qui traverse la ville pour s'emparer du reste de X", "пытаются форсировать канал, чтобы захватить X"):
     * the attempt is what the sentence tells, a fight going on.
     */
    private static boolean purposeOfAttempt(SentenceView s, CueHit cue) {
        return s.find("forecast").stream().anyMatch(f -> f.cue().has("attempt") && f.to() <= cue.from()
                && cue.from() - f.to() <= PURPOSE_REACH && !ClauseStructure.punctuated(s, f.to() - 1, cue.from() - 1));
    }

    /**
     * True when the trigger is the infinitive an attempt cue opens after a comma, as German writes it ("Die Versuche
     * ukrainischer Truppen, X zurückzuerobern"): one comma between them, within {@value #PURPOSE_REACH} words, and
     * no clause or relative opener after it ("intentan tomar X, que Ucrania recuperó": no attempt at the retaking).
     */
    private static boolean infinitiveAfterComma(SentenceView s, CueHit cue, CueHit trigger) {
        if (trigger.from() - cue.to() > PURPOSE_REACH) {
            return false;
        }
        int comma = -1;
        for (int i = cue.to(); i < trigger.from(); i++) {
            if (ClauseStructure.punctuated(s, i - 1, i)) {
                if (comma >= 0 || !ClauseStructure.commaBefore(s, i)) {
                    return false;
                }
                comma = i;
            }
        }
        return comma >= 0 && !ClauseStructure.relativeClauseAt(s, comma, trigger.to())
                && !ClauseStructure.boundaryBetween(s, comma, trigger.from());
    }

    /** Words between an attempt and the purpose clause after it ("tentent de franchir le canal pour"). */
    static final int PURPOSE_REACH = 8;

    /**
     * True when a forecast cue that is no attempt ("could", "will") stands before an attempt cue that opens the trigger's
     * verb phrase, with no punctuation between them ("Russian forces could try to take X", "will attempt to seize X"):
     * the attempt is what is forecast.
     */
    private static boolean attemptAfter(SentenceView s, CueHit modal, CueHit trigger) {
        if (modal == null || modal.cue().has("attempt") || modal.to() > trigger.from()) {
            return false;
        }
        return s.find("forecast").stream().anyMatch(f -> f.cue().has("attempt") && f.from() >= modal.to()
                && f.to() <= trigger.from() && trigger.from() - f.to() <= ATTEMPT_GAP
                && !ClauseStructure.punctuated(s, modal.to() - 1, trigger.from()));
    }

    /**
     * The side an occupation told without its occupier credits: Russia for a place in Ukraine. Not Ukraine for
     * a place in Russia: Ukrainian writers call Kursk villages Russia retook "окуповані" too.
     */
    static Side occupier(Place place) {
        return "UA".equals(place.country()) ? Side.RU : null;
    }

    /** Words after a relative's verb within which its object may tell a part ("contrôle déjà les quartiers orientaux"). */
    static final int PARTIAL_OBJECT = 4;

    /** Words of a settlement word ("le village voisin de") read before a place told before its trigger. */
    static final int SETTLEMENT_WORDS = 5;

    /** Words of a word of part ("la mayor parte") read before a genitive marker. */
    static final int PART_WORDS = 3;

    /**
     * True when a word of part ({@code partial}: "half of", "most of") stands between the trigger and
     * its place after it, or right before a place told before its trigger ("la moitié de X est passée
     * sous contrôle russe"), or as the object of a relative's verb after the place ("X, dont l'ennemi
     * contrôle la partie orientale"), or when the place is an anaphor flagged {@code part} that names a
     * part of its town ("entered the northern districts", "in die östlichen Stadtteile eingedrungen").
     */
    private static boolean partOf(SentenceView s, TriggerLink link) {
        CueHit anaphor = s.rules().list("anaphora").startingAt(s.tokens(), link.placeFrom(), link.placeTo());
        if (anaphor != null && anaphor.cue().has("part")) {
            return true; // an anaphor naming a part of its town ("entered its eastern districts")
        }
        Lexicon partial = s.rules().list("partial");
        if (link.placeBefore()) {
            // right before the place, or with one word between ("la moitié de X"), or as the object of a
            // relative's verb ("X, dont l'ennemi contrôle la partie orientale"); not the part a main clause entered
            // before a participle of the whole place ("проникли в северные кварталы X, освобождённого ВСУ")
            if (link.trigger().from() == link.placeTo() && ClauseStructure.commaBefore(s, link.trigger().from())) {
                return false;
            }
            if (link.trigger().from() >= link.placeTo() && ClaimLinker.objectClause(s, link.placeTo(), link.trigger())) {
                // "pénétré dans les faubourgs est de X, qui pourrait tomber": the relative tells of the whole town
                return partInObject(s, partial, link.trigger());
            }
            // a settlement word before the place is no word between ("la mitad del pueblo de X fue tomada")
            CueHit settlement = s.rules().list("settlement_words").endingAt(s.tokens(),
                    Math.max(s.from(), link.placeFrom() - SETTLEMENT_WORDS), link.placeFrom());
            int placeFrom = settlement != null ? settlement.from() : link.placeFrom();
            return partial.endingAt(s.tokens(), Math.max(s.from(), placeFrom - 3), placeFrom) != null
                    || partial.endingAt(s.tokens(), Math.max(s.from(), placeFrom - 4), placeFrom - 1) != null
                    || partBeforeGenitive(s, partial, placeFrom)
                    || link.trigger().from() >= link.placeTo() && partInObject(s, partial, link.trigger())
                    || partBetween(s, partial, link.placeTo(), link.trigger().from());
        }
        // also a town's district named on the way ("took the Kanal district of X", "ont pris le quartier Kanal de X"),
        // or inside a verb bracket around the place ("eroberten einen Teil von X zurück")
        int from = link.trigger().to() <= link.placeFrom() ? link.trigger().to() : link.trigger().from() + 1;
        return from <= link.placeFrom() && Stream.of("partial", "district_before", "district_after")
                .anyMatch(list -> !s.rules().list(list).find(s.tokens(), from, link.placeFrom()).isEmpty())
                || link.trigger().to() <= link.placeFrom() && partHeldAfter(s, partial, link.placeTo());
    }

    /**
     * True when a conjunction right after the place opens a clause whose verb holds a part of it as its object,
     * within {@value #PARTIAL_OBJECT} words, with no punctuation and no other capitalised name up to three words
     * past it ("sont entrés dans X et tiennent plusieurs quartiers du sud", "entered X and hold part of the town"):
     * the entry won a foothold, an advance. A part that names defences ("positions": {@code defences}) is not one
     * ("took X and reinforced their positions").
     */
    private static boolean partHeldAfter(SentenceView s, Lexicon partial, int placeTo) {
        CueHit and = s.rules().list("conjunctions").startingAt(s.tokens(), placeTo, Math.min(s.to(), placeTo + 2));
        if (and == null || and.from() != placeTo || and.to() >= s.to() || ClauseStructure.punctuated(s, placeTo - 1, placeTo)) {
            return false;
        }
        // a verb opens the clause: not a second object ("still hold X and parts of the suburbs") nor a locative
        // ("над зданиями в центре города и на территории коксохимического завода")
        if (partial.startingAt(s.tokens(), and.to(), and.to() + 1) != null
                || s.rules().list("name_gap_words").startingAt(s.tokens(), and.to(), and.to() + 1) != null
                || s.rules().list("noun_determiners").startingAt(s.tokens(), and.to(), and.to() + 1) != null) {
            return false;
        }
        int end = and.to();
        int limit = Math.min(s.to(), and.to() + PARTIAL_OBJECT + 1);
        while (end < limit && !ClauseStructure.punctuated(s, end - 1, end) && !s.tokens().get(end).capitalised()) {
            end++;
        }
        Lexicon defences = s.rules().list("defences");
        for (CueHit part : partial.find(s.tokens(), and.to(), end)) {
            int after = Math.min(s.to(), part.to() + 3);
            boolean named = false;
            for (int i = part.to(); i < after && !ClauseStructure.punctuated(s, i - 1, i); i++) {
                named |= s.tokens().get(i).capitalised();
            }
            if (!named && defences.startingAt(s.tokens(), part.from(), part.to()) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word of part and one modifier stand before a genitive marker right before the place
     * ("los barrios orientales de X fueron tomados", "les quartiers est de X ont été pris").
     */
    private static boolean partBeforeGenitive(SentenceView s, Lexicon partial, int placeFrom) {
        CueHit genitive = s.rules().list("genitive_markers")
                .endingAt(s.tokens(), Math.max(s.from(), placeFrom - ClauseStructure.GENITIVE_MARKER_WORDS), placeFrom);
        return genitive != null && genitive.from() - 1 > s.from() && partial.endingAt(s.tokens(),
                Math.max(s.from(), genitive.from() - 1 - PART_WORDS), genitive.from() - 1) != null;
    }

    /**
     * True when a word of part stands between a place and its trigger after it, with no punctuation between them:
     * the object of a verb at the end of its clause ("haben bei X neue Stellungen eingenommen", "у X заняли позиции").
     */
    private static boolean partBetween(SentenceView s, Lexicon partial, int placeTo, int triggerFrom) {
        return placeTo < triggerFrom && !ClauseStructure.punctuated(s, placeTo - 1, triggerFrom)
                && !partial.find(s.tokens(), placeTo, triggerFrom).isEmpty();
    }

    /** True when a word of part stands among the first words after the trigger, before any punctuation. */
    private static boolean partInObject(SentenceView s, Lexicon partial, CueHit trigger) {
        int end = trigger.to();
        while (end < Math.min(s.to(), trigger.to() + PARTIAL_OBJECT) && !ClauseStructure.punctuated(s, end - 1, end)) {
            end++;
        }
        return !partial.find(s.tokens(), trigger.to(), end).isEmpty();
    }

    /** The side of a fighting trigger told without a place ("repelled 70 Russian attacks"), or null. */
    Side placelessSide(SentenceView s, CueHit trigger, Claimant claimant) {
        return sides.read(s, new TriggerLink(trigger, trigger.to(), trigger.to(), 0, false), s.from(), null, claimant, false);
    }

    /**
     * The date of a claim: among the sentence's dates, those that belong to its trigger. A date
     * belongs to the nearest trigger before it in its clause ("captured X on Tuesday"), or, when
     * none precedes it there, to the nearest after it in its clause ("On Tuesday Russian forces
     * captured X"), so that in "captured X in 2023 and are now advancing on Y" the year dates X
     * only. A clause opener or relative word between them ({@link ClauseStructure#dateBoundaryBetween})
     * parts a date from a trigger: in "withdrew from X, ending a siege that began in late February"
     * the date is the siege's. A date in a clause without trigger belongs to the first trigger
     * after it ("said on Monday that Russian forces had entered X"), never to one before it. A date
     * between a place and the trigger after it that governs it belongs to that trigger, not to an
     * attack noun of a phrase between them ("hatte X im August 2024 bei ihrem Vorstoß eingenommen").
     */
    private static DateMention nearestDate(SentenceView s, List<DateMention> sentenceDates, TriggerLink link) {
        DateMention best = null;
        for (DateMention d : sentenceDates) {
            CueHit owner = owner(s, d);
            if (owner != link.trigger() && (owner == null || !oneEvent(link.trigger(), owner))
                    && !insideObjectGap(s, d, owner, link)) {
                continue;
            }
            if (best == null || Math.abs(d.token() - link.trigger().from()) < Math.abs(best.token() - link.trigger().from())) {
                best = d;
            }
        }
        return best;
    }

    /**
     * True when the date stands between a place and the trigger after it that governs it, and the trigger the date
     * was given to follows the date inside that gap ("Sudscha im August 2024 bei ihrem Vorstoß eingenommen"), with no
     * clause or relative opener between the date and the governing trigger, nor punctuation between the two triggers
     * ("Kupjansk, das die Ukraine im September 2022 befreit hatte, wird beschossen": the date is the relative's).
     */
    private static boolean insideObjectGap(SentenceView s, DateMention d, CueHit owner, TriggerLink link) {
        return link.placeBefore() && owner != null && link.placeTo() <= d.token()
                && owner.from() > d.token() && owner.to() <= link.trigger().from()
                && !ClauseStructure.dateBoundaryBetween(s, d.token() + 1, link.trigger().from())
                && !ClauseStructure.punctuated(s, owner.to() - 1, link.trigger().from());
    }

    /**
     * True when two triggers of one claim type follow each other with at most one word between them: one event told
     * twice over ("fell into Russian hands", "cayó en manos rusas"), so that a date after the second dates the first.
     */
    private static boolean oneEvent(CueHit a, CueHit b) {
        CueHit first = a.from() <= b.from() ? a : b;
        CueHit second = first == a ? b : a;
        return a.cue().label().equals(b.cue().label()) && second.from() >= first.to() - 1
                && second.from() - first.to() <= 1;
    }

    private static CueHit owner(SentenceView s, DateMention d) {
        CueHit before = null; // the last trigger before the date (triggers come in text order)
        for (CueHit t : s.triggers()) {
            if (t.to() <= d.token()) {
                before = t;
            }
        }
        if (before != null && !ClauseStructure.dateBoundaryBetween(s, before.to(), d.token() + 1)) {
            return before;
        }
        CueHit firstAfter = null;
        for (CueHit t : s.triggers()) {
            if (t.to() <= d.token()) {
                continue;
            }
            if (!ClauseStructure.dateBoundaryBetween(s, d.token() + 1, t.from())) {
                return t;
            }
            if (firstAfter == null) {
                firstAfter = t;
            }
        }
        return before == null ? firstAfter : null;
    }

    /**
     * The claim type of a trigger; an attack made with weapons that strike from afar ("drones
     * attacked Kharkiv", "ataque con misiles contra Odesa") is shelling, not fighting.
     */
    static ClaimType typeOf(SentenceView s, CueHit trigger) {
        ClaimType type = ClaimType.parse(trigger.cue().label());
        if (type != ClaimType.FIGHTING || trigger.cue().has("no-side")) {
            return type;
        }
        int from = Math.max(s.from(), trigger.from() - WEAPON_REACH);
        int to = Math.min(s.to(), trigger.to() + WEAPON_REACH);
        boolean weapons = s.rules().list("strike_weapons").find(s.tokens(), from, to).stream()
                .anyMatch(w -> ClauseStructure.sameClause(s, Math.min(w.from(), trigger.from()),
                        Math.max(w.from(), trigger.from())));
        return weapons ? ClaimType.SHELLED : type;
    }

    private static double confidence(TriggerLink link, FoundName place, Attribution attribution) {
        double extraction = link.trigger().cue().has("weak") ? 0.7 : 0.9;
        extraction *= attribution.strength();
        extraction *= Math.max(0.5, 1 - 0.03 * link.distance());
        if (place.origin() == FoundName.Origin.ANAPHORA) {
            extraction *= 0.8;
        }
        double geocoding = place.resolution().confidence();
        double c = extraction * (0.4 + 0.6 * geocoding);
        return Math.max(0, Math.min(1, c));
    }

    /** The key of a place mention: the article's hash and the mention's offset; a claim's key adds its type. */
    static String mentionKey(String contentHash, int start) {
        return contentHash + ":" + start;
    }

    /** The offset of the mention a claim key names ({@link #mentionKey}). */
    static int mentionStart(String key) {
        int from = key.indexOf(':') + 1;
        return Integer.parseInt(key.substring(from, key.indexOf(':', from)));
    }

    /**
     * True when a subject pronoun ({@code subject_pronouns}: "they", "elles", "они") stands before an active gain or
     * withdrawal in its clause, with no side word before the trigger nor a reporting verb before the pronoun in the sentence:
     * "Sie nahmen am Montag die Stadt ein".
     */
    private static boolean carriesSubject(SentenceView s, CueHit trigger, ClaimType type) {
        boolean ownMove = type == ClaimType.CAPTURED || type == ClaimType.RETAKEN || type == ClaimType.ADVANCING
                || type == ClaimType.WITHDREW;
        if (!ownMove || trigger.cue().has("patient") || trigger.cue().has("fall") || ClauseStructure.passive(s, trigger)) {
            return false;
        }
        if (droppedSubject(s, trigger)) {
            return true;
        }
        // German puts the pronoun after the verb: "nahmen sie die Stadt ein"
        return s.find("subject_pronouns").stream().anyMatch(p -> p.from() >= trigger.from() && p.to() <= trigger.to()
                || p.to() <= trigger.from() && ClauseStructure.sameClause(s, p.to() - 1, trigger.from())
                && s.actors().stream().noneMatch(a -> a.to() <= trigger.from())
                && !ClauseStructure.reportBetween(s, s.from(), p.from())); // "soldiers of X said they had retaken"
    }

    /**
     * True when token {@code i} is a plural finite verb the language may tell without its subject: a word of more
     * than {@value #DROPPED_STEM} letters ending in one of {@code roles.dropped_subject_endings} ("-aron", "-ли"; not
     * the preposition "en").
     */
    static boolean pluralFinite(SentenceView s, int i) {
        String norm = s.tokens().get(i).norm();
        return norm.length() > DROPPED_STEM && ClauseStructure.endsWithAny(norm, s.rules().list(DROPPED_SUBJECT_ENDINGS));
    }

    /**
     * True when the trigger is a plural finite verb ({@code roles.dropped_subject_endings}: "-aron", "-ли") whose subject
     * the language leaves out, with no side word, reporting verb or source phrase before it in its sentence: "Las fuerzas
     * ucranianas defendieron X durante semanas. El sábado se retiraron de X", "... Потім відійшли з міста".
     */
    private static boolean droppedSubject(SentenceView s, CueHit trigger) {
        return pluralFinite(s, trigger.from())
                && s.actors().stream().noneMatch(a -> a.to() <= trigger.from())
                && s.rules().list("attribution").find(s.tokens(), s.from(), trigger.from()).isEmpty()
                && s.rules().list("source_phrases").find(s.tokens(), s.from(), trigger.from()).isEmpty();
    }

    /**
     * True when a word for "the enemy" is the subject of the trigger: it stands before it in its clause, within
     * {@value #NEIGHBOUR_SUBJECT_REACH} words, with no side word between ("Противник оставил X").
     */
    private static boolean enemySubject(SentenceView s, CueHit trigger) {
        return s.find("enemy").stream().anyMatch(e -> e.to() <= trigger.from() && trigger.from() - e.to() <= NEIGHBOUR_SUBJECT_REACH
                && ClauseStructure.sameClause(s, e.to() - 1, trigger.from())
                && s.actors().stream().noneMatch(a -> a.from() >= e.to() && a.to() <= trigger.from()));
    }

    /**
     * The one side whose forces the sentence before or after this one, in its paragraph, name as the subject of a
     * trigger of the given type ("Противник оставил X. По нашим данным, подразделения ВСУ ушли ночью": the Ukrainian
     * army withdrew), or null for none or both.
     */
    private static Side neighbourDoing(SentenceView s, List<SentenceView> paragraph, ClaimType type) {
        Set<String> sides = new HashSet<>();
        for (SentenceView n : paragraph) {
            if (Math.abs(n.sentence().index() - s.sentence().index()) != 1) {
                continue;
            }
            for (CueHit t : n.triggers()) {
                if (typeOf(n, t) != type || t.cue().has("patient") || t.cue().has("no-side") || t.cue().has("repelled")) {
                    continue;
                }
                n.actors().stream()
                        .filter(a -> a.to() <= t.from() && t.from() - a.to() <= NEIGHBOUR_SUBJECT_REACH
                                && !ClauseStructure.inSourcePhrase(n, a) && ClauseStructure.sameClause(n, a.to() - 1, t.from()))
                        .reduce((first, second) -> second)
                        .ifPresent(a -> sides.add(a.cue().label()));
            }
        }
        return sides.size() == 1 ? Side.valueOf(sides.iterator().next()) : null;
    }

    /**
     * The one side the sentence right before {@code s} in its paragraph names by its forces, or null when it names
     * none or both: "ВСУ отошли от X. Теперь они удерживают ...": Ukraine's.
     */
    private static Side previousSubject(SentenceView s, List<SentenceView> paragraph) {
        int index = s.sentence().index() - 1;
        SentenceView before = paragraph.stream().filter(p -> p.sentence().index() == index).findFirst().orElse(null);
        if (before == null) {
            return null;
        }
        Set<String> sides = new HashSet<>();
        before.actors().stream().filter(a -> !ClauseStructure.inSourcePhrase(before, a)).forEach(a -> sides.add(a.cue().label()));
        return sides.size() == 1 ? Side.valueOf(sides.iterator().next()) : null;
    }

    /** True when the trigger stands between quotation marks opened in its sentence before it ("« libération »"). */
    static boolean quoted(SentenceView s, CueHit t) {
        int at = s.tokens().get(t.from()).start();
        return Extractor.quoteMarks(s.text().substring(Math.min(s.sentence().start(), at), at)) % 2 == 1;
    }
}
