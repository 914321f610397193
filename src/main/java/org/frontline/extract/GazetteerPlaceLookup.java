package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GeocodeContext;
import org.frontline.gazetteer.GeocodeResult;
import org.frontline.gazetteer.Geocoder;
import org.frontline.gazetteer.MatchKind;
import org.frontline.gazetteer.NameFinder;
import org.frontline.gazetteer.NameMatch;
import org.frontline.model.Place;
import org.frontline.model.PlaceSuggestion;

/**
 * The extractor's {@link PlaceLookup} backed by the project gazetteer: the {@link NameFinder}
 * spots names in text, the {@link Geocoder} resolves them with the sentence and the places already
 * resolved in the article as context. Thread-safe: both are.
 *
 * <p>A name is taken as resolved when its best candidate scores at least {@value #MIN_SCORE}
 * ({@value #MIN_FUZZY_SCORE} for a fuzzy match, which guesses at a spelling); otherwise the
 * mention stays unresolved and keeps the candidates as suggestions for review.
 */
public final class GazetteerPlaceLookup implements PlaceLookup {
    static final double MIN_SCORE = 0.35;
    static final double MIN_FUZZY_SCORE = 0.6;
    private static final int SUGGESTIONS = 5;

    /** Words {@link #mayKnow} has answered, kept up to {@value #KNOWN_WORDS} entries. */
    private static final int KNOWN_WORDS = 200_000;

    private final Geocoder geocoder;
    private final NameFinder finder;
    private final ConcurrentHashMap<String, Boolean> mayKnow = new ConcurrentHashMap<>();

    public GazetteerPlaceLookup(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.geocoder = new Geocoder(gazetteer);
        this.finder = new NameFinder(gazetteer);
    }

    /** A lookup over the shipped gazetteer. */
    public static GazetteerPlaceLookup loadDefault() {
        return new GazetteerPlaceLookup(Gazetteer.loadDefault());
    }

    /** The place with a gazetteer id, for callers that show names. */
    public Optional<Place> place(long id) {
        return geocoder.gazetteer().byId(id);
    }

    @Override
    public List<PlaceSpan> findPlaces(String text, String language) {
        List<PlaceSpan> out = new ArrayList<>();
        for (NameMatch m : finder.find(withoutQuotes(text), language == null ? "" : language)) {
            if (m.end() > m.start()) {
                out.add(new PlaceSpan(m.start(), m.end(), text.substring(m.start(), m.end()), m.placeIds()));
            }
        }
        return out;
    }

    /**
     * The text with quotation marks blanked out, same length so offsets hold: the press quotes
     * feature names ("the ‘Krasnolymansky’ mine"), which would hide the feature word from the name
     * finder. An apostrophe between two letters (Слов'янськ, Pokrovs'k) is kept, except before the
     * possessive "s" that ends a word ("Kharkiv's mayor"), which no place name ends with.
     */
    static String withoutQuotes(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if ("\u2018\u2019\u201C\u201D\u00AB\u00BB\u201E\"'".indexOf(c[i]) >= 0
                    && (!(i > 0 && i + 1 < c.length && Character.isLetter(c[i - 1]) && Character.isLetter(c[i + 1]))
                    || possessive(c, i))) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /** True when the apostrophe at {@code i} opens an English possessive "'s" ending its word. */
    private static boolean possessive(char[] c, int i) {
        return i + 1 < c.length && (c[i + 1] == 's' || c[i + 1] == 'S')
                && (i + 2 == c.length || !Character.isLetterOrDigit(c[i + 2]));
    }

    @Override
    public boolean commonWord(String surface) {
        return geocoder.gazetteer().isCommonWord(withoutQuotes(surface).strip());
    }

    @Override
    public boolean namesRegion(String surface) {
        return geocoder.gazetteer().namesRegionAlone(withoutQuotes(surface).strip());
    }

    @Override
    public boolean mayKnow(String surface, String language) {
        String key = (language == null ? "" : language) + "|" + surface;
        Boolean known = mayKnow.get(key);
        if (known == null) {
            GeocodeResult r = geocoder.resolve(withoutQuotes(surface).strip(), new GeocodeContext(language, "", List.of()));
            known = r.candidates().stream().anyMatch(c -> c.kind() != MatchKind.FUZZY);
            if (mayKnow.size() < KNOWN_WORDS) {
                mayKnow.put(key, known);
            }
        }
        return known;
    }

    @Override
    public Resolution resolve(String surface, String language, String context, List<Place> nearby) {
        return resolve(surface, language, "", context, nearby);
    }

    @Override
    public Resolution resolve(String surface, String language, String sentence, String context, List<Place> nearby) {
        GeocodeResult r = geocoder.resolve(withoutQuotes(surface).strip(),
                new GeocodeContext(language, context, nearby, sentence));
        List<PlaceSuggestion> suggestions = new ArrayList<>();
        for (Candidate c : r.candidates().subList(0, Math.min(SUGGESTIONS, r.candidates().size()))) {
            suggestions.add(new PlaceSuggestion(c.place().id(), c.place().name(), c.score()));
        }
        Optional<Candidate> best = r.best();
        if (best.isEmpty() || best.get().score() < (best.get().kind() == MatchKind.FUZZY ? MIN_FUZZY_SCORE : MIN_SCORE)) {
            return Resolution.unresolved(suggestions);
        }
        Candidate c = best.get();
        return new Resolution(c.place(), c.kind().name().toLowerCase(Locale.ROOT), Math.max(0, Math.min(1, c.score())),
                suggestions);
    }
}
