package org.frontline.model;

import java.util.Objects;

/**
 * A territorial claim made by an article about one place. Immutable.
 *
 * <p>Invariant: {@code 0 <= quoteStart < quoteEnd <= article text length}, and the quote is the
 * article text between them. A claim whose place could not be geocoded has a null
 * {@code placeId}; it is kept and shown, never pinned at random.
 *
 * @param id          store id (0 before it is stored)
 * @param articleId   the article that makes it
 * @param key         stable identity across re-ingest: article hash, mention offset and type (and side, for
 *                    the second claim of one type at one mention)
 * @param placeText   the place as written in the article
 * @param placeId     gazetteer place id, or null when unresolved
 * @param type        what is said to have happened
 * @param side        the side said to gain or hold (see {@link ClaimType}), or null
 * @param claimant    who asserts it
 * @param status      asserted, denied, forecast or historical
 * @param deniedBy    who denies it, when {@code status} is denied; else null
 * @param eventDate   when it is said to have happened, or null when the article date is unknown
 * @param quote       the sentence that carries the claim
 * @param quoteStart  offset of the quote in the article text
 * @param quoteEnd    end offset (exclusive) of the quote
 * @param confidence  0..1, extraction and geocoding certainty combined
 */
public record Claim(long id, long articleId, String key, String placeText, Long placeId, ClaimType type,
                    Side side, Claimant claimant, ClaimStatus status, String deniedBy, FuzzyDate eventDate,
                    String quote, int quoteStart, int quoteEnd, double confidence) {
    public Claim {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(placeText, "placeText");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(quote, "quote");
        if (quoteStart < 0 || quoteEnd < quoteStart) {
            throw new IllegalArgumentException("bad quote offsets " + quoteStart + ".." + quoteEnd);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }

    public boolean resolved() {
        return placeId != null;
    }

    /** The side that gains by this claim: its side, the other one for a withdrawal; null when unknown. */
    public Side gainingSide() {
        return side == null ? null : type == ClaimType.WITHDREW ? side.opposite() : side;
    }

    /**
     * This claim with a side its own sentence did not say but the article did (another claim's),
     * at nine tenths of its confidence.
     */
    public Claim withInferredSide(Side inferred) {
        return new Claim(id, articleId, key, placeText, placeId, type, inferred, claimant, status, deniedBy, eventDate,
                quote, quoteStart, quoteEnd, confidence * 0.9);
    }

    /**
     * This claim under a key of its own for {@code side}: the second claim of one type at one mention,
     * by the other side ("retook X, which Russian forces had occupied": two captures of X in one sentence).
     */
    public Claim keyedFor(Side other) {
        return new Claim(id, articleId, key + "-" + other.name().toLowerCase(java.util.Locale.ROOT), placeText, placeId,
                type, side, claimant, status, deniedBy, eventDate, quote, quoteStart, quoteEnd, confidence);
    }

    /** This claim as a forecast by {@code side}, not denied by anyone (an encirclement a withdrawal escaped). */
    public Claim asForecastBy(Side forecastSide) {
        return new Claim(id, articleId, key, placeText, placeId, type, forecastSide, claimant, ClaimStatus.FORECAST, null,
                eventDate, quote, quoteStart, quoteEnd, confidence);
    }

    /** The key of the claim of type {@code other} read at the same mention as this one. */
    public String keyFor(ClaimType other) {
        return key.substring(0, key.lastIndexOf(':') + 1) + other.code();
    }

    /**
     * The claim of another type the same words tell at the same mention ("driven Russian troops out of X" is
     * also Russia's withdrawal from X): same quote, claimant and status, type {@code other} by {@code otherSide}.
     */
    public Claim asType(ClaimType other, Side otherSide) {
        return new Claim(id, articleId, keyFor(other), placeText, placeId, other, otherSide, claimant, status, deniedBy,
                eventDate, quote, quoteStart, quoteEnd, confidence);
    }

    /** This claim as denied by {@code denier} ("Kyiv rejected this claim" in a later sentence). */
    public Claim deniedBy(String denier) {
        return new Claim(id, articleId, key, placeText, placeId, type, side, claimant, ClaimStatus.DENIED, denier,
                eventDate, quote, quoteStart, quoteEnd, confidence);
    }
}
