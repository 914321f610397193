package org.frontline.extract;

import java.util.Objects;
import org.frontline.model.ClaimStatus;

/**
 * How a claim is put forward, with the denier when it is denied. Immutable.
 *
 * @param status   asserted, denied, forecast or historical
 * @param deniedBy who denies it, or null
 * @param cue      the cue that decided, for the confidence and for review; null for asserted
 */
public record StatusReading(ClaimStatus status, String deniedBy, CueHit cue) {
    public StatusReading {
        Objects.requireNonNull(status, "status");
    }
}
