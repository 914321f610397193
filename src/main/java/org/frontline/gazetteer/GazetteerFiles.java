package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.frontline.model.Place;

/**
 * Reads the shipped gazetteer tables ({@code gazetteer/*.tsv} on the classpath; columns in
 * {@code gazetteer/README.md}). Lines starting with {@code #} are comments; the first other line is
 * the header. A malformed row is an error that names the file and line: the files are ours.
 *
 * <p>Thread safety: stateless.
 */
final class GazetteerFiles {
    private GazetteerFiles() {
    }

    /** A place row with its alternate names. */
    record PlaceRow(Place place, List<String> alternateNames) {
    }

    static List<PlaceRow> places(String resource) {
        List<PlaceRow> rows = new ArrayList<>(8192);
        rows(resource, 12, c -> {
            Place p = new Place(Long.parseLong(c[0]), c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                    c[4], c[5], c[6], c[7], Long.parseLong(c[8]), c[9], Integer.parseInt(c[10]));
            rows.add(new PlaceRow(p, c[11].isEmpty() ? List.of() : List.of(c[11].split(","))));
        });
        return rows;
    }

    static List<Alias> aliases(String resource) {
        List<Alias> aliases = new ArrayList<>();
        rows(resource, 4, c -> aliases.add(new Alias(Long.parseLong(c[1]), c[0], c[3], "curated")));
        return aliases;
    }

    static List<String[]> table(String resource, int minColumns) {
        List<String[]> out = new ArrayList<>();
        rows(resource, minColumns, out::add);
        return out;
    }

    /** The non-empty, non-comment lines of a plain word list. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        read(resource, (line, no) -> {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        });
        return out;
    }

    private interface LineSink {
        void accept(String line, int lineNo);
    }

    private static void rows(String resource, int minColumns, Consumer<String[]> sink) {
        boolean[] header = {true};
        read(resource, (line, no) -> {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            if (header[0]) {
                header[0] = false;
                return;
            }
            String[] c = line.split("\t", -1);
            if (c.length < minColumns) {
                throw new IllegalStateException(resource + ":" + no + ": expected " + minColumns + " columns, found " + c.length);
            }
            try {
                sink.accept(c);
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ":" + no + ": " + e.getMessage(), e);
            }
        });
    }

    private static void read(String resource, LineSink sink) {
        try (InputStream in = GazetteerFiles.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                sink.accept(line, ++no);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
