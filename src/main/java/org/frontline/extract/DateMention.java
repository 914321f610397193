package org.frontline.extract;

import java.util.Objects;
import org.frontline.model.FuzzyDate;

/**
 * A date read from a sentence. Immutable.
 *
 * @param token    index of the token where the date expression starts
 * @param date     the resolved date
 * @param absolute true when the text gives a year, so the date does not depend on the publication date
 */
public record DateMention(int token, FuzzyDate date, boolean absolute) {
    public DateMention {
        Objects.requireNonNull(date, "date");
    }
}
