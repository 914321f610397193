package org.frontline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures: one column per corpus size, one row per metric, in the order they were
 * measured. Printed as a table and written as TSV ({@code metric, unit, better, size...}), the
 * format {@code src/test/scripts/bench-compare.sh} reads. Lines starting with {@code #} carry the machine
 * facts. Not thread-safe.
 */
final class Results {
    /** Which way a metric improves: the comparison script prints whether a ratio is a gain. */
    enum Better { HIGHER, LOWER, NONE }

    private record Metric(String unit, Better better) {
    }

    /** The column of the embedded demo store (137 real-world-like articles), beside the synthetic sizes. */
    static final int DEMO = 0;

    private final List<String> header;
    private final List<Integer> sizes = new ArrayList<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();

    Results(List<String> header) {
        this.header = header;
    }

    List<String> header() {
        return header;
    }

    void size(int articles) {
        sizes.add(articles);
    }

    void put(int size, String metric, String unit, Better better, double value) {
        metrics.putIfAbsent(metric, new Metric(unit, better));
        values.computeIfAbsent(metric, m -> new LinkedHashMap<>()).put(size, value);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append(h).append('\n'));
        int width = metrics.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        out.append(String.format(Locale.ROOT, "%-" + width + "s%-10s", "metric", "unit"));
        sizes.forEach(s -> out.append(String.format(Locale.ROOT, "%14s", columnName(s))));
        out.append('\n');
        metrics.forEach((name, m) -> {
            out.append(String.format(Locale.ROOT, "%-" + width + "s%-10s", name, m.unit()));
            sizes.forEach(s -> out.append(String.format(Locale.ROOT, "%14s", format(values.get(name).get(s)))));
            out.append('\n');
        });
        return out.toString();
    }

    void writeTsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        header.forEach(h -> lines.add("# " + h));
        StringBuilder head = new StringBuilder("metric\tunit\tbetter");
        sizes.forEach(s -> head.append('\t').append(s == DEMO ? "demo" : Integer.toString(s)));
        lines.add(head.toString());
        metrics.forEach((name, m) -> {
            StringBuilder row = new StringBuilder(name).append('\t').append(m.unit()).append('\t')
                    .append(m.better().name().toLowerCase(Locale.ROOT));
            sizes.forEach(s -> {
                Double v = values.get(name).get(s);
                row.append('\t').append(v == null ? "" : String.format(Locale.ROOT, "%.3f", v));
            });
            lines.add(row.toString());
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String columnName(int size) {
        return size == DEMO ? "demo store" : String.format(Locale.ROOT, "%,d art.", size);
    }

    private static String format(Double v) {
        if (v == null) {
            return "-";
        }
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
