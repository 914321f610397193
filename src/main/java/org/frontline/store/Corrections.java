package org.frontline.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.PlaceMention;
import org.frontline.model.Side;

/**
 * The user's edits in force, applied to claims and mentions as they are read. Immutable; later
 * edits of the same field win. A mention edit (place, rejection) applies to every claim made at
 * that mention, found through the claim key {@code hash:start:type} whose mention key is
 * {@code hash:start}.
 */
public final class Corrections {
    private static final Corrections NONE = new Corrections(Map.of(), Map.of());
    private final Map<String, Map<UserEdit.Field, String>> claims;
    private final Map<String, Map<UserEdit.Field, String>> mentions;

    private Corrections(Map<String, Map<UserEdit.Field, String>> claims, Map<String, Map<UserEdit.Field, String>> mentions) {
        this.claims = claims;
        this.mentions = mentions;
    }

    public static Corrections none() {
        return NONE;
    }

    /** The corrections of these edits in force, oldest first. */
    public static Corrections of(List<UserEdit> active) {
        Map<String, Map<UserEdit.Field, String>> claims = new HashMap<>();
        Map<String, Map<UserEdit.Field, String>> mentions = new HashMap<>();
        for (UserEdit e : active) {
            Map<String, Map<UserEdit.Field, String>> target = switch (e.target()) {
                case CLAIM -> claims;
                case MENTION -> mentions;
                case PLACE -> null;
            };
            if (target != null && !e.undone()) {
                target.computeIfAbsent(e.targetKey(), k -> new HashMap<>()).put(e.field(), e.newValue());
            }
        }
        return new Corrections(claims, mentions);
    }

    /** Keys of the claims the user rejected, one by one. */
    public java.util.Set<String> rejectedClaims() {
        return rejected(claims);
    }

    /** Keys of the mentions the user rejected: every claim made at one is rejected with it. */
    public java.util.Set<String> rejectedMentions() {
        return rejected(mentions);
    }

    private static java.util.Set<String> rejected(Map<String, Map<UserEdit.Field, String>> edits) {
        java.util.Set<String> out = new java.util.HashSet<>();
        edits.forEach((key, fields) -> {
            if ("true".equals(fields.get(UserEdit.Field.REJECTED))) {
                out.add(key);
            }
        });
        return out;
    }

    public boolean isEmpty() {
        return claims.isEmpty() && mentions.isEmpty();
    }

    /** The claim as corrected, or empty when the user rejected it or its mention. */
    public Optional<Claim> apply(Claim k) {
        Map<UserEdit.Field, String> m = mentions.getOrDefault(ClaimRepository.mentionKeyOf(k.key()), Map.of());
        Map<UserEdit.Field, String> e = claims.getOrDefault(k.key(), Map.of());
        if ("true".equals(m.get(UserEdit.Field.REJECTED)) || "true".equals(e.get(UserEdit.Field.REJECTED))) {
            return Optional.empty();
        }
        if (m.isEmpty() && e.isEmpty()) {
            return Optional.of(k);
        }
        Long place = m.containsKey(UserEdit.Field.PLACE_ID) ? parseLong(m.get(UserEdit.Field.PLACE_ID)) : k.placeId();
        ClaimType type = e.containsKey(UserEdit.Field.TYPE) ? ClaimType.parse(e.get(UserEdit.Field.TYPE)) : k.type();
        Side side = e.containsKey(UserEdit.Field.SIDE) ? Side.parse(e.get(UserEdit.Field.SIDE)).orElse(null) : k.side();
        ClaimStatus status = e.containsKey(UserEdit.Field.STATUS) ? ClaimStatus.parse(e.get(UserEdit.Field.STATUS))
                : k.status();
        boolean reviewed = !java.util.Objects.equals(place, k.placeId()) || !e.isEmpty();
        return Optional.of(new Claim(k.id(), k.articleId(), k.key(), k.placeText(), place, type, side, k.claimant(),
                status, status == ClaimStatus.DENIED ? k.deniedBy() : null, k.eventDate(), k.quote(), k.quoteStart(),
                k.quoteEnd(), reviewed ? Math.max(k.confidence(), 1.0) : k.confidence()));
    }

    /** The mention as corrected, or empty when the user rejected it. */
    public Optional<PlaceMention> apply(PlaceMention pm) {
        Map<UserEdit.Field, String> m = mentions.getOrDefault(pm.key(), Map.of());
        if ("true".equals(m.get(UserEdit.Field.REJECTED))) {
            return Optional.empty();
        }
        if (!m.containsKey(UserEdit.Field.PLACE_ID)) {
            return Optional.of(pm);
        }
        Long place = parseLong(m.get(UserEdit.Field.PLACE_ID));
        return Optional.of(new PlaceMention(pm.id(), pm.articleId(), pm.key(), pm.text(), pm.start(), pm.end(),
                pm.role(), place, place == null ? "unresolved" : "user", place == null ? pm.confidence() : 1.0,
                pm.suggestions()));
    }

    private static Long parseLong(String s) {
        return s == null ? null : Long.valueOf(s);
    }
}
