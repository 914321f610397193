package org.frontline.gazetteer;

import java.util.List;
import org.frontline.model.Place;

/**
 * What is known around a mention, to tell apart places of the same name. Immutable.
 *
 * @param language       ISO 639-1 code of the text, or empty when unknown
 * @param text           the surrounding text (sentence, paragraph or article) read for oblast and raion names; may be empty
 * @param resolvedNearby places already resolved in the same article; closer candidates rank higher
 */
public record GeocodeContext(String language, String text, List<Place> resolvedNearby) {
    private static final GeocodeContext NONE = new GeocodeContext("", "", List.of());

    public GeocodeContext {
        language = language == null ? "" : language;
        text = text == null ? "" : text;
        resolvedNearby = resolvedNearby == null ? List.of() : List.copyOf(resolvedNearby);
    }

    /** No context: candidates rank by name match, feature code and population alone. */
    public static GeocodeContext none() {
        return NONE;
    }
}
