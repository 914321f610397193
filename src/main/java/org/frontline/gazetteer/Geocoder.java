package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a place name as written in the news into ranked gazetteer places.
 *
 * <p>Usage: {@code new Geocoder(Gazetteer.loadDefault()).geocode("Артемовск", GeocodeContext.none())}.
 * Matching runs in stages (exact, alias, Cyrillic case forms, other transliterations, feature
 * adjectives, fuzzy) and stops at the first stage that finds anything; ranking among same-name
 * places uses the context (see {@link CandidateRanking}).
 *
 * <p>Thread safety: safe for concurrent use. The only mutable state is a bounded concurrent cache
 * of the regions read from recent context texts: the extractor asks about several names of one
 * paragraph, twice (alone, then with the article's other places), from several threads at once,
 * and a one-entry cache missed whenever two threads or two paragraphs took turns.
 */
public final class Geocoder {
    private final Gazetteer gazetteer;
    private final NameMatcher matcher;
    private final CandidateRanking ranking;
    /** Context texts kept at most; the cache is emptied when full (about a paragraph each). */
    static final int RECENT_CONTEXTS = 256;

    private final Map<String, ContextRegions> recentRegions = new ConcurrentHashMap<>();

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.matcher = new NameMatcher(gazetteer.index());
        this.ranking = new CandidateRanking(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The places {@code name} may refer to, best first, each with the reason for its rank;
     * unresolved (no candidates) when none is close enough.
     */
    public GeocodeResult geocode(String name, GeocodeContext ctx) {
        return geocode(name, ctx, true);
    }

    /**
     * What {@link #geocode(String, GeocodeContext)} answers (the same places, scores and kinds, in
     * the same order) without the reasons, for callers that do not show them: the context's regions
     * are then read only when two places compete for the name.
     */
    public GeocodeResult resolve(String name, GeocodeContext ctx) {
        return geocode(name, ctx, false);
    }

    private GeocodeResult geocode(String name, GeocodeContext ctx, boolean explain) {
        Objects.requireNonNull(name, "name");
        GeocodeContext c = ctx == null ? GeocodeContext.none() : ctx;
        List<Hit> hits = matcher.match(NameFolding.fold(name));
        return new GeocodeResult(name, ranking.rank(hits, c, () -> regionsOf(c), explain));
    }

    /** Ranks the candidates a {@link NameFinder} found for one span of text. */
    public GeocodeResult geocode(NameMatch match, GeocodeContext ctx) {
        GeocodeContext c = ctx == null ? GeocodeContext.none() : ctx;
        List<Hit> hits = new ArrayList<>(match.hits());
        return new GeocodeResult(match.surface(), ranking.rank(hits, c, () -> regionsOf(c), true));
    }

    /**
     * The regions the context's text names; those its sentence does not name are marked as named
     * farther off ({@link ContextRegions#elsewhere}).
     */
    private ContextRegions regionsOf(GeocodeContext ctx) {
        ContextRegions all = regionsOf(ctx.text());
        if (ctx.sentence().isEmpty() || all.oblasts().isEmpty()) {
            return all;
        }
        return all.elsewhereThan(regionsOf(ctx.sentence()));
    }

    private ContextRegions regionsOf(String text) {
        if (text.isEmpty()) {
            return ContextRegions.NONE;
        }
        ContextRegions cached = recentRegions.get(text);
        if (cached != null) {
            return cached;
        }
        ContextRegions r = ContextRegions.of(text, gazetteer);
        if (recentRegions.size() >= RECENT_CONTEXTS) {
            recentRegions.clear();
        }
        recentRegions.put(text, r);
        return r;
    }
}
