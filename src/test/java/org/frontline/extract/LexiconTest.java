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
    void ofTwoLabelsMatchingTheSameWordsTheMoreSpecificCueWins() {
        Lexicon captured = Lexicon.of(List.of("took [0-2] control of", "under [0-1] control"), "captured");
        Lexicon retaken = Lexicon.of(List.of("took back control of"), "retaken");
        Lexicon either = Lexicon.union(List.of(captured, retaken));
        assertEquals(List.of("took back control of @1-5"), found(either, "troops took back control of Kherson"));
        assertEquals("retaken", either.find(Tokens.of("troops took back control of Kherson"), 0, 6).get(0).cue().label());
        assertEquals("captured", either.find(Tokens.of("troops took full control of Kherson"), 0, 6).get(0).cue().label());
        // within one label the first listed wins a tie, as before
        Lexicon same = Lexicon.of(List.of("took [0-2] control of", "took back control of"), "captured");
        assertEquals("took [0-2] control of", same.find(Tokens.of("took back control of"), 0, 4).get(0).cue().pattern().toString());
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

    @Test
    void endingAtFindsTheCueEndingThereWhateverItsGapsAndNoneThatEndsElsewhere() {
        Lexicon l = Lexicon.of(List.of("its [0-2] part", "its capture"), "test");
        Tokens t = Tokens.of("the troops said that they now hold its whole northern part");
        // "its whole northern part" spans four tokens: the search back from its end reaches its start
        CueHit h = l.endingAt(t, 0, t.size());
        assertEquals("its [0-2] part @7-11", h.cue().pattern() + " @" + h.from() + "-" + h.to());
        assertEquals(null, l.endingAt(t, 0, t.size() - 1));
        assertEquals(null, l.endingAt(t, 8, t.size()), "a cue starting before from does not count");
        assertEquals("its capture @2-4", hit(l.endingAt(Tokens.of("Moscow announced its capture"), 0, 4)));
    }

    private static String hit(CueHit h) {
        return h.cue().pattern() + " @" + h.from() + "-" + h.to();
    }
}
