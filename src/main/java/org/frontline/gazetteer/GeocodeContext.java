package org.frontline.gazetteer;

import java.util.List;
import org.frontline.model.Place;

/**
 * What is known around a mention, to tell apart places of the same name. Immutable.
 *
 * @param language       ISO 639-1 code of the text, or empty when unknown
 * @param text           the surrounding text (sentence, paragraph or article) read for oblast and raion names; may be empty
 * @param resolvedNearby places already resolved in the same article; closer candidates rank higher
 * @param sentence       the sentence of the mention, within {@code text}: an oblast it names weighs more than
 *                       one named elsewhere in the text ("Lyman ... . Balakliia and Izium, in the Kharkiv
 *                       region"); empty when not known, and then all of {@code text} weighs alike
 */
public record GeocodeContext(String language, String text, List<Place> resolvedNearby, String sentence) {
    private static final GeocodeContext NONE = new GeocodeContext("", "", List.of());

    public GeocodeContext {
        language = language == null ? "" : language;
        text = text == null ? "" : text;
        resolvedNearby = resolvedNearby == null ? List.of() : List.copyOf(resolvedNearby);
        sentence = sentence == null ? "" : sentence;
    }

    /** A context whose text is all near the mention (a sentence, or a text read as a whole). */
    public GeocodeContext(String language, String text, List<Place> resolvedNearby) {
        this(language, text, resolvedNearby, "");
    }

    /** No context: candidates rank by name match, feature code and population alone. */
    public static GeocodeContext none() {
        return NONE;
    }
}
