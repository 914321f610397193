package org.frontline.extract;

import java.util.Objects;
import org.frontline.model.Claimant;

/**
 * Who a claim is attributed to and how directly. Immutable.
 *
 * @param claimant the claimant
 * @param strength 1.0 when named in the sentence, lower when taken from the paragraph or a
 *                 pronoun, lowest for the outlet itself
 */
public record Attribution(Claimant claimant, double strength) {
    public Attribution {
        Objects.requireNonNull(claimant, "claimant");
    }
}
