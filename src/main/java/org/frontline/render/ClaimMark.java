package org.frontline.render;

import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;

/**
 * A claim as a symbol on the map: shape by type, colour by side, hollow when denied, faded with age.
 *
 * @param claimId  the claim, for hit-testing and selection
 * @param x        map x, metres
 * @param y        map y, metres
 * @param type     claim type (the shape)
 * @param side     side (the colour), or null
 * @param status   status (denied is hollow, forecast dashed)
 * @param age      0 for a claim of the selected date up to 1 for the oldest in the time window
 * @param selected drawn with a highlight ring
 */
public record ClaimMark(long claimId, double x, double y, ClaimType type, Side side, ClaimStatus status,
                        double age, boolean selected) {
}
