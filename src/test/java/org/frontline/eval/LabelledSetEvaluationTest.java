package org.frontline.eval;

import static org.frontline.eval.TripleScore.Shown.FIGURES;
import static org.frontline.eval.TripleScore.Shown.FIGURES_AND_MISSES;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of (place, type, side) on the held-out labelled set
 * ({@code src/test/resources/eval/labelled.jsonl}: 48 articles in six languages, written and
 * annotated separately from the extraction rules, which were never tuned on it). Scoring is
 * {@link TripleScore}'s.
 *
 * <p>The set stays held out: the test prints only counts — in all, by language, by claim type, and
 * of the kinds of spurious claims (wrong side, wrong type, unresolved place, place without such a
 * claim), never an article or a claim. The
 * per-article misses, which would show its texts' content, are printed only when the system
 * property {@code eval.showMisses} is {@code true}; rules are developed on the development set
 * ({@link DevSetEvaluationTest}) instead.
 */
class LabelledSetEvaluationTest {
    /**
     * The target, 0.85 for both, reached in the thirty-first round (0.893/0.854, 117 of 137 gold, 131
     * extracted): from then on it is the floor, so a change that falls below it fails.
     */
    static final double TARGET = 0.85;
    static final double PRECISION_FLOOR = TARGET;
    static final double RECALL_FLOOR = TARGET;

    @Test
    void precisionAndRecallOfPlaceTypeAndSide() throws IOException {
        TripleScore.assertAtLeast("/eval/labelled.jsonl", String.format(Locale.ROOT, "Labelled set (target %.2f)", TARGET),
                PRECISION_FLOOR, RECALL_FLOOR, Boolean.getBoolean("eval.showMisses") ? FIGURES_AND_MISSES : FIGURES);
    }
}
