package org.frontline.extract;

import java.util.List;
import org.frontline.model.Place;

/**
 * The extractor's view of the gazetteer: finds settlement names in text and resolves them.
 *
 * <p>A narrow port so that extraction can be tested with a small table of places
 * ({@link TablePlaceLookup}) and run against the real gazetteer through an adapter.
 * Implementations must be safe for concurrent use by several threads.
 */
public interface PlaceLookup {

    /**
     * Finds the known settlement names in a text, including inflected, transliterated and feature
     * forms ("mina Toretskaya" for Toretsk). Spans do not overlap and come in text order.
     *
     * @param text     the article text
     * @param language ISO 639-1 code of the text, or null
     */
    List<PlaceSpan> findPlaces(String text, String language);

    /**
     * Resolves a name to one settlement.
     *
     * @param surface  the name as written
     * @param language ISO 639-1 code of the text, or null
     * @param context  the sentence the name stands in
     * @param nearby   places already resolved in the same article, to prefer near candidates
     */
    Resolution resolve(String surface, String language, String context, List<Place> nearby);

    /**
     * Resolves a name to one settlement, with its paragraph as context and, within it, its sentence,
     * whose words weigh more ("in the Kharkiv region" two sentences off may be the region of other
     * places). By default the paragraph is read as a whole.
     *
     * @param sentence the sentence the name stands in, part of {@code context}
     * @param context  the paragraph the name stands in
     */
    default Resolution resolve(String surface, String language, String sentence, String context, List<Place> nearby) {
        return resolve(surface, language, context, nearby);
    }

    /**
     * Whether the gazetteer may know a word as a name in some context: it has a candidate for it
     * that is not a guess at a typo. A cheap test, before {@link #resolve}, for the many capitalised
     * words that are no names (the nouns of German, first names, sentence openers).
     */
    default boolean mayKnow(String surface, String language) {
        return true;
    }

    /** Whether a word names a region alone, with no region word ("Сумщину", "на Донеччині"): never a settlement. */
    default boolean namesRegion(String surface) {
        return false;
    }

    /** Whether a word is an everyday word that is also the name of a small place ("Sommer", "Прогрес"). */
    default boolean commonWord(String surface) {
        return false;
    }
}
