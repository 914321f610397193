package org.frontline.gazetteer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everyday words that are also the names of small places ({@code May}, {@code Victory}, {@code Мир}):
 * {@link NameFinder} never takes one of them, alone, for a place. Kept folded.
 *
 * <p>Thread safety: immutable.
 */
final class CommonWords {
    private final Set<String> words;

    private CommonWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static CommonWords load(String resource) {
        return of(GazetteerFiles.lines(resource));
    }

    static CommonWords of(List<String> list) {
        Set<String> s = new HashSet<>();
        for (String w : list) {
            s.add(NameFolding.fold(w));
        }
        return new CommonWords(s);
    }

    /** Whether a folded word, or any of its Cyrillic stems, is an everyday word. */
    boolean contains(String folded) {
        if (words.contains(folded)) {
            return true;
        }
        if (NameFolding.isCyrillic(folded)) {
            for (String s : Inflection.stems(folded)) {
                if (words.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
