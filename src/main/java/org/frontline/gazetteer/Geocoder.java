package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns a place name as written in the news into ranked gazetteer places.
 *
 * <p>Usage: {@code new Geocoder(Gazetteer.loadDefault()).geocode("Артемовск", GeocodeContext.none())}.
 * Matching runs in stages (exact, alias, Cyrillic case forms, other transliterations, feature
 * adjectives, fuzzy) and stops at the first stage that finds anything; ranking among same-name
 * places uses the context (see {@link CandidateRanking}).
 *
 * <p>Thread safety: safe for concurrent use. The only mutable state is a one-entry cache of the
 * regions read from the last context text, replaced atomically.
 */
public final class Geocoder {
    private final Gazetteer gazetteer;
    private final NameMatcher matcher;
    private final CandidateRanking ranking;
    private final AtomicReference<CachedRegions> lastRegions = new AtomicReference<>();

    private record CachedRegions(String text, ContextRegions regions) {
    }

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.matcher = new NameMatcher(gazetteer.index());
        this.ranking = new CandidateRanking(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The places {@code name} may refer to, best first; unresolved (no candidates) when none is close enough. */
    public GeocodeResult geocode(String name, GeocodeContext ctx) {
        Objects.requireNonNull(name, "name");
        GeocodeContext c = ctx == null ? GeocodeContext.none() : ctx;
        List<Hit> hits = matcher.match(NameFolding.fold(name));
        return new GeocodeResult(name, ranking.rank(hits, c, regionsOf(c)));
    }

    /** Ranks the candidates a {@link NameFinder} found for one span of text. */
    public GeocodeResult geocode(NameMatch match, GeocodeContext ctx) {
        GeocodeContext c = ctx == null ? GeocodeContext.none() : ctx;
        List<Hit> hits = new ArrayList<>(match.hits());
        return new GeocodeResult(match.surface(), ranking.rank(hits, c, regionsOf(c)));
    }

    private ContextRegions regionsOf(GeocodeContext ctx) {
        String text = ctx.text();
        if (text.isEmpty()) {
            return ContextRegions.NONE;
        }
        CachedRegions cached = lastRegions.get();
        if (cached != null && cached.text().equals(text)) {
            return cached.regions();
        }
        ContextRegions r = ContextRegions.of(text, gazetteer);
        lastRegions.set(new CachedRegions(text, r));
        return r;
    }
}
