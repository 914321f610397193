package org.frontline.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic JSONL corpus whose articles say how many claims they hold ("Report 17 holds 3
 * claims."), for {@code LineClaimAnalyser}: each claim line yields one mention and one claim. A
 * store can then be checked article by article: every stored article has exactly the mentions and
 * claims its text announces, or it is absent. Test helper; stateless.
 */
final class CountedCorpus {
    private static final Pattern HOLDS = Pattern.compile("^Report (\\d+) holds (\\d+) claims\\.");
    private static final String[] TYPES = {"captured", "retaken", "fighting", "shelled"};
    private static final String[] SIDES = {"ru", "ua"};

    private CountedCorpus() {
    }

    /** Writes {@code n} articles as one JSONL file; article {@code i} holds {@code 1 + i % 4} claims. */
    static Path write(Path file, int n) {
        return write(file, 0, n);
    }

    /** Writes articles {@code from} (inclusive) to {@code to} (exclusive) of the same corpus. */
    static Path write(Path file, int from, int to) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                int k = 1 + i % 4;
                StringBuilder text = new StringBuilder("Report " + i + " holds " + k + " claims.\\n");
                for (int j = 0; j < k; j++) {
                    text.append("CLAIM Place").append((i * 7 + j) % 97).append(' ').append(TYPES[(i + j) % 4])
                            .append(' ').append(SIDES[(i + j) % 2]).append("\\n");
                }
                text.append("Filler sentence to give the article some body. ".repeat(1 + i % 5));
                w.write("{\"text\":\"" + text + "\",\"published\":\"2024-0" + (1 + i % 9) + "-1" + (i % 10) + "\"}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** What a store holds, checked against what each article announces. */
    record Check(String integrity, int articles, int distinctHashes, List<String> inconsistent, int claims) {
    }

    static Check check(Connection c) throws SQLException {
        String integrity;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            integrity = rs.getString(1);
        }
        int articles = count(c, "SELECT count(*) FROM articles");
        int hashes = count(c, "SELECT count(DISTINCT content_hash) FROM articles");
        int claims = count(c, "SELECT count(*) FROM claims");
        List<String> bad = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.text,"
                + " (SELECT count(*) FROM claims k WHERE k.article_id = a.id),"
                + " (SELECT count(*) FROM place_mentions m WHERE m.article_id = a.id) FROM articles a");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Matcher m = HOLDS.matcher(rs.getString(2));
                int expected = m.find() ? Integer.parseInt(m.group(2)) : -1;
                if (rs.getInt(3) != expected || rs.getInt(4) != expected) {
                    bad.add("article " + rs.getLong(1) + ": expected " + expected + " claims and mentions, found "
                            + rs.getInt(3) + " and " + rs.getInt(4));
                }
            }
        }
        return new Check(integrity, articles, hashes, bad, claims);
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
