package org.frontline.workspace;

import java.time.LocalDate;
import org.frontline.render.AreaLayer;
import org.frontline.render.ClaimView;

/** Claimed control areas ready to draw for a date and a claimant view. Implementations are thread-safe. */
@FunctionalInterface
public interface AreaSource {
    AreaLayer at(LocalDate date, ClaimView view);

    /** No areas at all (a store with no claims, or before the control engine is ready). */
    static AreaSource none() {
        return (date, view) -> AreaLayer.empty();
    }
}
