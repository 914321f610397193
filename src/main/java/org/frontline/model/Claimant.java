package org.frontline.model;

import java.util.Objects;

/**
 * Who asserts a claim.
 *
 * @param name as the tool names it, e.g. "Russian Ministry of Defence", "ISW"
 * @param kind whose side the claimant speaks for
 */
public record Claimant(String name, ClaimantKind kind) {
    public Claimant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The claimant used when the text attributes the claim to nobody: the outlet. */
    public static Claimant outlet(String outletName) {
        return new Claimant(outletName == null || outletName.isBlank() ? "the outlet" : outletName,
                ClaimantKind.OUTLET);
    }
}
