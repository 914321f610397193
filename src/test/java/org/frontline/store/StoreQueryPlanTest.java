package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query the viewer and the exports issue for part of the store reads through an index, never
 * a scan of the claims or mentions: asserted on SQLite's {@code EXPLAIN QUERY PLAN} of the exact
 * SQL the repositories run, on a store analysed with {@code ANALYZE} statistics of a realistic
 * shape (many claims per article, most mentions resolved) so the planner chooses as it would on a
 * large store. Reading every claim (the complete catalog) reads the whole table by definition, but
 * in the date index's order, without sorting it first.
 */
class StoreQueryPlanTest {
    @TempDir
    Path dir;

    static List<Arguments> queries() {
        return List.of(
                Arguments.of("claims between dates", ClaimRepository.BETWEEN, "claims_event_date"),
                Arguments.of("claims of an article", ClaimRepository.OF_ARTICLE, "claims_article"),
                Arguments.of("claim by id", ClaimRepository.BY_ID, "INTEGER PRIMARY KEY"),
                Arguments.of("date range", ClaimRepository.DATE_RANGE, "claims_event_date"),
                Arguments.of("claims per day", ClaimRepository.DAY_COUNTS, "COVERING INDEX claims_event_date"),
                Arguments.of("day of a rejected claim", ClaimRepository.DAY_OF_KEY, "sqlite_autoindex_claims"),
                Arguments.of("days of a rejected mention's claims", ClaimRepository.DAYS_OF_MENTION,
                        "sqlite_autoindex_claims"),
                Arguments.of("any demo article", ArticleRepository.ANY_DEMO, "articles_demo"),
                Arguments.of("a demo article of an older extractor", ArticleRepository.OLDER_DEMO, "articles_demo"),
                Arguments.of("articles of the claims between dates", ArticleRepository.INFOS_OF_CLAIMS_BETWEEN,
                        "claims_event_date"),
                Arguments.of("mentions of an article", ClaimRepository.MENTIONS_OF, "place_mentions_article"),
                Arguments.of("unresolved mentions", ClaimRepository.UNRESOLVED, "place_mentions_unresolved"),
                Arguments.of("article by content hash",
                        "SELECT id, extractor_version FROM articles WHERE content_hash = ?", "content_hash"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void usesAnIndex(String what, String sql, String index) throws SQLException {
        try (Store store = Store.open(dir.resolve("plan.db"))) {
            Connection c = store.connection();
            fill(c);
            List<String> plan = plan(c, sql);
            String all = String.join(" | ", plan);
            assertTrue(plan.stream().anyMatch(step -> step.contains(index)), what + " should use " + index + ": " + all);
            assertFalse(plan.stream().anyMatch(step -> step.startsWith("SCAN claims") || step.startsWith("SCAN place_mentions")
                    || step.startsWith("SCAN articles")), what + " scans a table: " + all);
        }
    }

    /** Queries whose order must come from an index: a sort of every claim is what made the catalog slow. */
    static List<Arguments> ordered() {
        return List.of(
                Arguments.of("claims between dates", ClaimRepository.BETWEEN),
                Arguments.of("claims per day", ClaimRepository.DAY_COUNTS),
                Arguments.of("every dated claim in event order", ClaimRepository.DATED),
                Arguments.of("every undated claim", ClaimRepository.UNDATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordered")
    void readsInIndexOrderWithoutSorting(String what, String sql) throws SQLException {
        try (Store store = Store.open(dir.resolve("order.db"))) {
            Connection c = store.connection();
            fill(c);
            String all = String.join(" | ", plan(c, sql));
            assertTrue(all.contains("claims_event_date"), what + " should follow the date index: " + all);
            assertFalse(all.contains("TEMP B-TREE"), what + " sorts its rows: " + all);
        }
    }

    private static List<String> plan(Connection c, String sql) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            int params = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= params; i++) {
                ps.setString(i, "2024-01-01");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
        }
        return steps;
    }

    /** A few hundred rows of the real shape, then statistics, as a store of any size would have after ANALYZE. */
    private static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)"
                    + " INSERT INTO articles (content_hash, source, published_source, text, extractor_version, ingested_at)"
                    + " SELECT 'h' || i, 's', 'flag', 't', 1, '2024-01-01' FROM n");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)"
                    + " INSERT INTO place_mentions (article_id, mention_key, text, start_offset, end_offset, role,"
                    + " place_id, resolution, confidence) SELECT 1 + i % 20, 'm' || i, 'x', i, i + 1, 'claim',"
                    + " CASE WHEN i % 50 = 0 THEN NULL ELSE i END, 'exact', 0.9 FROM n");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)"
                    + " INSERT INTO claims (article_id, mention_id, claim_key, place_text, place_id, type, side, claimant,"
                    + " claimant_kind, status, event_date, event_precision, quote, quote_start, quote_end, confidence)"
                    + " SELECT 1 + i % 20, i, 'k' || i, 'x', i, 'captured', 'RU', 'c', 'ru_side', 'asserted',"
                    + " CASE WHEN i % 100 = 0 THEN NULL ELSE date('2023-01-01', '+' || (i % 400) || ' days') END,"
                    + " 'day', 'q', i, i + 1, 0.9 FROM n");
            s.execute("ANALYZE");
        }
    }
}
