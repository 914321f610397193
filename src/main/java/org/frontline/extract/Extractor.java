package org.frontline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.frontline.control.Baseline;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.MentionRole;
import org.frontline.model.Place;
import org.frontline.model.PlaceMention;
import org.frontline.model.Side;

/**
 * Reads the territorial claims of an article: language, sentences, place mentions with their
 * roles, and for each mention in a claim position a {@link Claim} with type, side, claimant,
 * status, event date, quote and confidence.
 *
 * <p>Thread safety: immutable after construction; one extractor may serve many threads.
 * Each call keeps its working state on its own stack.
 *
 * <p>Rules are data (see {@link RuleBook}); raise {@link #VERSION} whenever they or this
 * code change what is extracted, so that the ingest re-extracts stored articles.
 */
public final class Extractor {
    /** Words between a gain and the plural noun counting its places ("liberated seven small villages"). */
    private static final int COUNT_REACH = 3;
    /** Words at most between a fight and the word telling it goes on ("los combates continúan calle por calle"). */
    private static final int ONGOING_REACH = 3;
    /** Words at most between a fight and the wide area that locates it ("fighting in the area continued on Monday"). */
    private static final int WIDE_AREA_REACH = 4;
    /** Letters of an ending an adjective shares with the word it agrees with ("-ской"). */
    private static final int AGREEING_ENDING = 3;
    /** Types two sides can both be said to have in one sentence at one place (one took it, then the other). */
    private static final Set<ClaimType> TWO_SIDED = EnumSet.of(ClaimType.CAPTURED, ClaimType.RETAKEN);

    /** A gain that counted places without naming them, and where it stands. */
    private record CountedGain(SentenceView sentence, List<SentenceView> paragraph, CueHit trigger, int count) {
    }

    /** Quotation marks that open or close a quote (straight, curly, guillemets, low-9). */
    private static final String QUOTES = "\"\u201c\u201d\u00ab\u00bb\u201e";
    /** GeoNames' feature code of a first-order administrative seat: an oblast's capital. */
    private static final String OBLAST_SEAT = "PPLA";
    /** GeoNames' feature code of a national capital. */
    private static final String NATIONAL_CAPITAL = "PPLC";
    /** Sentences a quote may run on before the one that closes it and names its speaker. */
    static final int QUOTE_SENTENCES = 3;

    /** Words between a side word and the attempt cue it is the subject of ("российские штурмовые группы пытаются"). */
    static final int ATTEMPT_SUBJECT_WORDS = 3;

    /** Words between a concessive word ("despite", "pese a") and the attack or strike it names. */
    static final int DESPITE_REACH = 3;

    /** Version of the extraction rules and code; stored with each extraction. */
    public static final int VERSION = 36;
    /** Words between a repelled attempt ("відбили спроби противника") and the advance it governs. */
    static final int REPELLED_REACH = 4;
    /** Shortest stem by which a surname's case forms are told ("гайда"). */
    static final int SURNAME_STEM = 4;
    /** Geocoding confidence from which a place helps resolve the others of its article. */
    static final double CONFIDENT = 0.6;
    /** Function words that make a sentence count as written in another Latin-script language. */
    static final int SENTENCE_FUNCTION_WORDS = 4;

    private final PlaceLookup lookup;
    private final RuleBook rules;
    private final LanguageIdentifier identifier;
    private final Map<String, SentenceSplitter> splitters = new HashMap<>();
    private final SentenceSplitter rootSplitter = new SentenceSplitter(null);
    private final MentionRoles roles = new MentionRoles();
    private final ClaimLinker linker = new ClaimLinker();
    private final UnknownNameSpotter unknownNames = new UnknownNameSpotter();
    private final ClaimBuilder claims;
    private final Anaphora anaphora = new Anaphora();
    private final EncirclementSides encirclements = new EncirclementSides();
    private final ShellingSides shellings;
    private final Map<String, LanguageRules> emptyRules = new HashMap<>();

    /** An extractor that reads who held a place before the article from the shipped baseline. */
    public Extractor(PlaceLookup lookup, RuleBook rules) {
        this(lookup, rules, shippedHolders());
    }

    /**
     * @param baselineHolder the side holding a place before anything the article tells (null when unknown),
     *                       which tells who fired at it when the text does not
     */
    public Extractor(PlaceLookup lookup, RuleBook rules, Function<Place, Side> baselineHolder) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.shellings = new ShellingSides(baselineHolder);
        this.claims = new ClaimBuilder(baselineHolder);
        this.identifier = new LanguageIdentifier(rules);
        for (String lang : rules.languages()) {
            splitters.put(lang, new SentenceSplitter(lang));
        }
    }

    /** An extractor with the shipped rules. */
    public static Extractor withDefaultRules(PlaceLookup lookup) {
        return new Extractor(lookup, RuleBook.loadDefault());
    }

    /** The shipped baseline's holders, and Russia's own towns held by Russia (which the map leaves blank). */
    private static Function<Place, Side> shippedHolders() {
        Baseline baseline = Baseline.shipped();
        return p -> {
            Side side = baseline.sideOf(p);
            return side != null ? side : "RU".equals(p.country()) ? Side.RU : null;
        };
    }

    /** Reads one article. Never returns null; throws only on a broken {@link PlaceLookup}. */
    public Extraction extract(ArticleText article) {
        String given = article.language() == null ? null : article.language().trim().toLowerCase(java.util.Locale.ROOT);
        String language = given == null || given.isEmpty() ? identifier.identify(article.text()) : given;
        Optional<LanguageRules> articleRules = rules.forLanguage(language);
        StringBuilder note = new StringBuilder(given == null || given.isEmpty()
                ? "detected " + language : "given " + language);
        if (articleRules.isEmpty()) {
            note.append("; no claim rules for '").append(language)
                    .append("': place mentions only, no claims (rules exist for ").append(rules.languages()).append(')');
        }
        LanguageRules found = articleRules.orElse(null);
        List<PlaceSpan> spans = lookup.findPlaces(article.text(), language);
        Reading reading = new Reading(article, language, found, note.toString(), spans, List.of(), null);
        Extraction extraction = reading.run();
        List<Place> later = reading.hasNamesakes() ? reading.confidentOutsideSpans() : List.of();
        if (!later.isEmpty()) {
            // a namesake chosen before the article's other places were known ("Лимана" read before
            // "Дробишеве", which only the capitalised-word pass finds): read again with them as neighbours
            Reading again = new Reading(article, language, found, note.toString(), spans, later, reading.alone);
            if (!again.samePlacesAs(reading)) {
                return again.run();
            }
        }
        return extraction;
    }

    /** The working state of one call. Confined to the calling thread. */
    private final class Reading {
        private final ArticleText article;
        private final String text;
        private final String language;
        private final LanguageRules articleRules;
        private final StringBuilder note;
        private final Tokens tokens;
        private final List<PlaceSpan> spans;
        private final List<Sentence> sentences;
        private final Map<PlaceSpan, Resolution> resolutions;
        private final List<Place> nearby = new ArrayList<>();
        private final Set<String> unknownSeen = new HashSet<>();
        /** Stems of the surnames met after a first name, folded ("гайда" for "Гайдай"): no place in the article. */
        private final Set<String> surnames = new HashSet<>();
        /** Tokens of the sentence being read that follow a capitalised first name. */
        private final Set<Integer> afterFirstName = new HashSet<>();
        private final List<List<FoundName>> namesBySentence = new ArrayList<>();
        /** Starts of the names that carry a claim, for anaphors choosing between several places. */
        private final Set<Integer> claimedNames = new HashSet<>();
        private final Map<Integer, PlaceMention> mentions = new LinkedHashMap<>();
        private final List<Claim> found = new ArrayList<>();
        /** Keys of the claims told by a trigger that says nothing of who attacks ("fighting"). */
        private final Set<String> noSide = new HashSet<>();
        /** Fights told as repelled ("the defenders repelled four assaults near X"): no attacker is inferred for them. */
        private final Set<String> repelled = new HashSet<>();
        /** Keys (place and type) of the sentence's claims told by a relative clause or participle of their place. */
        private final Set<String> relativeKeys = new HashSet<>();
        /** Keys of the claims told by a fall, whose gainer the article tells. */
        private final Set<String> falls = new HashSet<>();
        private final ClaimBuilder.ArticleFacts facts;
        private Claimant lastClaimant;
        /** By sentence index, the speaker of the quote a sentence stands in, named where the quote closes. */
        private final Map<Integer, Claimant> quoted = new HashMap<>();
        /** Index in {@link #found} of the first claim of the previous sentence. */
        private int previousSentenceClaims;
        /** The attacker of fights the sentence before told without a place ("repelled 70 Russian attacks"), or null. */
        private Side placelessAttacker;
        /** A gain of the sentence before that counted places without naming them ("liberated seven villages"), or null. */
        private CountedGain countedGain;
        private int otherLanguageSentences;
        /** Where the question the sentence being read ends with starts, read when its first claim needs it. */
        private Integer questionFrom;
        /** Dates of the sentence being read, read when its first claim needs them. */
        private List<DateMention> sentenceDates;

        /** Each span resolved alone with its sentence: the first of {@link #resolveAll}'s two readings. */
        private final Map<PlaceSpan, Resolution> alone;

        /**
         * @param spans      the names the gazetteer's finder found in the article
         * @param neighbours places known to be named in the article beyond the spans (found by a first reading)
         * @param alone      the spans resolved alone by a first reading, or null to resolve them
         */
        Reading(ArticleText article, String language, LanguageRules articleRules, String note, List<PlaceSpan> spans,
                List<Place> neighbours, Map<PlaceSpan, Resolution> alone) {
            this.article = article;
            this.text = article.text();
            this.language = language;
            this.articleRules = articleRules;
            this.note = new StringBuilder(note);
            this.tokens = Tokens.of(text);
            this.spans = spans;
            this.sentences = splitters.getOrDefault(language, rootSplitter).split(text);
            this.alone = alone != null ? alone : resolveAlone();
            this.resolutions = resolveAll(neighbours);
            this.facts = new ClaimBuilder.ArticleFacts(article.contentHash(), article.published(), article.outlet());
        }

        /**
         * Resolves every known name twice: first each alone with its sentence, then the doubtful
         * ones again with the confidently resolved places of the whole article as neighbours, so
         * that a place named later ("the Krasnoarmeysky basin") still helps an earlier one; the
         * {@code neighbours} given count as confidently resolved.
         */
        private Map<PlaceSpan, Resolution> resolveAll(List<Place> neighbours) {
            Map<PlaceSpan, Resolution> first = alone;
            List<Place> confident = Stream.concat(neighbours.stream(), first.entrySet().stream()
                    .filter(e -> e.getValue().resolved() && e.getValue().confidence() >= CONFIDENT && namesAPlace(e.getKey()))
                    .map(e -> e.getValue().place())).distinct().toList();
            Map<PlaceSpan, Resolution> out = new HashMap<>(first);
            for (PlaceSpan span : spans) {
                Resolution r = first.get(span);
                if (r.suggestions().size() < 2) {
                    continue;
                }
                // the name's own first reading is no neighbour of it: it would draw the name to a namesake a
                // few hundred metres off (a twin record the gazetteer build did not catch)
                List<Place> others = r.resolved() ? confident.stream().filter(p -> p.id() != r.place().id()).toList() : confident;
                if (!others.isEmpty()) {
                    out.put(span, lookup.resolve(span.surface(), language, sentenceAt(span.start()),
                            sentenceAround(span.start()), others));
                }
            }
            nearby.addAll(confident);
            return out;
        }

        /**
         * False for a first name before a capitalised word ("Volodímir Zelenski", not Volodymyr-Volynskyi):
         * no place, so no neighbour of the article's namesakes.
         */
        private boolean namesAPlace(PlaceSpan span) {
            int from = tokens.indexAtOrAfter(span.start());
            int to = Math.max(from + 1, tokens.countEndingBy(span.end()));
            return articleRules == null || to != from + 1 || to >= tokens.size() || !tokens.get(to).capitalised()
                    || articleRules.list("first_names").startingAt(tokens, from, to) == null;
        }

        private Map<PlaceSpan, Resolution> resolveAlone() {
            Map<PlaceSpan, Resolution> first = new HashMap<>();
            for (PlaceSpan span : spans) {
                first.put(span, lookup.resolve(span.surface(), language, sentenceAt(span.start()),
                        sentenceAround(span.start()), List.of()));
            }
            return first;
        }

        /** True when a span's name has several places (a namesake the article's other places may decide). */
        boolean hasNamesakes() {
            return alone.values().stream().anyMatch(r -> r.suggestions().size() >= 2);
        }

        /**
         * The places this reading resolved confidently from names the finder's spans do not hold (a
         * capitalised word the finder passed over as an everyday word: "Ізюм"; a name only
         * transliteration finds), not yet neighbours of the spans. Call after {@link #run}.
         */
        List<Place> confidentOutsideSpans() {
            Set<Long> known = new HashSet<>();
            nearby.forEach(p -> known.add(p.id()));
            return namesBySentence.stream().flatMap(List::stream)
                    .filter(n -> n.origin() == FoundName.Origin.UNKNOWN)
                    .map(FoundName::resolution)
                    .filter(r -> r.resolved() && r.confidence() >= CONFIDENT && known.add(r.place().id()))
                    .map(Resolution::place).toList();
        }

        /** True when the spans resolve to the same places as in {@code other}. */
        boolean samePlacesAs(Reading other) {
            for (PlaceSpan span : spans) {
                Resolution a = resolutions.get(span);
                Resolution b = other.resolutions.get(span);
                if (a.resolved() != b.resolved() || a.resolved() && a.place().id() != b.place().id()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The speakers of quotes that run over several sentences and name their speaker after they close
         * ("\u201cSoledar has not been taken. Fighting is going on,\u201d said Serhiy Cherevatyi."): by sentence index,
         * the speaker for each sentence of the quote before the closing one, which names him itself. A quote
         * opens with a sentence that starts with a quotation mark and leaves it open (an odd count of quotation
         * marks); it closes with the next sentence, at most {@value #QUOTE_SENTENCES} on, that has an odd count.
         */
        private Map<Integer, Claimant> quoteSpeakers(List<SentenceView> views) {
            Map<Integer, Claimant> out = new HashMap<>();
            for (int i = 0; i < views.size(); i++) {
                String open = views.get(i).quote().strip();
                if (open.isEmpty() || QUOTES.indexOf(open.charAt(0)) < 0 || quoteMarks(open) % 2 == 0) {
                    continue;
                }
                int j = i + 1;
                while (j < views.size() && j <= i + QUOTE_SENTENCES && quoteMarks(views.get(j).quote()) % 2 == 0) {
                    j++;
                }
                if (j >= views.size() || j > i + QUOTE_SENTENCES) {
                    continue;
                }
                Claimant speaker = speakerAfterQuote(views.get(j));
                for (int k = i; k < j && speaker != null; k++) {
                    out.put(views.get(k).sentence().index(), speaker);
                }
                i = j;
            }
            return out;
        }

        /** The claimant named after the first quotation mark of the sentence, the one closing the quote, or null. */
        private Claimant speakerAfterQuote(SentenceView close) {
            String t = close.quote();
            int mark = 0;
            while (mark < t.length() && QUOTES.indexOf(t.charAt(mark)) < 0) {
                mark++;
            }
            int closing = close.sentence().start() + mark;
            return close.claimants().stream().filter(c -> close.tokens().get(c.from()).start() > closing).findFirst()
                    .map(c -> AttributionReader.claimant(close, c)).orElse(null);
        }

        /**
         * The sentence holding an offset, the part of {@link #sentenceAround}'s context that weighs most for
         * the geocoder; empty when none does.
         */
        private String sentenceAt(int offset) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Sentence s = sentences.get(mid);
                if (offset < s.start()) {
                    hi = mid - 1;
                } else if (offset >= s.end()) {
                    lo = mid + 1;
                } else {
                    return text.substring(s.start(), s.end());
                }
            }
            return "";
        }

        /** The line of text around an offset: context for the geocoder. */
        private String sentenceAround(int offset) {
            int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
            int to = text.indexOf('\n', offset);
            return text.substring(from, to < 0 ? text.length() : to);
        }

        Extraction run() {
            List<SentenceView> views = new ArrayList<>();
            for (Sentence s : sentences) {
                views.add(SentenceView.of(text, s, tokens, rulesFor(s), lookup::namesRegion));
            }
            quoted.putAll(quoteSpeakers(views));
            for (SentenceView v : views) {
                readSentence(v, paragraphOf(v, views));
            }
            if (otherLanguageSentences > 0) {
                note.append("; ").append(otherLanguageSentences).append(" sentence(s) read with the rules of another language");
            }
            List<Claim> ordered = new ArrayList<>(found);
            ordered.sort((a, b) -> Integer.compare(a.quoteStart(), b.quoteStart()));
            Map<Long, Place> places = new HashMap<>();
            namesBySentence.stream().flatMap(List::stream).map(FoundName::resolution)
                    .filter(r -> r != null && r.resolved()).forEach(r -> places.put(r.place().id(), r.place()));
            // a ring told without its side is closed by the side not holding the place, before the side on the move
            ordered = shellings.fill(ordered, places, article.published(), ClaimType.ENCIRCLED);
            ordered = encirclements.fill(ordered, falls);
            ordered = shellings.fill(ordered, places, article.published(), ClaimType.SHELLED);
            // "reported daily attacks on X": an attack going on without its attacker is the side's not holding X;
            // not a fight that only goes on, nor a repelled one ("the defenders repelled four assaults near X")
            ordered = shellings.fill(ordered, places, article.published(), ClaimType.FIGHTING,
                    c -> !noSide.contains(c.key()) && !repelled.contains(c.key()) && c.status() == ClaimStatus.ASSERTED);
            // a fall with nobody on the move is taken by the side not holding the place, once strikes have their side
            List<Claim> told = ordered;
            ordered = encirclements.fillFalls(ordered, falls, c -> shellings.taker(told, c, places, article.published()));
            return new Extraction(language, note.toString(), new ArrayList<>(mentions.values()), ordered);
        }

        /**
         * The rules for one sentence: the article's, unless the sentence is clearly in another
         * supported language (another script, or at least {@value #SENTENCE_FUNCTION_WORDS} function
         * words of another language and twice as many as of any other).
         */
        private LanguageRules rulesFor(Sentence s) {
            if (articleRules == null) {
                return emptyRulesFor(language);
            }
            String sentenceText = text.substring(s.start(), s.end());
            if (sentenceText.length() < 20) {
                return articleRules;
            }
            String articleScript = articleRules.language().equals("ru") || articleRules.language().equals("uk")
                    ? "cyrillic" : "latin";
            String script = LanguageIdentifier.script(sentenceText);
            String other = null;
            if (!script.equals("none") && !script.equals(articleScript)) {
                other = identifier.identify(sentenceText);
            } else if (script.equals("latin")) {
                other = identifier.byFunctionWords(wordsOf(s, sentenceText), SENTENCE_FUNCTION_WORDS);
            }
            Optional<LanguageRules> otherRules = other == null || other.equals(articleRules.language())
                    ? Optional.empty() : rules.forLanguage(other);
            if (otherRules.isPresent()) {
                otherLanguageSentences++;
                return otherRules.get();
            }
            return articleRules;
        }

        /**
         * The sentence's words from the article's, which are the words of the sentence's own text
         * unless a word crosses its bounds; then (rarely) the sentence's text is split again.
         */
        private List<Token> wordsOf(Sentence s, String sentenceText) {
            int from = tokens.indexAtOrAfter(s.start());
            int to = tokens.countEndingBy(s.end());
            boolean crossed = from > 0 && tokens.get(from - 1).end() > s.start()
                    || to < tokens.size() && tokens.get(to).start() < s.end()
                    || from > to;
            return crossed ? Tokens.of(sentenceText).list() : tokens.list().subList(from, to);
        }

        private List<SentenceView> paragraphOf(SentenceView v, List<SentenceView> all) {
            List<SentenceView> out = new ArrayList<>();
            int i = v.sentence().index();
            for (int d = 1; d < all.size(); d++) {
                addIfSameParagraph(all, i - d, v, out);
                addIfSameParagraph(all, i + d, v, out);
            }
            return out;
        }

        private void addIfSameParagraph(List<SentenceView> all, int i, SentenceView v, List<SentenceView> out) {
            if (i >= 0 && i < all.size() && all.get(i).sentence().paragraph() == v.sentence().paragraph()) {
                out.add(all.get(i));
            }
        }

        /**
         * The first token of the question a sentence ends with ("Who really holds X?"; "Moscow says it took X
         * and Y: is that true?" asks only after the colon), or {@code s.to()} when it asks nothing.
         */
        private static int questionFrom(SentenceView s) {
            String t = s.quote().strip();
            int end = t.length();
            while (end > 0 && (QUOTES.indexOf(t.charAt(end - 1)) >= 0 || "'’)]".indexOf(t.charAt(end - 1)) >= 0)) {
                end--;
            }
            if (end == 0 || t.charAt(end - 1) != '?') {
                return s.to();
            }
            int from = s.to() - 1;
            while (from > s.from() && !ClauseStructure.gap(s, from - 1, from).matches(".*[:;—–].*")) {
                from--;
            }
            return from;
        }

        /**
         * A strike or fight told in a relative clause after the last place of a list is told of the places listed
         * before it that have no claim of their own ("Orikhiv and Huliaipole, which Russian forces shelled with
         * drones", "Оріхову, Степногірську та Малій Токмачці, по яких противник бив дронами").
         */
        private void listBeforeRelative(SentenceView s, List<SentenceView> paragraph, List<FoundName> names,
                                        Map<FoundName, List<TriggerLink>> linked, Map<String, Claim> byPlaceAndType,
                                        Map<String, Integer> distances) {
            for (int i = names.size() - 1; i > 0; i--) {
                FoundName last = names.get(i);
                for (TriggerLink l : linked.getOrDefault(last, List.of())) {
                    String type = l.trigger().cue().label();
                    if (!l.placeBefore() || !(type.equals("shelled") || type.equals("fighting"))
                            || !ClauseStructure.relativeClauseAt(s, last.tokenTo(), l.trigger().to())) {
                        continue;
                    }
                    FoundName next = last;
                    for (int j = i - 1; j >= 0; j--) {
                        FoundName m = names.get(j);
                        TriggerLink own = new TriggerLink(l.trigger(), m.tokenFrom(), m.tokenTo(), l.distance(), false);
                        if (m.verdict() != MentionRoles.Verdict.CANDIDATE || !linked.getOrDefault(m, List.of()).isEmpty()
                                || linker.continueList(s, own, next.tokenFrom(), next.tokenTo()).isEmpty()) {
                            break;
                        }
                        addClaim(s, paragraph, new TriggerLink(l.trigger(), m.tokenFrom(), m.tokenTo(), l.distance(), true),
                                m, byPlaceAndType, distances);
                        next = m;
                    }
                }
            }
        }

        private void readSentence(SentenceView view, List<SentenceView> paragraph) {
            sentenceDates = null;
            questionFrom = null;
            List<FoundName> names = namesIn(view);
            SentenceView s = withoutTownsTaken(view, names);
            namesBySentence.add(names);
            Map<String, Claim> byPlaceAndType = new LinkedHashMap<>();
            relativeKeys.clear();
            Map<String, Integer> distances = new HashMap<>();
            Set<CueHit> usedTriggers = new HashSet<>();
            List<Integer> barriers = names.stream()
                    .filter(n -> n.verdict() == MentionRoles.Verdict.DIRECTION && !MentionRoles.namesSector(s, n.tokenTo())
                            || n.verdict() == MentionRoles.Verdict.DISTANCE)
                    .map(FoundName::tokenFrom).toList();
            List<Integer> places = names.stream()
                    .filter(n -> n.verdict() == MentionRoles.Verdict.CANDIDATE)
                    .map(FoundName::tokenFrom).toList();
            TriggerLink previous = null;
            List<TriggerLink> lastCandidate = List.of(); // a region named in an aside does not part a list from its first place
            Map<FoundName, List<TriggerLink>> linked = new HashMap<>();
            for (FoundName n : names) {
                if (n.verdict() != MentionRoles.Verdict.CANDIDATE) {
                    // "Makarivka, south of Velyka Novosilka, and Lobkove": a bearing in apposition goes on with the list
                    previous = previous != null && n.verdict() == MentionRoles.Verdict.DISTANCE
                            && MentionRoles.bearingApposition(s, n.tokenFrom()) && n.tokenFrom() - previous.placeTo() <= MentionRoles.BEARING_WORDS
                            && ClauseStructure.commaBefore(s, previous.placeTo())
                            ? new TriggerLink(previous.trigger(), previous.placeFrom(), n.tokenTo(), previous.distance(),
                            previous.placeBefore())
                            : null;
                    if (n.verdict() == MentionRoles.Verdict.DISTANCE || n.verdict() == MentionRoles.Verdict.DIRECTION) {
                        // "westlich von Bachmut, das Russland im Mai 2023 erobert hatte": named for distance, the
                        // place is still the object of the relative clause after it, and of nothing else
                        for (TriggerLink l : linker.relativeLinks(s, n.tokenFrom(), n.tokenTo(), barriers, places)) {
                            if (ClauseStructure.relativeRightAfter(s, n.tokenTo(), l.trigger().from())
                                    && usedTriggers.add(l.trigger())) {
                                addClaim(s, paragraph, l, n, byPlaceAndType, distances);
                            }
                        }
                    }
                    continue;
                }
                TriggerLink before = previous;
                // "recuperado Sudzha, la localidad que ... ocupaba, así como X": the trigger before the first place, not the aside's
                TriggerLink head = lastCandidate.stream().filter(l -> !l.placeBefore() && l.trigger().to() <= l.placeFrom())
                        .findFirst().orElse(null);
                Optional<TriggerLink> continued = (previous == null ? Optional.<TriggerLink>empty()
                        : linker.continueList(s, previous, n.tokenFrom(), n.tokenTo())
                        .or(() -> linker.gappedClause(s, before, n.tokenFrom(), n.tokenTo())))
                        .or(() -> head == null ? Optional.empty()
                                : linker.listAfterAside(s, places, head, n.tokenFrom(), n.tokenTo()));
                List<TriggerLink> links = continued.map(c -> withRelativeLinks(s, c, n, barriers, places))
                        .orElseGet(() -> linker.links(s, n.tokenFrom(), n.tokenTo(), barriers, places))
                        .stream().map(l -> repelledAttempt(s, l)).toList();
                for (TriggerLink l : links) {
                    usedTriggers.add(l.trigger());
                    addClaim(s, paragraph, l, n, byPlaceAndType, distances);
                }
                linked.put(n, links);
                previous = links.isEmpty() ? null : links.get(0);
                lastCandidate = links;
            }
            listBeforeRelative(s, paragraph, names, linked, byPlaceAndType, distances);
            Map<CueHit, Integer> anaphorOf = new HashMap<>();
            List<FoundName> anaphors = new ArrayList<>(anaphora.all(s, names, namesBySentence, claimedNames));
            for (FoundName n : anaphors) {
                if (roles.classify(s, n.tokenFrom(), n.tokenTo()) != MentionRoles.Verdict.CANDIDATE) {
                    continue;
                }
                for (TriggerLink l : linker.links(s, n.tokenFrom(), n.tokenTo(), barriers, places)) {
                    // "both towns are now under its control": the two places of one anaphor share its trigger
                    boolean sameAnaphor = Integer.valueOf(n.tokenFrom()).equals(anaphorOf.get(l.trigger()));
                    // "fighting continues in the town and in X": the anaphor and the name it is listed with share it
                    if (usedTriggers.add(l.trigger()) || sameAnaphor || listedWithName(s, n, names)
                            || strikeSharedAfterComma(s, l, linked)) {
                        anaphorOf.put(l.trigger(), n.tokenFrom());
                        addClaim(s, paragraph, l, n, byPlaceAndType, distances);
                    }
                }
            }
            for (CueHit t : s.triggers()) {
                if (!usedTriggers.contains(t)) {
                    anaphora.resolve(s, t, namesBySentence, claimedNames)
                            .filter(n -> roles.classify(s, n.tokenFrom(), n.tokenTo()) == MentionRoles.Verdict.CANDIDATE)
                            .ifPresent(n -> linker.link(s, n.tokenFrom(), n.tokenTo(), barriers, places)
                            .filter(l -> l.trigger().equals(t))
                            .ifPresent(link -> {
                                anaphors.add(n);
                                addClaim(s, paragraph, link, n, byPlaceAndType, distances);
                            }));
                }
            }
            listedPlaces(s, names, byPlaceAndType);
            escapedEncirclement(s, paragraph, names, usedTriggers, byPlaceAndType);
            fightAtTheSentencesPlace(s, paragraph, names, anaphors, usedTriggers, byPlaceAndType, distances);
            strikeDespite(s, paragraph, names, usedTriggers, byPlaceAndType, distances);
            strikeAlsoAtFight(s, paragraph, names, anaphors, usedTriggers, byPlaceAndType, distances);
            countedGain = countedGain(s, paragraph, usedTriggers);
            denyEarlierClaims(s, byPlaceAndType);
            if (placelessAttacker != null) {
                // "...repelled 70 Russian attacks. Attacks near X, Y and Z were repelled": the same attacker
                byPlaceAndType.replaceAll((k, c) -> c.type() == ClaimType.FIGHTING && c.side() == null
                        && !noSide.contains(c.key()) ? c.withInferredSide(placelessAttacker) : c);
            }
            if (!s.claimants().isEmpty()) {
                CueHit last = s.claimants().get(s.claimants().size() - 1);
                lastClaimant = AttributionReader.claimant(s, last);
            }
            placelessAttacker = placelessAttacker(s, usedTriggers);
            boolean sideless = byPlaceAndType.values().stream().anyMatch(c -> c.type() == ClaimType.FIGHTING && c.side() == null);
            Side sameSentence = !sideless ? null : placelessAttacker != null ? placelessAttacker : attemptingSide(s);
            if (sameSentence != null) {
                // "In Torezk wird weiter gekämpft, russische Sturmtrupps greifen täglich an", "бои продолжаются,
                // российские штурмовые группы пытаются закрепиться": the attack or attempt the sentence tells
                // without a place names the attacker of its fights told without one
                Side attacker = sameSentence;
                byPlaceAndType.replaceAll((k, c) -> c.type() == ClaimType.FIGHTING && c.side() == null
                        ? c.withInferredSide(attacker) : c);
            }
            previousSentenceClaims = found.size();
            found.addAll(byPlaceAndType.values());
            List<CueHit> ellipses = s.find("ellipsis");
            for (FoundName n : names) {
                addMention(n, claimsAbout(n, byPlaceAndType));
                if (ellipses.stream().anyMatch(e -> e.to() == n.tokenFrom())) {
                    // "la prise de X, trois semaines après celle de Y": Y is the comparison, X what "la localité" stands for
                    claimedNames.remove(n.start());
                }
            }
        }

        /** True when the claim was read at this mention of its place (its key opens with the mention's). */
        private boolean readAt(FoundName n, Claim c) {
            return c.key().startsWith(ClaimBuilder.mentionKey(article.contentHash(), n.start()) + ":");
        }

        /** True when one of the sentence's claims was read at this mention. */
        private boolean claimsAbout(FoundName n, Map<String, Claim> byPlaceAndType) {
            return byPlaceAndType.values().stream().anyMatch(c -> readAt(n, c));
        }

        /**
         * The one side the sentence tells trying to gain ground ("российские штурмовые группы пытаются закрепиться",
         * "small Russian groups have been trying to gain a foothold"): a side word right before an attempt cue (a
         * {@code forecast} cue flagged {@code attempt}) in its clause, "the enemy" too ("противник намагається
         * прорватися ...: бої тривають біля X"); null for none or both.
         */
        private Side attemptingSide(SentenceView s) {
            Side side = null;
            List<CueHit> sideWords = SideReader.sideWords(s, lastClaimant != null ? lastClaimant : Claimant.outlet(null));
            for (CueHit f : s.find("forecast")) {
                if (!f.cue().has("attempt")) {
                    continue;
                }
                for (CueHit a : sideWords) {
                    if (a.to() <= f.from() && f.from() - a.to() <= ATTEMPT_SUBJECT_WORDS
                            && !ClauseStructure.punctuated(s, a.to() - 1, f.from())) {
                        Side named = Side.valueOf(a.cue().label());
                        if (side != null && side != named) {
                            return null;
                        }
                        side = named;
                    }
                }
            }
            return side;
        }

        /**
         * The one attacker of the fights this sentence tells without a place, or null. An attack noun in the clause of a
         * fight that made a claim, one of them a repelling verb, is that fight's ("Russian assaults on Y were beaten back"), no
         * placeless one.
         */
        private Side placelessAttacker(SentenceView s, Set<CueHit> usedTriggers) {
            Claimant claimant = lastClaimant; // this sentence's last claimant, else the one before
            Side attacker = null;
            for (CueHit t : s.triggers()) {
                if (usedTriggers.contains(t) || ClaimBuilder.typeOf(s, t) != ClaimType.FIGHTING
                        || usedTriggers.stream().anyMatch(u -> ClaimBuilder.typeOf(s, u) == ClaimType.FIGHTING
                        && (u.cue().has("repelled") || t.cue().has("repelled"))
                        && ClauseStructure.sameClause(s, Math.min(u.to(), t.to()) - 1, Math.max(u.from(), t.from())))) {
                    continue;
                }
                Side side = claims.placelessSide(s, t, claimant != null ? claimant : Claimant.outlet(null));
                if (side != null && attacker != null && side != attacker) {
                    return null;
                }
                attacker = side != null ? side : attacker;
            }
            return attacker;
        }

        /**
         * "Moscow claimed X. Kyiv rejected this claim": a sentence whose denial governs no claim of its
         * own denies the previous sentence's gains for the other side, unless an analyst or the
         * denier's own side claimed them; they stay, as denied by the denier. The denier's side is its
         * side word or claimant before the denial; unknown, nothing changes. So are the sentence's own
         * gains named before the denial ("Moscow said it took X, but Kyiv denied it").
         */
        private void denyEarlierClaims(SentenceView s, Map<String, Claim> byPlaceAndType) {
            Optional<DenialFrame> frame = DenialFrame.find(s);
            if (frame.isEmpty() || byPlaceAndType.values().stream().anyMatch(c -> c.status() == ClaimStatus.DENIED)
                    && !colonAfter(s, frame.get().cue())) {
                return; // "Kiev lo desmintió: las unidades no la han abandonado": a colon leaves the denial no object of its own
            }
            Side denier = frame.get().denierSide();
            String by = frame.get().deniedBy();
            for (CueHit c : s.claimants()) {
                if (c.to() <= frame.get().cue().from() && !claimOfEarlierClause(s, c, frame.get().cue())) {
                    Claimant claimant = AttributionReader.claimant(s, c);
                    Side side = SideReader.sideOf(claimant);
                    denier = side != null ? side : denier;
                    by = claimant.name();
                }
            }
            if (denier == null) {
                return;
            }
            String denierName = by == null ? denier.name() : by;
            for (int i = previousSentenceClaims; i < found.size(); i++) {
                Claim c = found.get(i);
                if (deniable(c, denier)) {
                    found.set(i, c.deniedBy(denierName));
                }
            }
            CueHit cue = frame.get().cue();
            boolean answersBack = s.triggers().stream().noneMatch(t -> t.from() >= cue.to() && frame.get().covers(s, t.from()))
                    && s.find("negation").stream().noneMatch(n -> n.to() <= cue.from() && cue.from() - n.to() <= 2);
            if (answersBack) { // "..., but Kyiv denied it": not "..., which denied that X is surrounded", nor "did not dispute"
                int cueStart = s.tokens().get(cue.from()).start();
                Side ofDenier = denier;
                byPlaceAndType.replaceAll((k, c) -> ClaimBuilder.mentionStart(c.key()) < cueStart && deniable(c, ofDenier)
                        ? c.deniedBy(denierName) : c);
            }
        }

        /**
         * True when a claimant before a denial speaks in an earlier clause, a side word of the denial's own clause
         * standing between them: in "Moscow claims to have taken X, but Kyiv denies this" Moscow is no denier. Not across a
         * relative ("..., which Kyiv denied"), which leaves the claim to its claimant.
         */
        private static boolean claimOfEarlierClause(SentenceView s, CueHit claimant, CueHit denial) {
            return s.rules().list("object_relatives").find(s.tokens(), claimant.to(), denial.from()).isEmpty()
                    && s.actors().stream().anyMatch(a -> claimant.to() <= a.from() && a.to() <= denial.from()
                    && ClauseStructure.punctuated(s, claimant.to() - 1, a.from())
                    && !ClauseStructure.punctuated(s, a.to() - 1, denial.from()));
        }

        /** A gain asserted for the other side of a denier, by no analyst and not by the denier's own side. */
        private static boolean deniable(Claim c, Side denier) {
            boolean gain = c.type() != ClaimType.FIGHTING && c.type() != ClaimType.SHELLED;
            return gain && c.status() == ClaimStatus.ASSERTED && c.gainingSide() == denier.opposite()
                    && c.claimant().kind() != ClaimantKind.INDEPENDENT && SideReader.sideOf(c.claimant()) != denier;
        }

        /**
         * True when a locative preposition and a capitalised word follow token {@code from} ("в Краснояружском районе"),
         * not a source or side it names ("..., сообщили в Генштабе ВСУ", "заявили в Минобороны"): no place of a fight.
         */
        private static boolean locativeAfter(SentenceView s, int from) {
            int at = ClauseStructure.locativeNameAfter(s, from);
            return at >= 0 && Stream.concat(s.claimants().stream(), s.actors().stream()).noneMatch(c -> c.from() == at);
        }

        /**
         * True when the fight is told by a finite verb (flagged {@code verb}) joined by a conjunction right after the
         * claimed place, with no punctuation between: "закрепились на окраинах Угледара и ведут бои за дачный массив",
         * "зайшли в Кринки та ведуть бої за прибережні квартали". The verb shares the subject and the place of the
         * clause before it.
         */
        private static boolean coordinatedVerb(SentenceView s, int placeTo, CueHit fight) {
            if (!fight.cue().has("verb") || ClauseStructure.punctuated(s, placeTo - 1, fight.from())) {
                return false;
            }
            return s.rules().list("conjunctions").find(s.tokens(), placeTo, fight.from()).stream()
                    .anyMatch(and -> and.from() == placeTo && and.to() == fight.from());
        }

        /** True when an {@code ongoing} word ("continúan", "still", "тривають") stands near the fight in its clause. */
        private static boolean goesOn(SentenceView s, CueHit fight) {
            return nearInClause(s, s.find("ongoing"), fight, ONGOING_REACH);
        }

        /**
         * True when a wide area ({@code roles.wide_areas}: "in the sector", "dans le secteur", "на этом направлении") locates
         * the fight in its clause: "Russian troops entered X; fighting in the sector continues" is fought around X, not in it.
         */
        private static boolean inWideArea(SentenceView s, CueHit fight) {
            return nearInClause(s, s.find("wide_areas"), fight, WIDE_AREA_REACH);
        }

        /** True when one of {@code cues} stands within {@code reach} words of the fight, in its clause. */
        private static boolean nearInClause(SentenceView s, List<CueHit> cues, CueHit fight, int reach) {
            for (CueHit c : cues) {
                int from = Math.min(c.from(), fight.from());
                int to = Math.max(c.to(), fight.to());
                if (to - from <= reach + (fight.to() - fight.from()) + (c.to() - c.from())
                        && ClauseStructure.sameClause(s, from, to - 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Soledar no ha caído; los combates continúan", "negó que la ciudad haya caído y aseguró que sus
         * tropas siguen rechazando los asaltos": a fight told after the sentence's one claimed place, in a
         * clause of its own that names no place, and told as going on, is fought there; a clause the fight opens
         * as its subject after a conjunction is one of its own ("Соледар не взят и бои продолжаются"). The claimed place
         * may be an anaphor ("Die Stadt sei nicht gefallen, die russischen Angriffe dauerten aber an"); one after it in the
         * fight's clause ("Місто не захоплене, там тривають бої"), unless it names a part of the town ("los barrios del
         * sur"), is the fight's own place.
         */
        private void fightAtTheSentencesPlace(SentenceView s, List<SentenceView> paragraph, List<FoundName> names,
                                              List<FoundName> anaphors, Set<CueHit> usedTriggers,
                                              Map<String, Claim> byPlaceAndType, Map<String, Integer> distances) {
            List<FoundName> claimed = Stream.concat(names.stream(), anaphors.stream())
                    .filter(n -> claimsAbout(n, byPlaceAndType))
                    .sorted(Comparator.comparingInt(FoundName::tokenFrom)).toList();
            if (claimed.isEmpty() || claimed.stream().map(FoundName::placeKey).distinct().count() > 1
                    || names.stream().anyMatch(n -> n.verdict() == MentionRoles.Verdict.CANDIDATE && !claimed.contains(n))) {
                return;
            }
            FoundName place = claimed.get(claimed.size() - 1);
            List<CueHit> parts = s.find("anaphora").stream().filter(c -> c.cue().has("part")).toList();
            List<FoundName> after = anaphors.stream().filter(n -> n.tokenFrom() >= place.tokenTo()
                    && n.verdict() == MentionRoles.Verdict.CANDIDATE && parts.stream().noneMatch(c -> c.from() == n.tokenFrom())
                    && (place.origin() == FoundName.Origin.ANAPHORA || !n.placeKey().equals(place.placeKey()))).toList();
            if (names.stream().anyMatch(n -> n.tokenFrom() >= place.tokenTo()) || locativeAfter(s, place.tokenTo())) {
                return; // "..., а в Краснояружском районе продолжаются бои": the fight has a place of its own
            }
            for (CueHit t : s.triggers()) {
                boolean coordinated = t.from() >= place.tokenTo() && coordinatedVerb(s, place.tokenTo(), t);
                if (usedTriggers.contains(t) || t.from() < place.tokenTo() || ClaimBuilder.typeOf(s, t) != ClaimType.FIGHTING
                        || !coordinated && (ClauseStructure.sameClause(s, place.tokenTo() - 1, t.from())
                        && !SideReader.newSubjectBetween(s, place.tokenTo(), t) || !goesOn(s, t)) || inWideArea(s, t)
                        || byPlaceAndType.containsKey(place.placeKey() + "|" + ClaimType.FIGHTING.code())
                        || after.stream().anyMatch(n -> ClauseStructure.sameClause(s,
                        Math.min(n.tokenFrom(), t.from()), Math.max(n.tokenTo(), t.to()) - 1))) {
                    continue;
                }
                usedTriggers.add(t);
                addClaim(s, paragraph, new TriggerLink(t, place.tokenFrom(), place.tokenTo(), t.from() - place.tokenTo(), true),
                        place, byPlaceAndType, distances);
            }
        }

        /**
         * "Los infantes de marina mantienen sus posiciones en Krynky pese a los constantes bombardeos rusos", "тримають
         * плацдарм у Кринках, попри постійні штурми окупантів": an attack or strike right after a concessive word
         * ({@code despite}, within {@value #DESPITE_REACH} words and no punctuation), with no place of its own, hits the
         * one place the sentence made a claim about before it.
         */
        private void strikeDespite(SentenceView s, List<SentenceView> paragraph, List<FoundName> names,
                                   Set<CueHit> usedTriggers, Map<String, Claim> byPlaceAndType, Map<String, Integer> distances) {
            if (byPlaceAndType.isEmpty()) {
                return;
            }
            for (CueHit despite : s.find("despite")) {
                FoundName place = lonePlaceBefore(names, despite.from(), n -> claimsAbout(n, byPlaceAndType));
                if (place == null) {
                    continue;
                }
                // the side in the concessive phrase ("pese a los bombardeos rusos", "попри штурми окупантів"), else the
                // one the place's own claim does not move (one holds or advances despite the other's fire), or the one
                // whose gain it denies ("не змогли взяти X, попри понад рік штурмів")
                Side other = byPlaceAndType.values().stream().filter(c -> readAt(place, c) && c.side() != null)
                        .map(c -> c.status() == ClaimStatus.DENIED ? c.gainingSide() : c.gainingSide().opposite())
                        .findFirst().orElse(null);
                for (CueHit t : s.triggers()) {
                    ClaimType type = ClaimBuilder.typeOf(s, t);
                    String key = place.placeKey() + "|" + type.code();
                    if (usedTriggers.contains(t) || t.from() < despite.to() || t.from() - despite.to() > DESPITE_REACH
                            || type != ClaimType.FIGHTING && type != ClaimType.SHELLED
                            || ClauseStructure.punctuated(s, despite.to() - 1, t.from()) || byPlaceAndType.containsKey(key)) {
                        continue;
                    }
                    // "malgré la résistance ukrainienne": the side that resists is the one attacked
                    Side attacker = s.actors().stream().filter(a -> a.from() >= despite.to() && a.from() <= t.to() + 1)
                            .map(a -> Side.valueOf(a.cue().label())).map(d -> t.cue().has("patient") ? d.opposite() : d)
                            .findFirst().orElse(other);
                    addAtPlaceBefore(s, paragraph, t, place, attacker, usedTriggers, byPlaceAndType, distances);
                }
            }
        }

        /**
         * A strike with no place of its own in a clause that a coordinating opener flagged {@code shared-subject}
         * opens right before it, with no side word of its own ("противник продолжает штурмовые действия в городе, а
         * также наносит удары авиабомбами", "ворог штурмує X, а також завдає ударів КАБами"): the attacker of the one
         * place the clause before fights at strikes it too, a strike there by the fight's side.
         */
        private void strikeAlsoAtFight(SentenceView s, List<SentenceView> paragraph, List<FoundName> names,
                                       List<FoundName> anaphors, Set<CueHit> usedTriggers, Map<String, Claim> byPlaceAndType,
                                       Map<String, Integer> distances) {
            List<FoundName> mentions = Stream.concat(names.stream(), anaphors.stream()).toList();
            for (CueHit t : s.triggers()) {
                if (usedTriggers.contains(t) || ClaimBuilder.typeOf(s, t) != ClaimType.SHELLED) {
                    continue;
                }
                CueHit opener = s.rules().list("clause_openers").endingAt(s.tokens(), s.from(), t.from());
                if (opener == null || !opener.cue().has("shared-subject")
                        || s.actors().stream().anyMatch(a -> a.from() >= opener.from() && a.from() < t.to())) {
                    continue;
                }
                FoundName place = lonePlaceBefore(mentions, opener.from(), n -> byPlaceAndType.values().stream()
                        .anyMatch(c -> readAt(n, c) && c.type() == ClaimType.FIGHTING));
                if (place == null || byPlaceAndType.containsKey(place.placeKey() + "|" + ClaimType.SHELLED.code())) {
                    continue;
                }
                Side attacker = byPlaceAndType.values().stream().filter(c -> readAt(place, c) && c.type() == ClaimType.FIGHTING)
                        .map(Claim::side).filter(Objects::nonNull).findFirst().orElse(null);
                addAtPlaceBefore(s, paragraph, t, place, attacker, usedTriggers, byPlaceAndType, distances);
            }
        }

        /**
         * The place of the mentions ending before token {@code at} that {@code claimed} accepts, the last of them, when
         * they all name one place; null when none does or they name several.
         */
        private static FoundName lonePlaceBefore(List<FoundName> mentions, int at, Predicate<FoundName> claimed) {
            List<FoundName> before = mentions.stream().filter(n -> n.tokenTo() <= at && claimed.test(n)).toList();
            return before.isEmpty() || before.stream().map(FoundName::placeKey).distinct().count() > 1
                    ? null : before.get(before.size() - 1);
        }

        /**
         * Claims trigger {@code t} at a place named before it that it has no link to of its own, the trigger then used;
         * {@code side}, when known, is the claim's (inferred) side.
         */
        private void addAtPlaceBefore(SentenceView s, List<SentenceView> paragraph, CueHit t, FoundName place, Side side,
                                      Set<CueHit> usedTriggers, Map<String, Claim> byPlaceAndType, Map<String, Integer> distances) {
            usedTriggers.add(t);
            addClaim(s, paragraph, new TriggerLink(t, place.tokenFrom(), place.tokenTo(), t.from() - place.tokenTo(), true),
                    place, byPlaceAndType, distances);
            String key = place.placeKey() + "|" + ClaimBuilder.typeOf(s, t).code();
            byPlaceAndType.computeIfPresent(key, (k, c) -> side == null || side == c.side() ? c : c.withInferredSide(side));
        }

        /**
         * "Withdrew from X to avoid encirclement", "left X as the threat of encirclement grew": an
         * encirclement trigger with no place of its own, in a sentence whose withdrawal from X is told
         * as done (not denied, not a forecast: "if Ukraine withdraws from X" escapes nothing yet), is
         * the ring the withdrawal escaped: an encirclement of X as a forecast, closed by the side the
         * withdrawing one left X to. Not a siege ({@code siege}), which the withdrawal ended. The
         * withdrawal may be told of "the town" in the same sentence, or in the sentence before when
         * this one names no place ("Ukraine pulled out of X. The garrison faced encirclement"); the
         * ring then quotes both sentences.
         */
        private void escapedEncirclement(SentenceView s, List<SentenceView> paragraph, List<FoundName> names,
                                         Set<CueHit> usedTriggers, Map<String, Claim> byPlaceAndType) {
            for (FoundName n : names) {
                Claim left = byPlaceAndType.get(n.placeKey() + "|" + ClaimType.WITHDREW.code());
                String k = n.placeKey() + "|" + ClaimType.ENCIRCLED.code();
                if (left != null && escaped(left) && readAt(n, left) && ringOfWithdrawer(byPlaceAndType.get(k), left, s)) {
                    byPlaceAndType.put(k, byPlaceAndType.get(k).asForecastBy(left.side().opposite()));
                }
            }
            for (CueHit t : s.triggers()) {
                if (!t.cue().label().equals("encircled") || t.cue().has("siege") || usedTriggers.contains(t)) {
                    continue;
                }
                for (FoundName n : names) {
                    Claim left = byPlaceAndType.get(n.placeKey() + "|" + ClaimType.WITHDREW.code());
                    String k = n.placeKey() + "|" + ClaimType.ENCIRCLED.code();
                    if (left == null || !escaped(left) || byPlaceAndType.containsKey(k)
                            || !readAt(n, left)) {
                        continue;
                    }
                    Claim ring = claims.build(s, paragraph, new TriggerLink(t, n.tokenFrom(), n.tokenTo(), 0, false), n,
                            lastClaimant, quoted.get(s.sentence().index()), facts, sentenceDates);
                    byPlaceAndType.put(k, ring.asForecastBy(left.side() == null ? null : left.side().opposite()));
                    usedTriggers.add(t);
                }
                if (usedTriggers.contains(t)) {
                    continue;
                }
                List<Claim> withdrawals = List.copyOf(byPlaceAndType.values());
                if (withdrawals.stream().noneMatch(c -> c.type() == ClaimType.WITHDREW)
                        && names.stream().noneMatch(n -> n.verdict() == MentionRoles.Verdict.CANDIDATE)) {
                    withdrawals = found.subList(previousSentenceClaims, found.size());
                }
                for (Claim left : withdrawals) {
                    if (left.type() != ClaimType.WITHDREW || !escaped(left)) {
                        continue;
                    }
                    String k = placeKey(left) + "|" + ClaimType.ENCIRCLED.code();
                    Claim ring = ringEscapedBy(left, s);
                    if (!byPlaceAndType.containsKey(k) && found.stream().noneMatch(c -> c.key().equals(ring.key()))) {
                        byPlaceAndType.put(k, ring);
                        usedTriggers.add(t);
                    }
                }
            }
        }

        /**
         * "Ukraine said it had liberated seven villages. Among them, the minister listed X and Y": the
         * places a sentence lists after a {@code list_openers} word, with no claim of their own, take
         * the gain that counted them in the sentence before; the claim quotes both sentences.
         */
        private void listedPlaces(SentenceView s, List<FoundName> names, Map<String, Claim> byPlaceAndType) {
            CountedGain gain = countedGain;
            if (gain == null || s.find("list_openers").isEmpty()) {
                return;
            }
            List<DateMention> dates = claims.datesOf(gain.sentence(), article.published());
            for (FoundName n : names) {
                boolean claimed = byPlaceAndType.keySet().stream().anyMatch(k -> k.startsWith(n.placeKey() + "|"));
                if (n.verdict() != MentionRoles.Verdict.CANDIDATE || claimed) {
                    continue;
                }
                Claim c = claims.build(gain.sentence(), gain.paragraph(),
                        new TriggerLink(gain.trigger(), gain.count(), gain.count() + 1, 0, false), n, lastClaimant,
                        quoted.get(gain.sentence().sentence().index()), facts, dates);
                int from = gain.sentence().sentence().start();
                int to = s.sentence().end();
                byPlaceAndType.put(n.placeKey() + "|" + c.type().code(), new Claim(0, 0, c.key(), c.placeText(), c.placeId(),
                        c.type(), c.side(), c.claimant(), c.status(), c.deniedBy(), c.eventDate(), text.substring(from, to),
                        from, to, c.confidence() * 0.9));
            }
        }

        /** The gain of this sentence that counts places without naming them ("liberated seven villages"), or null. */
        private static CountedGain countedGain(SentenceView s, List<SentenceView> paragraph, Set<CueHit> usedTriggers) {
            List<CueHit> counts = s.find("place_counts");
            for (CueHit t : counts.isEmpty() ? List.<CueHit>of() : s.triggers()) {
                String label = t.cue().label();
                if (usedTriggers.contains(t) || !label.equals("captured") && !label.equals("retaken")) {
                    continue;
                }
                for (CueHit c : counts) {
                    if (c.from() >= t.to() && c.from() - t.to() <= COUNT_REACH
                            || c.to() <= t.from() && t.from() - c.to() <= COUNT_REACH) { // "sieben Dörfer im Süden befreit"
                        return new CountedGain(s, paragraph, t, c.from());
                    }
                }
            }
            return null;
        }

        /**
         * An encirclement of X read in sentence {@code s} as closed by the side that withdrew from X there
         * ("wegen drohender Einkesselung aus Lyman abgezogen", "se retiraron de X para evitar el cerco de
         * esta ciudad"): a side does not leave the ring it closes, so it is the ring the withdrawal escaped.
         */
        private static boolean ringOfWithdrawer(Claim ring, Claim left, SentenceView s) {
            return ring != null && left.side() != null && ring.status() != ClaimStatus.DENIED
                    && (ring.side() == null || ring.side() == left.side())
                    && ring.quoteStart() >= s.sentence().start() && ring.quoteEnd() <= s.sentence().end();
        }

        private static boolean escaped(Claim withdrawal) {
            return withdrawal.status() != ClaimStatus.DENIED && withdrawal.status() != ClaimStatus.FORECAST;
        }

        /** The ring a withdrawal escaped, told in sentence {@code s}: quoted from the withdrawal to {@code s}. */
        private Claim ringEscapedBy(Claim left, SentenceView s) {
            int from = Math.min(left.quoteStart(), s.sentence().start());
            int to = Math.max(left.quoteEnd(), s.sentence().end());
            return new Claim(0, 0, left.keyFor(ClaimType.ENCIRCLED), left.placeText(), left.placeId(), ClaimType.ENCIRCLED,
                    left.side() == null ? null : left.side().opposite(), left.claimant(), ClaimStatus.FORECAST, null,
                    left.eventDate(), text.substring(from, to), from, to, left.confidence());
        }

        /** A list's link of a place, then the claims of other types a relative clause after the place tells. */
        private List<TriggerLink> withRelativeLinks(SentenceView s, TriggerLink continued, FoundName n,
                                                    List<Integer> barriers, List<Integer> places) {
            List<TriggerLink> out = new ArrayList<>(List.of(continued));
            for (TriggerLink l : linker.relativeLinks(s, n.tokenFrom(), n.tokenTo(), barriers, places)) {
                if (out.stream().noneMatch(o -> o.trigger().cue().label().equals(l.trigger().cue().label()))) {
                    out.add(l);
                }
            }
            return out;
        }

        /**
         * An advance or capture that a repelled attempt governs ("відбили спроби противника
         * просунутися біля X", "repelled attempts to advance near X") did not happen: the claim is
         * the fight, the repelling trigger's.
         */
        private TriggerLink repelledAttempt(SentenceView s, TriggerLink l) {
            String label = l.trigger().cue().label();
            if (!label.equals("advancing") && !label.equals("captured")) {
                return l;
            }
            for (CueHit t : s.triggers()) {
                if (t.cue().label().equals("fighting") && t.cue().has("patient") && t.to() <= l.trigger().from()
                        && l.trigger().from() - t.to() <= REPELLED_REACH) {
                    return new TriggerLink(t, l.placeFrom(), l.placeTo(), l.distance(), l.placeBefore());
                }
                boolean repelledAfter = t.cue().label().equals("fighting") && t.cue().has("place-before")
                        && (t.cue().has("patient") || t.cue().has("repelled"));
                int end = Math.max(l.placeTo(), l.trigger().to()); // the advance and its place, in either order
                if (repelledAfter && t.from() >= end && t.from() - end <= REPELLED_REACH
                        && !ClauseStructure.boundaryBetween(s, end, t.from())) {
                    // "wo ein Vorstoß bei X abgewehrt worden sei", "bei X seien russische Vorstöße abgewehrt
                    // worden", "advances near X were repelled": a fight
                    return new TriggerLink(t, l.placeFrom(), l.placeTo(), l.distance(), l.placeBefore());
                }
            }
            return l;
        }

        /**
         * A gain told by a noun standing for the place of an earlier claim ({@link Anaphora#determiner}): the change of
         * hands that claim told, by the side that gained by it, whoever announces or denies it ("Ukrainian forces
         * withdrew from X. Moscow announced its capture": Russia's; "..., die Einnahme sei nicht erfolgt": still the
         * capture Moscow claimed).
         */
        private Claim gainOfEarlierClaim(Claim claim) {
            for (int i = found.size() - 1; i >= 0; i--) {
                Claim c = found.get(i);
                if (Objects.equals(c.placeId(), claim.placeId()) && c.gainingSide() != null && (c.type() == ClaimType.CAPTURED
                        || c.type() == ClaimType.RETAKEN || c.type() == ClaimType.WITHDREW)) {
                    return c.gainingSide() == claim.side() ? claim : claim.withInferredSide(c.gainingSide());
                }
            }
            return claim;
        }

        private void addClaim(SentenceView s, List<SentenceView> paragraph, TriggerLink link, FoundName n,
                              Map<String, Claim> byPlaceAndType, Map<String, Integer> distances) {
            if (questionFrom == null) {
                questionFrom = questionFrom(s);
            }
            if (link.trigger().from() >= questionFrom) {
                return; // "Who really holds X?": a question asserts nothing; its places stay mentions
            }
            if (sentenceDates == null) {
                sentenceDates = claims.datesOf(s, article.published());
            }
            Claim claim = sideFromEarlierClaims(claims.build(s, paragraph, link, n, lastClaimant, quoted.get(s.sentence().index()), facts, sentenceDates), n);
            if (claim.side() == null && claim.type() == ClaimType.FIGHTING && !link.trigger().cue().has("no-side")) {
                claim = attackerOfPreviousSentence(claim);
            }
            CueHit determiner = n.origin() == FoundName.Origin.ANAPHORA ? Anaphora.determiner(s, link.trigger()) : null;
            if (determiner != null && determiner.from() == n.tokenFrom()) {
                claim = gainOfEarlierClaim(claim);
            }
            if (claim.side() == null && claim.type() == ClaimType.FIGHTING && link.trigger().cue().has("verb")) {
                claim = sharedGainer(claim, byPlaceAndType);
            }
            String k = n.placeKey() + "|" + claim.type().code();
            boolean relative = ClaimLinker.inRelative(s, n.tokenTo(), link.trigger());
            Claim first = byPlaceAndType.get(k);
            if (first != null && TWO_SIDED.contains(claim.type()) && relativeKeys.contains(k) != relative) {
                // "зайшли в Ізюм, який російська армія захопила ще у квітні": beside the earlier capture a relative of
                // the place tells, the main clause's capture told without its side is the other side's
                Claim told = relative ? claim : first;
                Claim main = relative ? first : claim;
                boolean mainFall = relative ? falls.contains(first.key()) : link.trigger().cue().has("fall");
                if (told.side() != null && main.side() == null && !mainFall && earlier(told, main)) {
                    Claim sided = main.withInferredSide(told.side().opposite());
                    if (relative) {
                        first = sided;
                        byPlaceAndType.put(k, first);
                    } else {
                        claim = sided;
                    }
                }
            }
            if (relative && TWO_SIDED.contains(claim.type()) && claim.side() == null
                    && (link.trigger().cue().has("place-before") || ClauseStructure.passive(s, link.trigger()))) {
                claim = beforeMainGain(claim, n, byPlaceAndType);
            }
            if (relative) {
                relativeKeys.add(k);
            }
            if (first != null && claim.side() != null && first.side() != null && first.side() != claim.side()
                    && TWO_SIDED.contains(claim.type())) {
                // "освобождение X, которую российские войска заняли в марте": the capture and the earlier one
                k = k + "|" + claim.side();
                claim = claim.keyedFor(claim.side());
            }
            if (link.trigger().cue().has("fall")) {
                falls.add(claim.key());
            }
            if (link.trigger().cue().has("no-side")) {
                noSide.add(claim.key()); // "fighting continues in X" names no attacker, whatever came before
            }
            if (link.trigger().cue().has("patient") || link.trigger().cue().has("repelled")) {
                repelled.add(claim.key());
            }
            Integer known = distances.get(k);
            Claim held = byPlaceAndType.get(k);
            // "бої тривають у X, яку ворог намагається взяти": of two fights at X, the one naming its attacker; of two
            // captures, the one naming its side ("Robotyne, liberated in August, remains in Ukrainian hands")
            boolean sides = held != null && (held.side() == null) != (claim.side() == null);
            if (known == null || (sides ? claim.side() != null : link.distance() < known)) {
                byPlaceAndType.put(k, claim);
                distances.put(k, link.distance());
                if (link.trigger().cue().has("expel")) {
                    expelled(n, claim, byPlaceAndType);
                }
            }
            if (n.origin() == FoundName.Origin.ANAPHORA) {
                addMention(n, true);
            }
        }

        /**
         * A gain a passive or participle in a relative of the place tells without its side beside the main clause's
         * gain of it ("ВСУ вернули под контроль X, захваченный в первые дни войны"): the earlier change of hands,
         * so the other side's (not "controla X, cuya captura anunció", the same capture told again).
         */
        private Claim beforeMainGain(Claim told, FoundName n, Map<String, Claim> byPlaceAndType) {
            for (Claim main : byPlaceAndType.values()) {
                String key = n.placeKey() + "|" + main.type().code();
                if (TWO_SIDED.contains(main.type()) && main.side() != null && byPlaceAndType.get(key) == main
                        && !relativeKeys.contains(key)) {
                    return told.withInferredSide(main.side().opposite());
                }
            }
            return told;
        }

        /**
         * "Ukrainian forces have driven Russian troops out of X": an expulsion told as a gain (flagged
         * {@code expel}) is also the withdrawal of the side expelled, with the same quote and status.
         */
        private static void expelled(FoundName n, Claim gain, Map<String, Claim> byPlaceAndType) {
            boolean gained = gain.type() == ClaimType.RETAKEN || gain.type() == ClaimType.CAPTURED;
            if (!gained || gain.side() == null) {
                return;
            }
            byPlaceAndType.putIfAbsent(n.placeKey() + "|" + ClaimType.WITHDREW.code(),
                    gain.asType(ClaimType.WITHDREW, gain.side().opposite()));
        }

        /**
         * A claim restating an event ("the liberation of X" after "X was liberated") takes the side
         * of the surest earlier gain or withdrawal on the same place when its own sentence names none
         * (a plain "liberated" over a weak "was under occupation"). Beside a retaking, a capture told without its
         * side is the earlier loss, so the other side's ("Kherson is back under Ukrainian control ... Kherson was
         * captured in early March"), and the other way round.
         */
        private Claim sideFromEarlierClaims(Claim c, FoundName n) {
            if (c.side() != null || c.type() == ClaimType.SHELLED || c.type() == ClaimType.ENCIRCLED) {
                return c; // who gained a place tells nothing of who closed a ring around it
            }
            Claim surest = null;
            for (int i = found.size() - 1; i >= 0; i--) {
                Claim earlier = found.get(i);
                String key = placeKey(earlier);
                if (c.type() == ClaimType.FIGHTING) {
                    if (earlier.type() == ClaimType.FIGHTING && earlier.side() != null && key.equals(n.placeKey())) {
                        return c.withInferredSide(earlier.side());
                    }
                    continue;
                }
                // not a ring ("threatening to encircle the Russian forces inside Bakhmut" tells nothing of who took
                // it), but for a withdrawal from it
                boolean ring = earlier.type() == ClaimType.ENCIRCLED && c.type() != ClaimType.WITHDREW;
                if (earlier.side() != null && key.equals(n.placeKey()) && earlier.type() != ClaimType.FIGHTING
                        && earlier.type() != ClaimType.SHELLED && !ring
                        && (surest == null || earlier.confidence() > surest.confidence())) {
                    surest = earlier; // the surest earlier statement, the latest of equals
                }
            }
            if (surest != null) {
                Side gainer = surest.gainingSide();
                boolean retake = EnumSet.of(c.type(), surest.type()).equals(EnumSet.of(ClaimType.CAPTURED, ClaimType.RETAKEN));
                return c.withInferredSide(c.type() == ClaimType.WITHDREW || retake ? gainer.opposite() : gainer);
            }
            return c;
        }

        /**
         * A fight told without its attacker right after a sentence whose fights all have one
         * ("Russian forces attacked near X and Y. Fighting near Z was heavy"): that attacker.
         */
        private Claim attackerOfPreviousSentence(Claim c) {
            Side attacker = null;
            for (int i = previousSentenceClaims; i < found.size(); i++) {
                Claim p = found.get(i);
                if (p.type() != ClaimType.FIGHTING || p.side() == null) {
                    continue;
                }
                if (attacker != null && attacker != p.side()) {
                    return c;
                }
                attacker = p.side();
            }
            return attacker == null ? c : c.withInferredSide(attacker);
        }

        /**
         * A fight told by a finite verb without a side word of its own, after gains of its sentence all told of one
         * side ("В ведомстве утверждают, что войска продвинулись у X и ведут бои за Y"): the verb shares their
         * subject, so that side fights; unchanged when the sentence tells no such gain, or gains of both sides.
         */
        private static Claim sharedGainer(Claim fight, Map<String, Claim> byPlaceAndType) {
            Set<Side> gainers = EnumSet.noneOf(Side.class);
            for (Claim c : byPlaceAndType.values()) {
                if (c.type() == ClaimType.ADVANCING || c.type() == ClaimType.CAPTURED || c.type() == ClaimType.RETAKEN) {
                    if (c.side() == null) {
                        return fight;
                    }
                    gainers.add(c.side());
                }
            }
            return gainers.size() == 1 ? fight.withInferredSide(gainers.iterator().next()) : fight;
        }

        /**
         * True when {@code told}, read in a relative clause of its place, is dated before {@code main}: a relative of
         * the same date tells the state the capture left ("зачистку X, яке відтепер під контролем ЗСУ"), and a main
         * clause's fall is the capture the relative tells ("the fall of Marinka, which Moscow said it captured in
         * December"), so neither is another change of hands.
         */
        private static boolean earlier(Claim told, Claim main) {
            return told.eventDate() != null && main.eventDate() != null
                    && told.eventDate().date().isBefore(main.eventDate().date());
        }

        /** The key of a claim's place, as {@link FoundName#placeKey()} gives it for a mention. */
        private static String placeKey(Claim c) {
            return c.placeId() != null ? "id:" + c.placeId() : "name:" + Tokens.fold(c.placeText());
        }

        private void addMention(FoundName n, boolean claim) {
            if (claim) {
                claimedNames.add(n.start());
            }
            MentionRole role = claim ? MentionRole.CLAIM : n.verdict().roleWithoutClaim();
            Resolution r = n.resolution();
            String surface = n.origin() == FoundName.Origin.ANAPHORA ? text.substring(n.start(), n.end()) : n.surface();
            PlaceMention m = new PlaceMention(0, 0, ClaimBuilder.mentionKey(article.contentHash(), n.start()), surface, n.start(), n.end(),
                    role, r.resolved() ? r.place().id() : null, r.kind(), r.confidence(), r.suggestions());
            PlaceMention old = mentions.get(n.start());
            if (old == null || role == MentionRole.CLAIM) {
                mentions.put(n.start(), m);
            }
        }

        private List<FoundName> namesIn(SentenceView s) {
            afterFirstName.clear();
            for (CueHit first : s.find("first_names")) {
                if (first.to() < s.to() && s.tokens().get(first.from()).capitalised()
                        && s.tokens().get(first.to()).capitalised()) {
                    afterFirstName.add(first.to());
                    surnames.add(stem(s.tokens().get(first.to()).norm()));
                }
            }
            boolean[] taken = new boolean[Math.max(0, s.to() - s.from())];
            markHits(taken, s, s.actors());
            markHits(taken, s, s.claimants());
            List<FoundName> names = new ArrayList<>();
            for (PlaceSpan span : spans) {
                if (span.start() >= s.sentence().start() && span.end() <= s.sentence().end()) {
                    int from = tokens.indexAtOrAfter(span.start());
                    int to = Math.max(from + 1, tokens.countEndingBy(span.end()));
                    if (to == from + 1 && afterFirstName.contains(to)) {
                        continue; // "Präsident Wolodymyr Selenskyj": a first name, not Volodymyr-Volynskyi
                    }
                    Resolution longer = withWordBefore(s, from, taken, span);
                    if (longer != null) {
                        from--; // "Velyka Novossilka", not the Novosilka elsewhere the second word names
                    }
                    int end = span.end();
                    Resolution withNext = longer == null ? withWordAfter(s, to, span) : null;
                    if (withNext != null) {
                        end = tokens.get(to).end(); // "Новой Басанью", not the Nove the first word names
                        to++;
                        longer = withNext;
                    }
                    for (int i = from; i < to && i < s.to(); i++) {
                        taken[i - s.from()] = true;
                    }
                    int start = tokens.get(from).start();
                    add(names, s, start, end, from, to, text.substring(start, end), FoundName.Origin.KNOWN,
                            longer != null ? longer : resolutions.get(span));
                }
            }
            for (int[] u : unknownNames.spot(s, taken, unknownSeen)) {
                int from = u[0];
                int end = tokens.get(u[1] - 1).end();
                if (u[1] == from + 1 && afterFirstName.contains(u[1])) {
                    continue; // "Vladimir Poutine": a first name, as for a known name, not the town of Vladimir
                }
                Resolution known = null;
                if (u[2] == 1 && u[1] < s.to() && s.rules().list("first_names").startingAt(s.tokens(), u[1], u[1] + 1) != null
                        && lookup.commonWord(text.substring(tokens.get(from).start(), end))) {
                    continue; // "Mayor Ihor Terekhov": an everyday word before a first name is a title, no place
                }
                if (u[2] == 1) {
                    String run = text.substring(tokens.get(from).start(), end);
                    known = tentative(s, run);
                    if (known != null && from == s.from() && lookup.commonWord(run) && "transliterated".equals(known.kind())) {
                        continue; // "Some units were shelled": a sentence's first word, capitalised anyway, by a loose spelling
                    }
                    if (known == null && s.rules().capitalisedNouns() && u[1] - from >= 2) {
                        from++; // "im Raum Krasnohoriwka": a German noun opens the run of capitalised words
                        known = tentative(s, text.substring(tokens.get(from).start(), end));
                    } else if (known == null && from == s.from() && u[1] - from >= 2 && !adjectiveBefore(s, u[1])) {
                        // so does the sentence's first word, capitalised anyway ("Соседняя Буча находится под
                        // контролем", "Reste Lyssytchansk"), but not before an adjective agreeing with the last word
                        // ("Начальник Авдеевской городской администрации": an adjective, no place)
                        known = tentative(s, text.substring(tokens.get(from + 1).start(), end));
                        from = known != null ? from + 1 : from;
                    }
                    if (known == null) {
                        continue;
                    }
                }
                int start = tokens.get(from).start();
                String surface = text.substring(start, end);
                if (add(names, s, start, end, from, u[1], surface, FoundName.Origin.UNKNOWN, known)) {
                    unknownSeen.add(Tokens.fold(surface));
                }
            }
            names.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return roles.spreadOverLists(s, names);
        }

        /**
         * True when the word at token {@code to} is a lower-case word ending as the word before it does, an adjective
         * agreeing with it ("Авдеевской городской", "Донецкой народной"): the capitalised word is an adjective too.
         */
        private boolean adjectiveBefore(SentenceView s, int to) {
            if (to >= s.to() || tokens.get(to).capitalised() || !text.substring(tokens.get(to - 1).end(), tokens.get(to).start()).isBlank()) {
                return false;
            }
            String last = tokens.get(to - 1).norm();
            String next = tokens.get(to).norm();
            return last.length() > AGREEING_ENDING && next.length() > AGREEING_ENDING
                    && last.endsWith(next.substring(next.length() - AGREEING_ENDING));
        }

        /**
         * What a capitalised word (or run) the name finder missed names, when the gazetteer knows it
         * (not fuzzily), else null; in German a capitalised everyday word ("Sommer", "Dort") names nothing.
         */
        private Resolution tentative(SentenceView s, String surface) {
            if (!lookup.mayKnow(surface, s.rules().language())
                    || s.rules().capitalisedNouns() && lookup.commonWord(surface)) {
                return null;
            }
            Resolution known = lookup.resolve(surface, s.rules().language(), s.quote(), List.copyOf(nearby));
            return known.resolved() && !"fuzzy".equals(known.kind()) ? known : null;
        }

        /**
         * The place a known name means together with the capitalised word right before it, when the
         * gazetteer knows the two words as one name of several words under another spelling ("Velyka
         * Novossilka"); else null.
         */
        private Resolution withWordBefore(SentenceView s, int from, boolean[] taken, PlaceSpan span) {
            if (from <= s.from() || taken[from - 1 - s.from()] || !tokens.get(from - 1).capitalised()
                    || !text.substring(tokens.get(from - 1).end(), tokens.get(from).start()).isBlank()
                    || s.rules().stopwords().contains(tokens.get(from - 1).norm())
                    || s.rules().list("locative_before").startingAt(s.tokens(), from - 1, from) != null) {
                return null; // "In Nowa Kachowka" at a sentence's start: a preposition, no part of the name
            }
            return severalWordName(s, text.substring(tokens.get(from - 1).start(), span.end()));
        }

        /** The place {@code surface} names when the gazetteer knows it as one name of several words, else null. */
        private Resolution severalWordName(SentenceView s, String surface) {
            Resolution r = lookup.resolve(surface, s.rules().language(), s.quote(), List.copyOf(nearby));
            boolean severalWords = r.resolved() && r.place().name().strip().contains(" ");
            return severalWords && !"fuzzy".equals(r.kind()) ? r : null;
        }

        /**
         * The place a one-word name and the capitalised word right after it name together, when the
         * gazetteer knows them as one name of several words (Cyrillic case forms: "Новой Басанью",
         * "Малую Рогань"), else null. Only a Cyrillic pair: a Latin one is found whole by the spans.
         */
        private Resolution withWordAfter(SentenceView s, int to, PlaceSpan span) {
            if (to >= s.to() || to - tokens.indexAtOrAfter(span.start()) != 1 || !tokens.get(to).capitalised()
                    || Character.UnicodeScript.of(span.surface().codePointAt(0)) != Character.UnicodeScript.CYRILLIC
                    || !text.substring(tokens.get(to - 1).end(), tokens.get(to).start()).isBlank()) {
                return null;
            }
            return severalWordName(s, text.substring(span.start(), tokens.get(to).end()));
        }

        /**
         * True when the name is a person's surname: the capitalised word right after a first name
         * ("Serhiy Haidai", "Олег Григоров"), or, later in the article, a one-word name sharing the
         * stem of one met so ("Григоров назвал ..."), recorded by {@link #namesIn} for every sentence.
         */
        private boolean surname(int from, int to, String surface) {
            return afterFirstName.contains(from) || to - from == 1 && surnames.contains(stem(Tokens.fold(surface)));
        }

        /** The first letters of a folded surname shared by its case forms ("гайда" for Гайдай, Гайдая). */
        private static String stem(String folded) {
            return folded.substring(0, Math.min(folded.length(), Math.max(SURNAME_STEM, folded.length() - 2)));
        }

        /** Adds a name unless it names a region; true when added. Resolves it unless {@code known} is given. */
        private boolean add(List<FoundName> names, SentenceView s, int start, int end, int from, int to, String surface,
                            FoundName.Origin origin, Resolution known) {
            if (surname(from, to, surface) || opensPartOfTown(s, from, to)) {
                return false;
            }
            MentionRoles.Verdict verdict = from < to && to <= s.to() ? roles.classify(s, from, to)
                    : MentionRoles.Verdict.CONTEXT;
            if (verdict == MentionRoles.Verdict.REGION || MentionRoles.quotedAlone(text, start, end)
                    || origin == FoundName.Origin.UNKNOWN && lookup.namesRegion(surface)) {
                return false; // "бої на Сумщину": the oblast, not a settlement the gazetteer lacks
            }
            Resolution r = known != null ? known : lookup.resolve(surface, s.rules().language(), s.quote(), List.copyOf(nearby));
            if (feature(r, OBLAST_SEAT) && MentionRoles.regionPartBefore(s, from)) {
                return false; // "en el sur de Donetsk": the oblast the seat names, not the city
            }
            if (verdict == MentionRoles.Verdict.CANDIDATE && feature(r, NATIONAL_CAPITAL) && MentionRoles.sideNameApart(s, from, to)) {
                verdict = MentionRoles.Verdict.CONTEXT; // the capital names its government
            }
            names.add(new FoundName(start, end, from, to, surface, verdict, r, origin));
            return true;
        }

        /**
         * True when the name's words open a longer anaphor naming a part of a town (flag {@code part}), so that
         * they are its compass adjective, capitalised at the sentence's start: "Северные кварталы Покровска
         * заняты", not the village Sieverne.
         */
        private static boolean opensPartOfTown(SentenceView s, int from, int to) {
            CueHit part = s.rules().list("anaphora").startingAt(s.tokens(), from, s.to());
            return part != null && part.cue().has("part") && part.to() > to;
        }

        /**
         * The sentence without the side words that a trigger takes as its place: in "une attaque a visé Kiev et
         * Kharkiv" the capital is a city struck, not the side that struck Kharkiv; nor those inside the name of a
         * settlement ("Russian troops captured Ukrainsk and shelled Selydove": a town, no side).
         */
        private static SentenceView withoutTownsTaken(SentenceView s, List<FoundName> names) {
            List<FoundName> towns = names.stream()
                    .filter(n -> n.verdict() == MentionRoles.Verdict.CANDIDATE && feature(n.resolution(), NATIONAL_CAPITAL)
                            || n.origin() == FoundName.Origin.KNOWN && settlement(n.resolution()))
                    .toList();
            if (towns.isEmpty()) {
                return s;
            }
            List<CueHit> actors = s.actors().stream()
                    .filter(a -> towns.stream().noneMatch(n -> a.from() < n.tokenTo() && n.tokenFrom() < a.to()))
                    .toList();
            return actors.size() == s.actors().size() ? s : new SentenceView(s.text(), s.sentence(), s.tokens(),
                    s.from(), s.to(), s.rules(), s.triggers(), actors, s.claimants(), s.regions());
        }

        /** A resolved place that is neither a national capital nor a country ("Ukrainsk", "Украинка"). */
        private static boolean settlement(Resolution r) {
            return r != null && r.resolved() && r.place().featureCode().startsWith("PPL") && !feature(r, NATIONAL_CAPITAL);
        }

        /**
         * A resolved place of GeoNames feature {@code code}: an oblast seat ({@value #OBLAST_SEAT}: "Donetsk"), whose
         * name also names its oblast, or a national capital ({@value #NATIONAL_CAPITAL}: "Kyiv"), whose name is also a
         * side word.
         */
        private static boolean feature(Resolution r, String code) {
            return r != null && r.resolved() && code.equals(r.place().featureCode());
        }

        private void markHits(boolean[] taken, SentenceView s, List<CueHit> hits) {
            for (CueHit h : hits) {
                for (int i = h.from(); i < h.to(); i++) {
                    taken[i - s.from()] = true;
                }
            }
        }
    }

    private LanguageRules emptyRulesFor(String language) {
        synchronized (emptyRules) {
            return emptyRules.computeIfAbsent(language, LanguageRules::empty);
        }
    }

    /** Words from an anaphor to a name listed after it ("in the town and in nearby X"). */
    private static final int LISTED_NAME_GAP = 4;

    /**
     * True when a name follows the anaphor as the next item of a list: a conjunction and at most a preposition and
     * an adjective between, no punctuation ("inside the town and in nearby X").
     */
    private static boolean listedWithName(SentenceView s, FoundName anaphor, List<FoundName> names) {
        for (FoundName n : names) {
            int gap = n.tokenFrom() - anaphor.tokenTo();
            if (gap > 0 && gap <= LISTED_NAME_GAP && !ClauseStructure.punctuated(s, anaphor.tokenTo() - 1, n.tokenFrom())
                    && s.rules().list("conjunctions").startingAt(s.tokens(), anaphor.tokenTo(), n.tokenFrom()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an anaphor subject before a strike ({@code l}) shares it with the names that took it only after a comma
     * following it ("La ville est bombardée quotidiennement, tout comme Kivcharivka", "la ciudad es bombardeada, al
     * igual que X", "the town is shelled daily, as is X"): the strike is the anaphor's too, as it is a named subject's.
     */
    private static boolean strikeSharedAfterComma(SentenceView s, TriggerLink l, Map<FoundName, List<TriggerLink>> linked) {
        if (!l.placeBefore() || !l.trigger().cue().label().equals("shelled")) {
            return false;
        }
        boolean any = false;
        for (Map.Entry<FoundName, List<TriggerLink>> e : linked.entrySet()) {
            for (TriggerLink other : e.getValue()) {
                if (other.trigger().equals(l.trigger())) {
                    FoundName n = e.getKey();
                    if (n.tokenFrom() < l.trigger().to() || !ClauseStructure.punctuated(s, l.trigger().to() - 1, n.tokenFrom())) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** True when a colon follows the cue right away ("Kiev lo desmintió: ..."). */
    private static boolean colonAfter(SentenceView s, CueHit cue) {
        return cue.to() < s.to() && ClauseStructure.gap(s, cue.to() - 1, cue.to()).contains(":");
    }

    /** The quotation marks in {@code t}, opening and closing alike: an odd count leaves a quote open. */
    static int quoteMarks(String t) {
        int n = 0;
        for (int k = 0; k < t.length(); k++) {
            n += QUOTES.indexOf(t.charAt(k)) >= 0 ? 1 : 0;
        }
        return n;
    }
}
