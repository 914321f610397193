package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.frontline.model.Place;

/**
 * Ranks the places a name matched. Each hit has a base confidence from how it matched (exact 1.0
 * down to fuzzy), and evidence from:
 * <ul>
 *   <li>the oblast or raion, when the context text names it;</li>
 *   <li>closeness to places already resolved in the article (halving every ~17 km);</li>
 *   <li>prominence: administrative rank and population;</li>
 *   <li>the kind of name matched: a primary name or curated alias beats an old alternate name.</li>
 * </ul>
 * A candidate's score is its base times its share of the evidence against the runner-up, so a lone
 * candidate keeps its base and a close call lowers both. The reason records what decided, when asked
 * for: without reasons a lone place's score is its base whatever the context, so the context's
 * regions are then not even read (the extractor asks about every name of every article).
 *
 * <p>Thread safety: immutable.
 */
final class CandidateRanking {
    static final int MAX_CANDIDATES = 10;
    /** Precision given to a feature point: the town, but the mine may be kilometres away. */
    static final int FEATURE_PRECISION_M = 6000;
    /**
     * Evidence for a place chosen by hand (a curated place, or one a curated alias names) when matched by
     * another name than a curated alias, which already counts as a current name: the war's places, which
     * the news names more often than their namesakes. Below a named oblast, which still decides.
     */
    static final double CURATED = 0.4;
    /** Evidence for a place in an oblast the context text names in the mention's sentence. */
    static final double OBLAST_NAMED = 1.0;
    /**
     * Evidence for a place in an oblast the text names only outside the mention's sentence: often the
     * region of other places ("Balakliia, Izium and Kupiansk, in the Kharkiv region").
     */
    static final double OBLAST_NAMED_ELSEWHERE = 0.5;

    private final Gazetteer gazetteer;

    CandidateRanking(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Ranks the hits' places.
     *
     * @param regions the regions the context names, read only when they can change the answer
     * @param explain whether to write each candidate's reason (else it is empty)
     */
    List<Candidate> rank(List<Hit> hits, GeocodeContext ctx, Supplier<ContextRegions> regions, boolean explain) {
        Map<Long, Hit> best = new LinkedHashMap<>();
        for (Hit h : hits) {
            Hit old = best.get(h.placeId());
            if (old == null || base(h) > base(old)) {
                best.put(h.placeId(), h);
            }
        }
        ContextRegions named = best.size() > 1 || explain && !best.isEmpty() ? regions.get() : ContextRegions.NONE;
        List<Scored> scored = new ArrayList<>();
        for (Hit h : best.values()) {
            gazetteer.byId(h.placeId()).ifPresent(p -> scored.add(evidence(h, p, ctx, named, explain)));
        }
        scored.sort(Comparator.comparingDouble(Scored::raw).reversed().thenComparingLong(s -> s.place.id()));
        if (scored.isEmpty()) {
            return List.of();
        }
        double denominator = scored.get(0).evidence() + (scored.size() > 1 ? 0.5 * scored.get(1).evidence() : 0);
        List<Candidate> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(MAX_CANDIDATES, scored.size()))) {
            double score = Math.min(1.0, s.raw() / denominator);
            out.add(new Candidate(placeFor(s), round(score), s.hit.kind(), s.reason == null ? "" : s.reason.toString()));
        }
        return out;
    }

    private Place placeFor(Scored s) {
        Place p = s.place;
        if (s.hit.kind() != MatchKind.FEATURE || p.precisionM() >= FEATURE_PRECISION_M) {
            return p;
        }
        return new Place(p.id(), p.name(), p.lat(), p.lon(), p.country(), p.admin1(), p.admin2(), p.featureCode(),
                p.population(), p.source(), FEATURE_PRECISION_M);
    }

    static double base(Hit h) {
        return switch (h.kind()) {
            case EXACT -> 1.0;
            case ALIAS -> 0.97;
            case INFLECTED -> 0.92;
            case TRANSLITERATED -> 0.88 * h.similarity();
            case FEATURE -> 0.6 * h.similarity();
            case FUZZY -> 0.65 * h.similarity() * h.similarity();
        };
    }

    /** A hit's place with its evidence; {@code reason} is null when not explaining. */
    private record Scored(Hit hit, Place place, double evidence, double raw, StringBuilder reason) {
    }

    private Scored evidence(Hit h, Place p, GeocodeContext ctx, ContextRegions regions, boolean explain) {
        StringBuilder why = explain
                ? new StringBuilder(h.kind().name().toLowerCase(Locale.ROOT)).append(" '").append(h.via()).append('\'')
                : null;
        double e = 1.0;
        double prominence = switch (p.featureCode()) {
            case "PPLC" -> 0.35;
            case "PPLA" -> 0.3;
            case "PPLA2" -> 0.2;
            case "PPLA3" -> 0.08;
            default -> 0.0;
        } + 0.6 * Math.log10(1.0 + p.population() / 1000.0);
        e += prominence;
        if (h.nameKind() == NameKind.PRIMARY || h.nameKind() == NameKind.ALIAS) {
            e += 0.8; // an old or foreign alternate name is weak evidence next to a current name
        }
        if (h.nameKind() != NameKind.ALIAS && gazetteer.curated(p.id())) {
            e += CURATED;
            if (why != null) {
                why.append("; curated");
            }
        }
        String oblast = explain || regions != ContextRegions.NONE ? p.country() + "-" + p.admin1() : null;
        if (oblast != null && regions.oblasts().contains(oblast)) {
            boolean far = regions.elsewhere().contains(oblast);
            e += far ? OBLAST_NAMED_ELSEWHERE : OBLAST_NAMED;
            if (why != null) {
                why.append("; oblast ").append(oblast).append(far ? " named elsewhere in text" : " named in text");
            }
        }
        if (oblast != null && !regions.raions().isEmpty() && regions.raions().contains(oblast + "-" + p.admin2())) {
            e += 0.8;
            if (why != null) {
                why.append("; raion ").append(p.admin2()).append(" named in text");
            }
        }
        Place nearest = null;
        double nearestKm = Double.MAX_VALUE;
        for (Place q : ctx.resolvedNearby()) {
            if (q.id() != p.id() && !namesOblast(q, regions)) {
                double d = kilometres(p, q);
                if (d < nearestKm) {
                    nearestKm = d;
                    nearest = q;
                }
            }
        }
        if (nearest != null) {
            double near = 3.0 * Math.exp(-nearestKm / 25.0);
            e += near;
            if (near > 0.05 && why != null) {
                // Math.round writes what "%.0f" wrote for a distance (never negative), without a Formatter
                // for each candidate of each mention.
                why.append("; ").append(Math.round(nearestKm)).append(" km from ").append(nearest.name());
            }
        }
        if (why != null) {
            why.append("; ").append(p.featureCode().isEmpty() ? "place" : p.featureCode());
            if (p.population() > 0) {
                why.append(" pop ").append(p.population());
            }
            why.append(", ").append(oblast);
        }
        return new Scored(h, p, e, base(h) * e, why);
    }

    /**
     * True when a neighbour is an oblast's capital and the text names that oblast: most likely the name
     * was the oblast's ("Blahodatne in the Donetsk region"), not the city, and says nothing of distances.
     */
    private static boolean namesOblast(Place q, ContextRegions regions) {
        return "PPLA".equals(q.featureCode()) && !regions.oblasts().isEmpty()
                && regions.oblasts().contains(q.country() + "-" + q.admin1());
    }

    /** Great-circle distance in kilometres (haversine). */
    static double kilometres(Place a, Place b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double s = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(s)));
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
