package org.frontline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;

/**
 * A {@link PlaceLookup} over a small in-memory table of settlements and their names: for tests,
 * demonstrations, and until the full gazetteer is wired in. Immutable and thread-safe.
 *
 * <p>A name matches running text word by word; a word also matches its inflected or adjectival
 * forms: the name word without its final vowel followed by at most {@value #MAX_ENDING} letters
 * ("Toretsk" matches "Toretskaya", "Авдеевка" matches "Авдеевку"). Words shorter than
 * {@value #MIN_STEM} letters must match exactly.
 */
public final class TablePlaceLookup implements PlaceLookup {
    private static final int MAX_ENDING = 4;
    private static final int MIN_STEM = 4;
    private static final String VOWELS = "aeiouyаеиоуыяьіїєэю";

    /** One name of a place, as folded words. */
    private record Name(Place place, List<String> words, boolean preferred) {
    }

    private final Map<String, List<Name>> byPrefix = new HashMap<>();

    /** @param names each place with its names; the first name is the preferred one */
    public TablePlaceLookup(Map<Place, List<String>> names) {
        names.forEach((place, list) -> {
            for (int i = 0; i < list.size(); i++) {
                List<String> words = Tokens.of(list.get(i)).list().stream().map(Token::norm).toList();
                if (!words.isEmpty()) {
                    Name n = new Name(place, words, i == 0);
                    byPrefix.computeIfAbsent(prefix(words.get(0)), k -> new ArrayList<>()).add(n);
                }
            }
        });
    }

    /**
     * Reads a table: tab-separated id, preferred name, lat, lon, country, admin1, feature code,
     * population, other names separated by "|"; lines starting with # are comments.
     */
    public static TablePlaceLookup read(InputStream in) throws IOException {
        Map<Place, List<String>> names = new java.util.LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 9) {
                throw new IOException("place table line " + n + ": expected 9 tab-separated fields, got " + f.length);
            }
            Place p = new Place(Long.parseLong(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4],
                    f[5], "", f[6], Long.parseLong(f[7]), "curated", 2000);
            List<String> all = new ArrayList<>();
            all.add(f[1]);
            for (String alias : f[8].split("\\|")) {
                if (!alias.isBlank()) {
                    all.add(alias.trim());
                }
            }
            names.put(p, all);
        }
        return new TablePlaceLookup(names);
    }

    private static String prefix(String word) {
        return word.substring(0, Math.min(3, word.length()));
    }

    @Override
    public List<PlaceSpan> findPlaces(String text, String language) {
        Tokens t = Tokens.of(text);
        List<PlaceSpan> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Name best = null;
            int bestEnd = i;
            for (Name n : byPrefix.getOrDefault(prefix(t.get(i).norm()), List.of())) {
                int end = matchAt(n, t, i);
                if (end > bestEnd) {
                    best = n;
                    bestEnd = end;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = t.get(i).start();
            int end = t.get(bestEnd - 1).end();
            out.add(new PlaceSpan(start, end, text.substring(start, end), List.of(best.place().id())));
            i = bestEnd;
        }
        return out;
    }

    private static int matchAt(Name n, Tokens t, int at) {
        if (at + n.words().size() > t.size()) {
            return -1;
        }
        for (int k = 0; k < n.words().size(); k++) {
            Token tok = t.get(at + k);
            if (k == 0 && !tok.capitalised() || !wordMatches(n.words().get(k), tok.norm(), k > 0)) {
                return -1;
            }
        }
        return at + n.words().size();
    }

    private static boolean wordMatches(String nameWord, String word, boolean following) {
        if (word.equals(nameWord)) {
            return true;
        }
        if (following && nameWord.length() < MIN_STEM) {
            // A short second word ("Yar" in "Часова Яра") inflects with its first one.
            return word.startsWith(nameWord) && word.length() - nameWord.length() <= 2;
        }
        String stem = nameWord;
        while (stem.length() > MIN_STEM && VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.length() >= MIN_STEM && word.startsWith(stem) && word.length() - stem.length() <= MAX_ENDING
                && (word.length() == stem.length() || VOWELS.indexOf(word.charAt(stem.length())) >= 0
                || stem.equals(nameWord));
    }

    @Override
    public Resolution resolve(String surface, String language, String context, List<Place> nearby) {
        Tokens t = Tokens.of(surface);
        Name best = null;
        boolean exact = false;
        if (t.size() > 0) {
            for (Name n : byPrefix.getOrDefault(prefix(t.get(0).norm()), List.of())) {
                if (n.words().size() == t.size() && matchAt(n, t, 0) == t.size()) {
                    boolean e = n.words().equals(t.list().stream().map(Token::norm).toList());
                    if (best == null || e && !exact) {
                        best = n;
                        exact = e;
                    }
                }
            }
        }
        if (best == null) {
            return Resolution.unresolved(List.of());
        }
        String kind = !exact ? "inflected" : best.preferred() ? "exact" : "alias";
        return new Resolution(best.place(), kind, exact ? 0.95 : 0.85, List.of());
    }
}
