package org.frontline.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.geo.MapProjection;
import org.frontline.model.ArticleInfo;
import org.frontline.model.Claim;
import org.frontline.model.Place;
import org.frontline.model.PlaceMention;
import org.frontline.render.ClaimMark;
import org.frontline.render.ClaimView;
import org.frontline.render.UnresolvedMark;
import org.frontline.store.ArticleRepository;
import org.frontline.store.EditedClaims;
import org.frontline.store.PlaceRepository;
import org.frontline.store.Store;
import org.locationtech.jts.geom.Coordinate;

/**
 * The claims of a store as the user sees them, corrected by the user's edits ({@link EditedClaims}),
 * joined with their articles and places: what the table, the map, the details, the review queue
 * and the exports all read, so they agree. Immutable snapshot: after an edit or an import, load a
 * new one. Thread-safe.
 *
 * <p>The map shows only claims of a time window ({@link ClaimFilter#windowDays()} days up to the
 * slider's date), so the catalog keeps its dated claims ordered by event day as well: a frame
 * reads the claims of its window, not every claim of the store.
 *
 * <p>A catalog is complete (every claim) or a <em>window</em> ({@link #loadWindow}): the claims of
 * a span of event days only, which the viewer reads first to draw its first map at once on a large
 * store while the complete catalog loads in the background.
 */
public final class ClaimCatalog {
    /** Claims below this confidence go to the review queue. */
    public static final double REVIEW_BELOW = 0.5;

    private final List<ClaimRecord> records;
    /** Claim ids ascending, and the position in {@link #records} of each: a map without a boxed entry per claim. */
    private final long[] sortedIds;
    private final int[] positionOfSortedId;
    /** Projected map position of each record (NaN when unplaced), by position in {@link #records}. */
    private final double[] xs;
    private final double[] ys;
    private final List<PlaceMention> unresolved;
    private final PlaceDirectory places;
    private final Map<Long, ArticleInfo> articles;
    /** Positions in {@link #records} of the dated claims, by event day (then position). */
    private final int[] byDay;
    /** The event day (epoch day) of each entry of {@link #byDay}, ascending. */
    private final long[] days;
    /** Claims per day of the whole store: counted here when complete, given when this is a window. */
    private final ClaimDays claimDays;
    private final List<LocalDate> claimDates;
    /** The event days [first, last] this catalog holds the claims of, or null when it holds every claim. */
    private final LocalDate[] window;

    ClaimCatalog(List<ClaimRecord> records, List<PlaceMention> unresolved, PlaceDirectory places,
                 Map<Long, ArticleInfo> articles) {
        this(records, unresolved, places, articles, null, null);
    }

    private ClaimCatalog(List<ClaimRecord> records, List<PlaceMention> unresolved, PlaceDirectory places,
                         Map<Long, ArticleInfo> articles, LocalDate[] window, ClaimDays storeDays) {
        this.records = List.copyOf(records);
        this.unresolved = List.copyOf(unresolved);
        this.places = places;
        this.articles = Map.copyOf(articles);
        this.window = window == null ? null : window.clone();
        int n = this.records.size();
        MapProjection lcc = MapProjection.lcc();
        xs = new double[n];
        ys = new double[n];
        Map<Long, Coordinate> atPlace = new HashMap<>(); // one projection per place, not per claim
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Place p = this.records.get(i).place();
            Coordinate c = p == null ? null : atPlace.computeIfAbsent(p.id(), id -> lcc.project(p.lon(), p.lat()));
            xs[i] = c == null ? Double.NaN : c.x;
            ys[i] = c == null ? Double.NaN : c.y;
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> this.records.get(i).claim().id()));
        sortedIds = new long[n];
        positionOfSortedId = new int[n];
        for (int k = 0; k < n; k++) {
            positionOfSortedId[k] = order[k];
            sortedIds[k] = this.records.get(order[k]).claim().id();
        }
        this.byDay = java.util.stream.IntStream.range(0, this.records.size())
                .filter(i -> this.records.get(i).claim().eventDate() != null).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer i) -> dayOf(this.records.get(i))).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.days = java.util.Arrays.stream(byDay).mapToLong(i -> dayOf(this.records.get(i))).toArray();
        this.claimDays = storeDays != null ? storeDays : ClaimDays.ofSortedDays(days);
        this.claimDates = List.copyOf(claimDays.dates());
    }

    private static long dayOf(ClaimRecord r) {
        return r.claim().eventDate().date().toEpochDay();
    }

    /**
     * The records whose event day lies in the map's window up to {@code date}, in catalog order:
     * the only ones {@link ClaimFilter#onMap} can accept. Found by binary search over the claims
     * ordered by day, so a slider step costs the window's claims, not the store's.
     */
    private int[] inWindow(ClaimFilter filter, LocalDate date) {
        if (date == null) {
            return new int[0];
        }
        long last = date.toEpochDay();
        long first = last - filter.windowDays() + 1;
        int from = firstAtOrAfter(first);
        int to = firstAtOrAfter(last + 1);
        int[] positions = java.util.Arrays.copyOfRange(byDay, from, to);
        java.util.Arrays.sort(positions);
        return positions;
    }

    private int firstAtOrAfter(long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** An empty catalog, before the store is read. */
    public static ClaimCatalog empty() {
        return new ClaimCatalog(List.of(), List.of(), PlaceDirectory.empty(), Map.of());
    }

    /**
     * Reads the store: corrected claims, articles, user places and aliases over {@code gazetteer}.
     * The claims are taken one row at a time, each reduced (shared values) as it comes, so a large
     * store never has every raw row and every kept claim in memory together.
     */
    public static ClaimCatalog load(Path storeFile, PlaceDirectory gazetteer) {
        return load(storeFile, gazetteer, empty());
    }

    /**
     * As {@link #load(Path, PlaceDirectory)}, keeping the records of {@code previous} that did not
     * change (same claim, article and place): after an edit the new catalog shares all but the
     * edited claims with the one on screen, so the two together take little more than one.
     */
    public static ClaimCatalog load(Path storeFile, PlaceDirectory gazetteer, ClaimCatalog previous) {
        try (Store store = Store.open(storeFile)) {
            return store.read(c -> {
                PlaceRepository placeRepo = new PlaceRepository();
                PlaceDirectory dir = new StorePlaces(gazetteer, placeRepo.all(c), placeRepo.aliases(c));
                Map<Long, ArticleInfo> infos = new HashMap<>(new ArticleRepository().infos(c));
                infos.replaceAll((id, a) -> a.equals(previous.articles.get(id)) ? previous.articles.get(id) : a);
                EditedClaims edited = new EditedClaims();
                List<ClaimRecord> out = new ArrayList<>();
                Map<Object, Object> shared = new HashMap<>();
                edited.forEach(c, k -> out.add(previous.unchanged(k, infos, dir).orElseGet(() -> record(k, infos, dir, shared))));
                return new ClaimCatalog(out, edited.unresolvedMentions(c), dir, infos);
            });
        }
    }

    /** This catalog's record of the claim, if the claim, its article and its place are as given. */
    private Optional<ClaimRecord> unchanged(Claim k, Map<Long, ArticleInfo> infos, PlaceDirectory dir) {
        return byId(k.id()).filter(r -> r.claim().equals(k) && java.util.Objects.equals(r.article(), infos.get(k.articleId()))
                && java.util.Objects.equals(r.place(), k.placeId() == null ? null : dir.byId(k.placeId()).orElse(null)));
    }

    /**
     * Reads only the claims whose event day lies in {@code [from, to]} and their articles: what the
     * map's first frame shows, read through the date index in a moment even when the store holds
     * millions of claims. The result is a window ({@link #isComplete()} false): it has no review
     * queue and no unresolved mentions, and its {@link #claimDays()} are {@code storeDays}, those of
     * the whole store, so the time bar spans every date while the rest loads.
     */
    public static ClaimCatalog loadWindow(Path storeFile, PlaceDirectory gazetteer, LocalDate from, LocalDate to,
                                          ClaimDays storeDays) {
        try (Store store = Store.open(storeFile)) {
            return store.read(c -> {
                PlaceRepository placeRepo = new PlaceRepository();
                PlaceDirectory dir = new StorePlaces(gazetteer, placeRepo.all(c), placeRepo.aliases(c));
                Map<Long, ArticleInfo> infos = new ArticleRepository().infosOfClaimsBetween(c, from, to);
                List<ClaimRecord> out = new ArrayList<>();
                Map<Object, Object> shared = new HashMap<>();
                new EditedClaims().forEachBetween(c, from, to, k -> out.add(record(k, infos, dir, shared)));
                return new ClaimCatalog(out, List.of(), dir, infos, new LocalDate[] {from, to}, storeDays);
            });
        }
    }

    private static ClaimRecord record(Claim k, Map<Long, ArticleInfo> infos, PlaceDirectory dir,
                                      Map<Object, Object> shared) {
        Place p = k.placeId() == null ? null : dir.byId(k.placeId()).orElse(null);
        return new ClaimRecord(sharingValues(k, shared), infos.get(k.articleId()), p);
    }

    /** Whether this catalog holds every claim of the store, not only a window of dates ({@link #loadWindow}). */
    public boolean isComplete() {
        return window == null;
    }

    /** The event days [first, last] a window catalog holds the claims of; empty when complete. */
    public Optional<LocalDate[]> window() {
        return window == null ? Optional.empty() : Optional.of(window.clone());
    }

    /** Claims per event day of the whole store (see {@link #loadWindow} for a window). */
    public ClaimDays claimDays() {
        return claimDays;
    }

    /**
     * The claim with its repeated values (place name as written, place id, claimant, denier, event
     * date) replaced by one shared instance each: a store repeats them across hundreds of thousands
     * of claims, and each row read from SQLite is a new copy.
     */
    private static Claim sharingValues(Claim k, Map<Object, Object> shared) {
        return new Claim(k.id(), k.articleId(), k.key(), share(k.placeText(), shared), share(k.placeId(), shared), k.type(),
                k.side(), share(k.claimant(), shared), k.status(), share(k.deniedBy(), shared),
                share(k.eventDate(), shared), k.quote(), k.quoteStart(), k.quoteEnd(), k.confidence());
    }

    @SuppressWarnings("unchecked")
    private static <T> T share(T value, Map<Object, Object> shared) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    public List<ClaimRecord> records() {
        return records;
    }

    /** Mentions still unresolved after the user's edits (rejected ones are gone). */
    public List<PlaceMention> unresolvedMentions() {
        return unresolved;
    }

    /** Every article's metadata, by id. */
    public Map<Long, ArticleInfo> articles() {
        return articles;
    }

    public Optional<ClaimRecord> byId(long claimId) {
        int k = java.util.Arrays.binarySearch(sortedIds, claimId);
        return k < 0 ? Optional.empty() : Optional.of(records.get(positionOfSortedId[k]));
    }

    /** The places the catalog resolves through: the gazetteer with the user's places and aliases. */
    public PlaceDirectory places() {
        return places;
    }

    /** The map position (projected metres) of a placed claim. */
    public Optional<Coordinate> position(long claimId) {
        int k = java.util.Arrays.binarySearch(sortedIds, claimId);
        int i = k < 0 ? -1 : positionOfSortedId[k];
        return i < 0 || Double.isNaN(xs[i]) ? Optional.empty() : Optional.of(new Coordinate(xs[i], ys[i]));
    }

    /** Distinct claim event dates of the whole store, ascending (those of {@link #claimDays()}). */
    public List<LocalDate> claimDates() {
        return claimDates;
    }

    /** Symbols for the map at {@code date}: placed claims passing the filter, the view and the time window. */
    public List<ClaimMark> marks(ClaimFilter filter, LocalDate date, ClaimView view, Set<Long> selected) {
        List<ClaimMark> out = new ArrayList<>();
        for (int i : inWindow(filter, date)) {
            ClaimRecord r = records.get(i);
            if (!Double.isNaN(xs[i]) && filter.onMap(r, date, view)) {
                Claim k = r.claim();
                out.add(new ClaimMark(k.id(), xs[i], ys[i], k.type(), k.side(), k.status(), filter.age(r, date),
                        selected.contains(k.id())));
            }
        }
        // Selected symbols last, so that they are drawn on top.
        out.sort((a, b) -> Boolean.compare(a.selected(), b.selected()));
        return out;
    }

    /** Unplaced claims of the window, grouped by name as written, for the map's corner list. */
    public List<UnresolvedMark> unresolvedMarks(ClaimFilter filter, LocalDate date, ClaimView view) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i : inWindow(filter, date)) {
            ClaimRecord r = records.get(i);
            if (r.place() == null && filter.onMap(r, date, view)) {
                counts.merge(r.claim().placeText(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> new UnresolvedMark(e.getKey(), e.getValue())).toList();
    }

    /**
     * The review queue: unresolved mentions first, then claims below {@link #REVIEW_BELOW} confidence.
     * Empty for a window catalog, which knows neither.
     */
    public List<ReviewItem> reviewQueue() {
        List<ReviewItem> out = new ArrayList<>();
        if (!isComplete()) {
            return out;
        }
        for (PlaceMention m : unresolved) {
            List<Place> candidates = m.suggestions().stream()
                    .map(s -> places.byId(s.placeId())).flatMap(Optional::stream).toList();
            out.add(new ReviewItem(m, null, articleName(m.articleId()), m.text(), candidates));
        }
        for (ClaimRecord r : records) {
            if (r.claim().confidence() < REVIEW_BELOW) {
                out.add(new ReviewItem(null, r, articleName(r.claim().articleId()), r.claim().quote(),
                        r.place() == null ? List.of() : List.of(r.place())));
            }
        }
        return out;
    }

    private String articleName(long articleId) {
        ArticleInfo a = articles.get(articleId);
        return a == null ? "article " + articleId : a.title() != null ? a.title() : a.source();
    }

    /** Distinct non-null values of a column, sorted, for filter choices. */
    public static <T extends Comparable<T>> List<T> distinct(Collection<ClaimRecord> rs,
                                                             java.util.function.Function<ClaimRecord, T> column) {
        TreeSet<T> out = new TreeSet<>();
        rs.forEach(r -> {
            T v = column.apply(r);
            if (v != null) {
                out.add(v);
            }
        });
        return List.copyOf(out);
    }
}
