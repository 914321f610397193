package org.frontline.workspace;

import org.frontline.model.ArticleInfo;
import org.frontline.model.Claim;
import org.frontline.model.Place;

/**
 * A claim with what the viewer, the table and the exports show beside it: its article and its
 * resolved place (null when unresolved). Immutable.
 */
public record ClaimRecord(Claim claim, ArticleInfo article, Place place) {
    public boolean resolved() {
        return place != null;
    }
}
