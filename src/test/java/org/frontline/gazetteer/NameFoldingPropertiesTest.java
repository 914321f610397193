package org.frontline.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the name normaliser and the transliteration tables on any text: no exception, no
 * runaway (each try has a deadline), a folded key is its own fold and has no case, outer or double
 * spaces, and a Latin key holds no Cyrillic.
 */
class NameFoldingPropertiesTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);

    /** Names as the press writes them: Cyrillic, Latin with diacritics, apostrophes, hyphens, marks. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> letters = Arbitraries.of('а', 'б', 'ї', 'є', 'і', 'ґ', 'ь', 'ъ', 'ё', 'Щ', 'Я', 'Х', 'a', 'Z',
                'é', 'ü', 'ł', 'ß', 'İ', '\'', '\u2019', '\u02BC', '-', '\u2010', ' ', '\u00A0', '\u0301', '\u0308', '.',
                '1', '\u200B', '\uFEFF', 'Ǆ', 'ﬁ', '字');
        return letters.list().ofMaxSize(30).map(l -> {
            StringBuilder s = new StringBuilder();
            l.forEach(s::append);
            return s.toString();
        });
    }

    @Property(tries = 400)
    void foldingAnyStringIsQuickAndAFixedPoint(@ForAll String s) {
        checkFold(s);
    }

    @Property(tries = 400)
    void foldingNamesIsQuickAndAFixedPoint(@ForAll("names") String s) {
        checkFold(s);
    }

    /** Folding word by word (as {@link ContextRegions} does for text that is not plain) folds the same. */
    @Property(tries = 400)
    void foldingWordByWordFoldsTheSame(@ForAll("names") String a, @ForAll String b, @ForAll("names") String c) {
        String text = a + " " + b + "\n" + c + "\t" + a + b + "\u2003" + c;
        assertEquals(NameFolding.fold(text), ContextRegions.fold(text), "[" + text + "]");
    }

    private static void checkFold(String s) {
        String folded = assertTimeoutPreemptively(DEADLINE, () -> NameFolding.fold(s));
        assertEquals(folded, NameFolding.fold(folded), "fold is not idempotent for [" + s + "]");
        assertEquals(folded.strip(), folded, "outer space in [" + folded + "]");
        assertFalse(folded.contains("  "), "double space in [" + folded + "]");
    }

    @Property(tries = 300)
    void latinKeysOfAnyNameHoldNoCyrillic(@ForAll("names") String s) {
        var keys = assertTimeoutPreemptively(DEADLINE, () -> Transliteration.latinKeys(s));
        for (String k : keys) {
            assertFalse(k.isEmpty());
            assertTrue(k.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                    "Cyrillic left in key [" + k + "] of [" + s + "]");
        }
    }

    @Property(tries = 100)
    void icuTransliterationNeverThrows(@ForAll("names") String s, @ForAll String any) {
        for (String id : new String[] {"Ukrainian-Latin/BGN", "Russian-Latin/BGN", "Cyrillic-Latin"}) {
            assertTimeoutPreemptively(DEADLINE, () -> Transliteration.icu(id, s));
            assertTimeoutPreemptively(DEADLINE, () -> Transliteration.icu(id, any));
        }
    }
}
