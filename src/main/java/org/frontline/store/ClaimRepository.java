package org.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.DatePrecision;
import org.frontline.model.FuzzyDate;
import org.frontline.model.MentionRole;
import org.frontline.model.PlaceMention;
import org.frontline.model.PlaceSuggestion;
import org.frontline.model.Side;

/**
 * Reads and writes the extracted part of the store: place mentions and claims. Writing replaces an
 * article's whole extraction at once, inside the caller's transaction, so that re-ingest after an
 * extractor upgrade is atomic. Stateless and thread-safe; the connection is not.
 */
public final class ClaimRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLAIM_COLUMNS = "id, article_id, claim_key, place_text, place_id, type, side,"
            + " claimant, claimant_kind, status, denied_by, event_date, event_precision, quote, quote_start,"
            + " quote_end, confidence";
    private static final String MENTION_COLUMNS = "id, article_id, mention_key, text, start_offset, end_offset, role,"
            + " place_id, resolution, confidence, suggestions";
    /** The queries the viewer and the exports issue; {@code StoreQueryPlanTest} checks that each uses an index. */
    static final String BETWEEN = "SELECT " + CLAIM_COLUMNS + " FROM claims WHERE event_date BETWEEN ? AND ?"
            + " ORDER BY event_date, id";
    static final String OF_ARTICLE = "SELECT " + CLAIM_COLUMNS + " FROM claims WHERE article_id = ?"
            + " ORDER BY quote_start, id";
    static final String BY_ID = "SELECT " + CLAIM_COLUMNS + " FROM claims WHERE id = ?";
    static final String DATE_RANGE = "SELECT min(event_date), max(event_date) FROM claims WHERE event_date IS NOT NULL";
    /** Claims per event day: the time bar's histogram and claim-date steps, read off the date index alone. */
    static final String DAY_COUNTS = "SELECT event_date, count(*) FROM claims WHERE event_date IS NOT NULL"
            + " GROUP BY event_date ORDER BY event_date";
    /** Id and event day of one claim, by its key (the key's unique index). */
    static final String DAY_OF_KEY = "SELECT id, event_date FROM claims WHERE claim_key = ?";
    /** Id and event day of the claims made at one mention: keys {@code hash:start:type} from {@code hash:start:}. */
    static final String DAYS_OF_MENTION = "SELECT id, event_date FROM claims WHERE claim_key >= ? AND claim_key < ?";
    /**
     * Every claim in event order, in two reads that follow the date index: a single
     * {@code ORDER BY event_date IS NULL, ...} cannot, and SQLite would sort the whole table first.
     */
    static final String DATED = "SELECT " + CLAIM_COLUMNS + " FROM claims WHERE event_date IS NOT NULL"
            + " ORDER BY event_date, id";
    static final String UNDATED = "SELECT " + CLAIM_COLUMNS + " FROM claims WHERE event_date IS NULL ORDER BY id";
    static final String MENTIONS_OF = "SELECT " + MENTION_COLUMNS + " FROM place_mentions WHERE article_id = ?"
            + " ORDER BY start_offset";
    static final String UNRESOLVED = "SELECT " + MENTION_COLUMNS + " FROM place_mentions WHERE place_id IS NULL"
            + " ORDER BY id";

    /** Deletes the article's mentions and claims and stores these instead. */
    public void replaceExtraction(Connection c, long articleId, List<PlaceMention> mentions, List<Claim> claims)
            throws SQLException {
        try (PreparedStatements statements = new PreparedStatements(c)) {
            replaceExtraction(statements, articleId, mentions, claims);
        }
    }

    /** As {@link #replaceExtraction(Connection, long, List, List)}, reusing the statements of a batch. */
    public void replaceExtraction(PreparedStatements statements, long articleId, List<PlaceMention> mentions,
                                  List<Claim> claims) throws SQLException {
        PreparedStatement delMentions = statements.get("DELETE FROM place_mentions WHERE article_id = ?");
        delMentions.setLong(1, articleId);
        delMentions.executeUpdate();
        PreparedStatement delClaims = statements.get("DELETE FROM claims WHERE article_id = ?");
        delClaims.setLong(1, articleId);
        delClaims.executeUpdate();
        Map<String, Long> mentionIds = insertMentions(statements, articleId, mentions);
        insertClaims(statements, articleId, claims, mentionIds);
    }

    private Map<String, Long> insertMentions(PreparedStatements statements, long articleId, List<PlaceMention> mentions)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        PreparedStatement ps = statements.get("INSERT INTO place_mentions (article_id, mention_key, text,"
                + " start_offset, end_offset, role, place_id, resolution, confidence, suggestions)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id");
        for (PlaceMention m : mentions) {
            ps.setLong(1, articleId);
            ps.setString(2, m.key());
            ps.setString(3, m.text());
            ps.setInt(4, m.start());
            ps.setInt(5, m.end());
            ps.setString(6, m.role().code());
            setLong(ps, 7, m.placeId());
            ps.setString(8, m.resolution());
            ps.setDouble(9, m.confidence());
            ps.setString(10, m.suggestions().isEmpty() ? null : toJson(m.suggestions()));
            ids.put(m.key(), PreparedStatements.insertReturningId(ps));
        }
        return ids;
    }

    private void insertClaims(PreparedStatements statements, long articleId, List<Claim> claims,
                              Map<String, Long> mentionIds) throws SQLException {
        PreparedStatement ps = statements.get("INSERT INTO claims (article_id, mention_id, claim_key,"
                + " place_text, place_id, type, side, claimant, claimant_kind, status, denied_by, event_date,"
                + " event_precision, quote, quote_start, quote_end, confidence)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (Claim k : claims) {
            ps.setLong(1, articleId);
            setLong(ps, 2, mentionIds.get(mentionKeyOf(k.key())));
            ps.setString(3, k.key());
            ps.setString(4, k.placeText());
            setLong(ps, 5, k.placeId());
            ps.setString(6, k.type().code());
            ps.setString(7, k.side() == null ? null : k.side().name());
            ps.setString(8, k.claimant().name());
            ps.setString(9, k.claimant().kind().code());
            ps.setString(10, k.status().code());
            ps.setString(11, k.deniedBy());
            ArticleRepository.setDate(ps, 12, k.eventDate() == null ? null : k.eventDate().date());
            ps.setString(13, k.eventDate() == null ? null : k.eventDate().precision().code());
            ps.setString(14, k.quote());
            ps.setInt(15, k.quoteStart());
            ps.setInt(16, k.quoteEnd());
            ps.setDouble(17, k.confidence());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** A claim key is {@code hash:start:type}; its mention key is {@code hash:start}. */
    static String mentionKeyOf(String claimKey) {
        int last = claimKey.lastIndexOf(':');
        return last > 0 ? claimKey.substring(0, last) : claimKey;
    }

    /** Every claim, oldest event first (claims with no event date last). */
    public List<Claim> all(Connection c) throws SQLException {
        List<Claim> out = new ArrayList<>();
        forEach(c, out::add);
        return out;
    }

    /** A step that takes claims one at a time and may fail as a store read does. */
    @FunctionalInterface
    public interface ClaimSink {
        void accept(Claim claim) throws SQLException;
    }

    /**
     * Hands every claim to {@code sink} as it is read, in the order of {@link #all}, without holding
     * them: a caller that keeps a smaller form of each (the viewer's catalog) never has every row
     * object of a large store in memory at once.
     */
    public void forEach(Connection c, ClaimSink sink) throws SQLException {
        each(c, DATED, sink);
        each(c, UNDATED, sink);
    }

    /** Claims whose event date lies in {@code [from, to]}, oldest first, one at a time. */
    public void forEachBetween(Connection c, LocalDate from, LocalDate to, ClaimSink sink) throws SQLException {
        each(c, BETWEEN, sink, from.toString(), to.toString());
    }

    /** How many claims each event day has, days ascending (claims with no event date left out). */
    public java.util.SortedMap<LocalDate, Integer> dayCounts(Connection c) throws SQLException {
        java.util.SortedMap<LocalDate, Integer> out = new java.util.TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(DAY_COUNTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(LocalDate.parse(rs.getString(1)), rs.getInt(2));
            }
        }
        return out;
    }

    /**
     * Id and event day (null when undated) of each claim with one of these keys or made at one of
     * these mentions, by id.
     */
    java.util.Map<Long, LocalDate> daysOf(Connection c, java.util.Set<String> claimKeys, java.util.Set<String> mentionKeys)
            throws SQLException {
        java.util.Map<Long, LocalDate> out = new java.util.HashMap<>();
        try (PreparedStatement byKey = c.prepareStatement(DAY_OF_KEY);
             PreparedStatement byMention = c.prepareStatement(DAYS_OF_MENTION)) {
            for (String key : claimKeys) {
                byKey.setString(1, key);
                days(byKey, out);
            }
            for (String mention : mentionKeys) {
                byMention.setString(1, mention + ":");
                byMention.setString(2, mention + ";"); // ';' follows ':'
                days(byMention, out);
            }
        }
        return out;
    }

    private static void days(PreparedStatement ps, java.util.Map<Long, LocalDate> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String day = rs.getString(2);
                out.put(rs.getLong(1), day == null ? null : LocalDate.parse(day));
            }
        }
    }

    private void each(Connection c, String sql, ClaimSink sink, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(readClaim(rs));
                }
            }
        }
    }

    /** Claims whose event date lies in {@code [from, to]}, oldest first. */
    public List<Claim> between(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return query(c, BETWEEN, from.toString(), to.toString());
    }

    public List<Claim> ofArticle(Connection c, long articleId) throws SQLException {
        return query(c, OF_ARTICLE, articleId);
    }

    public Optional<Claim> byId(Connection c, long id) throws SQLException {
        return query(c, BY_ID, id).stream().findFirst();
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM claims"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The earliest and latest event dates, or empty when the store has no dated claim. */
    public Optional<LocalDate[]> dateRange(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DATE_RANGE);
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getString(1) != null) {
                return Optional.of(new LocalDate[] {LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))});
            }
            return Optional.empty();
        }
    }

    /** Every mention of an article, in text order. */
    public List<PlaceMention> mentionsOf(Connection c, long articleId) throws SQLException {
        return mentions(c, MENTIONS_OF, articleId);
    }

    /** Mentions the geocoder could not resolve, for review. */
    public List<PlaceMention> unresolvedMentions(Connection c) throws SQLException {
        return mentions(c, UNRESOLVED);
    }

    private List<Claim> query(Connection c, String sql, Object... args) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readClaim(rs));
                }
            }
        }
        return out;
    }

    private List<PlaceMention> mentions(Connection c, String sql, Object... args) throws SQLException {
        List<PlaceMention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long placeId = rs.getLong(8);
                    Long place = rs.wasNull() ? null : placeId;
                    out.add(new PlaceMention(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), MentionRole.parse(rs.getString(7)), place, rs.getString(9),
                            rs.getDouble(10), fromJson(rs.getString(11))));
                }
            }
        }
        return out;
    }

    static Claim readClaim(ResultSet rs) throws SQLException {
        long placeId = rs.getLong(5);
        Long place = rs.wasNull() ? null : placeId;
        String side = rs.getString(7);
        String eventDate = rs.getString(12);
        FuzzyDate event = eventDate == null ? null
                : new FuzzyDate(LocalDate.parse(eventDate), DatePrecision.parse(rs.getString(13)));
        return new Claim(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), place,
                ClaimType.parse(rs.getString(6)), side == null ? null : Side.valueOf(side),
                new Claimant(rs.getString(8), ClaimantKind.parse(rs.getString(9))), ClaimStatus.parse(rs.getString(10)),
                rs.getString(11), event, rs.getString(14), rs.getInt(15), rs.getInt(16), rs.getDouble(17));
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    /**
     * The suggestions as JSON, as Jackson writes them. The writer encodes a few per mention of
     * every article, and Jackson took a third of its time: names with nothing to escape and finite
     * scores (nearly all) are written here, the rest by Jackson.
     */
    static String toJson(List<PlaceSuggestion> suggestions) {
        StringBuilder out = new StringBuilder(64 * suggestions.size());
        out.append('[');
        for (PlaceSuggestion s : suggestions) {
            if (!isPlainJson(s.name()) || !Double.isFinite(s.score())) {
                return jacksonJson(suggestions);
            }
            out.append(out.length() > 1 ? ",{" : "{").append("\"placeId\":").append(s.placeId())
                    .append(",\"name\":\"").append(s.name()).append("\",\"score\":").append(s.score()).append('}');
        }
        return out.append(']').toString();
    }

    /** Whether JSON writes {@code s} as it is between quotes: no quote, backslash or control character. */
    private static boolean isPlainJson(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    static String jacksonJson(List<PlaceSuggestion> suggestions) {
        try {
            return JSON.writeValueAsString(suggestions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode suggestions", e);
        }
    }

    private static List<PlaceSuggestion> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<PlaceSuggestion>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored mention has unreadable suggestions: " + e.getOriginalMessage(), e);
        }
    }
}
