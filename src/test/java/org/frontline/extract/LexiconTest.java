package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static List<String> found(Lexicon lexicon, String text) {
        Tokens tokens = Tokens.of(text);
        return lexicon.find(tokens, 0, tokens.size()).stream()
                .map(h -> h.cue().pattern() + " @" + h.from() + "-" + h.to())
                .toList();
    }

    @Test
    void longestCueWinsAndHitsDoNotOverlap() {
        Lexicon l = Lexicon.of(List.of("took", "took control of", "control"), "capture");
        assertEquals(List.of("took control of @1-4"), found(l, "troops took control of the town"));
        assertEquals(List.of("took @1-2", "control @3-4"), found(l, "troops took back control"));
    }

    @Test
    void prefixCuesMatchEveryFormAndNothingShorter() {
        Lexicon l = Lexicon.of(List.of("captur*", "окруж*"), "capture");
        assertEquals(List.of("captur* @0-1", "captur* @2-3", "окруж* @3-4"),
                found(l, "captured and captures окружили ca"));
    }

    @Test
    void wordsSharingAHashCodeAreToldApart() {
        // The index keys on String hash codes, and these two words share one.
        assertEquals("aan".hashCode(), "ac0".hashCode());
        Lexicon l = Lexicon.of(List.of("aan x", "ac0 y"), "test");
        assertEquals(List.of("aan x @0-2", "ac0 y @6-8"), found(l, "aan x ac0 x aan y ac0 y"));
    }
}
