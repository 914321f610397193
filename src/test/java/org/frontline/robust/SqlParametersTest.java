package org.frontline.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SQL text handed to JDBC in {@code src/main} is built from string literals and
 * {@code static final} string constants only; values travel as parameters. A scan of the sources:
 * the argument of each {@code prepareStatement}, {@code execute}, {@code executeQuery},
 * {@code executeUpdate} and {@code addBatch} call must be such a constant expression, or a
 * {@code String} parameter of a private helper whose every call passes one. The statements that
 * are not (a bundled script's statements, an integer schema version, the store's integer page-cache
 * size) are listed with their reason.
 */
class SqlParametersTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile(
            "\\.(prepareStatement|executeQuery|executeUpdate|executeLargeUpdate|execute|addBatch)\\(");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** Non-constant SQL known to be safe, by file, with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "Migrations.java:sql", "a statement of the bundled V<n>.sql script",
            "Migrations.java:\"PRAGMA user_version = \" + v", "an int loop counter; PRAGMA takes no parameters",
            "Store.java:\"PRAGMA cache_size = -\" + megabytes * 1024L", "a positive int (checked); PRAGMA takes no parameters",
            "PreparedStatements.java:sql", "the statement cache's key; its package-private callers pass SQL constants");

    @Test
    void sqlIsNeverBuiltFromValues() throws IOException {
        List<String> violations = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (!src.contains("import java.sql.")) {
                    continue;
                }
                calls += scan(f.getFileName().toString(), src, violations);
            }
        }
        assertTrue(calls > 40, "the scan found only " + calls + " JDBC calls: is it still looking at the sources?");
        assertEquals(List.of(), violations);
    }

    /** Checks the JDBC calls of one source file; returns how many it saw. */
    static int scan(String file, String src, List<String> violations) {
        int calls = 0;
        Matcher m = CALL.matcher(src);
        while (m.find()) {
            String arg = firstArgument(src, m.end());
            calls++;
            String where = file + ":" + lineOf(src, m.start());
            if (arg.isEmpty() || isConstant(arg) || ALLOWED.containsKey(file + ":" + arg)) {
                continue;
            }
            if (NAME.matcher(arg).matches() && parameterOnlyGivenConstants(src, arg, m.start(), violations, where)) {
                continue;
            }
            violations.add(where + ": SQL built from " + arg);
        }
        return calls;
    }

    /** The text of the first argument of the call whose parenthesis opens just before {@code from}. */
    static String firstArgument(String src, int from) {
        return src.substring(from, argumentEnd(src, from)).strip().replaceAll("\\s+", " ");
    }

    /** Where the argument starting at {@code from} ends: its comma or the call's closing parenthesis. */
    private static int argumentEnd(String src, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if ((c == ')' && depth-- == 0) || (c == ',' && depth == 0)) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    /** Literals and upper-case constants joined by {@code +}. */
    static boolean isConstant(String expr) {
        for (String part : splitPlus(expr)) {
            String p = part.strip();
            boolean literal = p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"") && p.indexOf('"', 1) == p.length() - 1;
            if (!literal && !CONSTANT.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitPlus(String expr) {
        List<String> parts = new ArrayList<>();
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == '+' && !inString) {
                parts.add(expr.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(expr.substring(start));
        return parts;
    }

    /**
     * True when {@code name} is a {@code String} parameter of the private method around
     * {@code at} and every call of that method in the file passes a constant expression there.
     */
    private static boolean parameterOnlyGivenConstants(String src, String name, int at, List<String> violations,
                                                       String where) {
        Matcher decl = Pattern.compile("private (?:static )?[\\w<>, ]+ (\\w+)\\(([^)]*\\bString " + name + "\\b[^)]*)\\)")
                .matcher(src);
        int declStart = -1;
        int declEnd = -1;
        String method = null;
        int index = -1;
        while (decl.find() && decl.start() < at) {
            declStart = decl.start();
            declEnd = decl.end();
            method = decl.group(1);
            String[] params = decl.group(2).split(",");
            for (int i = 0; i < params.length; i++) {
                if (params[i].strip().endsWith(" " + name)) {
                    index = i;
                }
            }
        }
        if (declStart < 0 || index < 0) {
            return false;
        }
        Matcher call = Pattern.compile("(?<![\\w.])" + method + "\\(").matcher(src);
        int found = 0;
        while (call.find()) {
            if (call.start() >= declStart && call.start() < declEnd) {
                continue; // the declaration itself
            }
            String arg = argument(src, call.end(), index);
            found++;
            if (!isConstant(arg)) {
                violations.add(where + ": " + method + "(...) is called with SQL built from " + arg);
            }
        }
        return found > 0;
    }

    /** The text of argument {@code index} (from 0) of the call whose parenthesis opens before {@code from}. */
    private static String argument(String src, int from, int index) {
        int start = from;
        for (int k = 0; k < index; k++) {
            start = argumentEnd(src, start) + 1;
        }
        return firstArgument(src, start);
    }

    private static int lineOf(String src, int offset) {
        return (int) src.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theScanTellsConstantFromBuiltSql() {
        assertTrue(isConstant("\"SELECT \" + COLUMNS + \" FROM t WHERE id = ?\""));
        assertTrue(!isConstant("\"SELECT * FROM t WHERE name = '\" + name + \"'\""));
        assertTrue(!isConstant("String.format(\"SELECT %s\", x)"));
        assertEquals("\"a, b\" + X", firstArgument("(\"a, b\" + X, 1)", 1));
    }

    @Test
    void theScanFindsSqlBuiltFromValuesDirectlyAndThroughAHelper() {
        String src = """
                import java.sql.Connection;
                class Bad {
                    void direct(Connection c, String name) throws Exception {
                        c.createStatement().executeQuery("SELECT * FROM places WHERE name = '" + name + "'");
                    }
                    void viaHelper(Connection c, String name) throws Exception {
                        rows(c, "SELECT 1");
                        rows(c, "SELECT * FROM t WHERE x = " + name);
                    }
                    private static int rows(Connection c, String sql) throws Exception {
                        return c.prepareStatement(sql).executeUpdate();
                    }
                }
                """;
        List<String> violations = new ArrayList<>();
        scan("Bad.java", src, violations);
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("Bad.java:4: SQL built from"), violations.toString());
        assertTrue(violations.get(1).contains("rows(...) is called with SQL built from \"SELECT * FROM t WHERE x = \" + name"),
                violations.toString());
    }
}
