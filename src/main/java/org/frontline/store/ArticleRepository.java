package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.model.Article;
import org.frontline.model.ArticleInfo;
import org.frontline.model.DateSource;

/**
 * Reads and writes articles. Every method takes the connection of the caller's transaction
 * ({@link Store#inTransaction}), so that an article and its claims are stored together or not at all.
 * Stateless and thread-safe; the connection is not.
 */
public final class ArticleRepository {
    private static final String COLUMNS = "id, content_hash, source, title, outlet, url, language, published,"
            + " published_source, published_estimated, text, demo";

    /** An article's id and the extractor version its claims came from. */
    public record Stored(long id, int extractorVersion) {
    }

    public Optional<Stored> findByHash(Connection c, String contentHash) throws SQLException {
        try (PreparedStatements statements = new PreparedStatements(c)) {
            return findByHash(statements, contentHash);
        }
    }

    /** As {@link #findByHash(Connection, String)}, reusing the statement of a batch. */
    public Optional<Stored> findByHash(PreparedStatements statements, String contentHash) throws SQLException {
        PreparedStatement ps = statements.get("SELECT id, extractor_version FROM articles WHERE content_hash = ?");
        ps.setString(1, contentHash);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Stored(rs.getLong(1), rs.getInt(2))) : Optional.empty();
        }
    }

    /** Inserts a new article and returns its id. */
    public long insert(Connection c, Article a, String languageNote, int extractorVersion) throws SQLException {
        try (PreparedStatements statements = new PreparedStatements(c)) {
            return insert(statements, a, languageNote, extractorVersion);
        }
    }

    /** As {@link #insert(Connection, Article, String, int)}, reusing the statements of a batch. */
    public long insert(PreparedStatements statements, Article a, String languageNote, int extractorVersion)
            throws SQLException {
        PreparedStatement ps = statements.get("INSERT INTO articles (content_hash, source, title, outlet,"
                + " url, language, language_note, published, published_source, published_estimated, text,"
                + " extractor_version, demo, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
        ps.setString(1, a.contentHash());
        ps.setString(2, a.source());
        ps.setString(3, a.title());
        ps.setString(4, a.outlet());
        ps.setString(5, a.url());
        ps.setString(6, a.language());
        ps.setString(7, languageNote);
        setDate(ps, 8, a.published());
        ps.setString(9, a.publishedSource().code());
        ps.setInt(10, a.publishedEstimated() ? 1 : 0);
        ps.setString(11, a.text());
        ps.setInt(12, extractorVersion);
        ps.setInt(13, a.demo() ? 1 : 0);
        ps.setString(14, Instant.now().toString());
        return PreparedStatements.insertReturningId(ps);
    }

    /** Records that the article's claims now come from {@code extractorVersion}, with its detected language. */
    public void markExtracted(Connection c, long id, String language, String languageNote, int extractorVersion)
            throws SQLException {
        try (PreparedStatements statements = new PreparedStatements(c)) {
            markExtracted(statements, id, language, languageNote, extractorVersion);
        }
    }

    /** As {@link #markExtracted(Connection, long, String, String, int)}, reusing the statement of a batch. */
    public void markExtracted(PreparedStatements statements, long id, String language, String languageNote,
                              int extractorVersion) throws SQLException {
        PreparedStatement ps = statements.get(
                "UPDATE articles SET language = ?, language_note = ?, extractor_version = ? WHERE id = ?");
        ps.setString(1, language);
        ps.setString(2, languageNote);
        ps.setInt(3, extractorVersion);
        ps.setLong(4, id);
        ps.executeUpdate();
    }

    public Optional<Article> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<Article> all(Connection c) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM articles ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Whether the store holds the shipped demo articles; answered by the partial index {@code articles_demo}. */
    static final String ANY_DEMO = "SELECT EXISTS (SELECT 1 FROM articles WHERE demo = 1)";

    /** Whether any article of the store is a shipped demonstration article. */
    public boolean hasDemo(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ANY_DEMO); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Whether a demo article was read by an extractor older than {@code ?}; on the partial index {@code articles_demo}. */
    static final String OLDER_DEMO = "SELECT EXISTS (SELECT 1 FROM articles WHERE demo = 1 AND extractor_version < ?)";

    /** Whether any shipped demonstration article was extracted by a version older than {@code version}. */
    public boolean hasDemoOlderThan(Connection c, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OLDER_DEMO)) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static final String INFO_COLUMNS = "id, source, title, outlet, url, language, published,"
            + " published_source, published_estimated, demo";
    /** The articles of the claims of a span of event dates (the viewer's first window). */
    static final String INFOS_OF_CLAIMS_BETWEEN = "SELECT DISTINCT a.id, a.source, a.title, a.outlet, a.url,"
            + " a.language, a.published, a.published_source, a.published_estimated, a.demo"
            + " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.event_date BETWEEN ? AND ?";

    /** Every article's metadata, without the texts, by id. */
    public java.util.Map<Long, org.frontline.model.ArticleInfo> infos(Connection c) throws SQLException {
        return readInfos(c, "SELECT " + INFO_COLUMNS + " FROM articles");
    }

    /** The metadata of the articles that make claims with an event date in {@code [from, to]}, by id. */
    public java.util.Map<Long, org.frontline.model.ArticleInfo> infosOfClaimsBetween(Connection c, LocalDate from,
                                                                                    LocalDate to) throws SQLException {
        return readInfos(c, INFOS_OF_CLAIMS_BETWEEN, from.toString(), to.toString());
    }

    private static Map<Long, ArticleInfo> readInfos(Connection c, String sql, String... args)
            throws SQLException {
        java.util.Map<Long, org.frontline.model.ArticleInfo> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(7);
                    out.put(rs.getLong(1), new org.frontline.model.ArticleInfo(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            published == null ? null : LocalDate.parse(published), DateSource.parse(rs.getString(8)),
                            rs.getInt(9) == 1, rs.getInt(10) == 1));
                }
            }
        }
        return out;
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Article read(ResultSet rs) throws SQLException {
        String published = rs.getString(8);
        return new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), published == null ? null : LocalDate.parse(published),
                DateSource.parse(rs.getString(9)), rs.getInt(10) == 1, rs.getString(11), rs.getInt(12) == 1);
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, date.toString());
        }
    }
}
