package org.frontline.eval;

import static org.frontline.eval.TripleScore.Shown.FIGURES_AND_MISSES;

import org.junit.jupiter.api.Test;

class ScratchScoreTest {
    @Test
    void score() throws Exception {
        for (String f : System.getProperty("scratch.sets", "").split(",")) {
            if (!f.isBlank()) {
                TripleScore.assertAtLeast("/eval/" + f, f, 0, 0, FIGURES_AND_MISSES);
            }
        }
    }
}
