package org.frontline.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.model.ArticleInfo;
import org.frontline.model.PlaceMention;
import org.frontline.workspace.ClaimCatalog;
import org.frontline.workspace.ClaimRecord;
import org.frontline.workspace.Workspace;

/**
 * The data one export writes, read once: the claims dated in {@code [from, to]} with their article
 * and place, the unresolved mentions of the same articles, and the control areas at one date.
 * Immutable.
 *
 * @param claims     claims in the range, oldest first; place null when unresolved or unknown to the gazetteer
 * @param articles   article metadata of the claims and mentions, by id
 * @param unresolved mentions the geocoder could not place, from the articles of the claims
 * @param areas      control areas, or null when the export does not include them
 */
public record ExportData(List<ClaimRecord> claims, Map<Long, ArticleInfo> articles, List<PlaceMention> unresolved,
                         ControlAreasAt areas) {
    public ExportData {
        claims = List.copyOf(claims);
        articles = Map.copyOf(articles);
        unresolved = List.copyOf(unresolved);
    }

    /**
     * Reads what {@code request} asks for from the workspace's corrected claims (the same catalog the
     * map draws), so the user's corrections and rejections reach the exported data too.
     */
    public static ExportData read(Workspace workspace, DataRequest request) {
        List<ClaimRecord> claims = new ArrayList<>();
        List<PlaceMention> unresolved = new ArrayList<>();
        Map<Long, ArticleInfo> infos = Map.of();
        if (request.content().includesClaims()) {
            ClaimCatalog catalog = workspace.catalog();
            infos = catalog.articles();
            Set<Long> articleIds = new HashSet<>();
            for (ClaimRecord r : catalog.records()) {
                var event = r.claim().eventDate();
                if (event != null && !event.date().isBefore(request.from()) && !event.date().isAfter(request.to())) {
                    claims.add(r);
                    articleIds.add(r.claim().articleId());
                }
            }
            for (PlaceMention m : catalog.unresolvedMentions()) {
                if (articleIds.contains(m.articleId())) {
                    unresolved.add(m);
                }
            }
        }
        ControlAreasAt areas = request.content().includesAreas()
                ? ControlAreasAt.of(workspace, request.areaDate(), request.view()) : null;
        return new ExportData(claims, infos, unresolved, areas);
    }
}
