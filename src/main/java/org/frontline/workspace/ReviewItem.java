package org.frontline.workspace;

import java.util.List;
import org.frontline.model.Place;
import org.frontline.model.PlaceMention;

/**
 * Something the review queue asks the user about: an unresolved mention (with its candidate
 * places), or a claim of low confidence. Immutable.
 *
 * @param mention    the mention, for an unresolved one; else null
 * @param claim      the claim, for a low-confidence one; else null
 * @param article    title or source of the article, for display
 * @param context    the sentence around it
 * @param candidates suggested places, best first (resolved through the place directory)
 */
public record ReviewItem(PlaceMention mention, ClaimRecord claim, String article, String context,
                         List<Place> candidates) {
    public ReviewItem {
        candidates = List.copyOf(candidates);
    }

    public boolean isMention() {
        return mention != null;
    }

    /** The stable key edits are stored under: the mention key, or the claim key. */
    public String key() {
        return mention != null ? mention.key() : claim.claim().key();
    }

    /** The name as written. */
    public String text() {
        return mention != null ? mention.text() : claim.claim().placeText();
    }

    @Override
    public String toString() {
        return (mention != null ? "Unresolved: " : "Low confidence: ") + text() + " — " + article;
    }
}
