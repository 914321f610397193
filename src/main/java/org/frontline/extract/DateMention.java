package org.frontline.extract;

import java.util.Objects;
import org.frontline.model.FuzzyDate;

/**
 * A date read from a sentence. Immutable.
 *
 * @param token    index of the token where the date expression starts
 * @param date     the resolved date
 * @param absolute true when the text gives a year, so the date does not depend on the publication date
 * @param since    true when the date opens a state that still holds ("occupied since late February",
 *                 "seit Ende Februar besetzt"): it tells when the state began, not when the claim's
 *                 event took place
 */
public record DateMention(int token, FuzzyDate date, boolean absolute, boolean since) {
    public DateMention {
        Objects.requireNonNull(date, "date");
    }

    public DateMention(int token, FuzzyDate date, boolean absolute) {
        this(token, date, absolute, false);
    }

    /** This date marked as the start of a state. */
    DateMention asSince() {
        return new DateMention(token, date, absolute, true);
    }
}
