package org.frontline.eval;

import static org.frontline.eval.TripleScore.Shown.FIGURES;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of (place, type, side) on the check set
 * ({@code src/test/resources/eval/dev-check.jsonl}: short articles in six languages written
 * together with the second development set but kept apart from rule work). Scoring is
 * {@link TripleScore}'s.
 *
 * <p>The set tells whether a rule change found on the development sets generalises before the
 * held-out figure is read. Like {@link LabelledSetEvaluationTest} it prints only aggregate,
 * per-language and per-type figures; rules are never tuned on its articles.
 */
class CheckSetEvaluationTest {
    static final double PRECISION_FLOOR = 0.84;
    static final double RECALL_FLOOR = 0.67;

    @Test
    void precisionAndRecallOfPlaceTypeAndSide() throws IOException {
        TripleScore.assertAtLeast("/eval/dev-check.jsonl", "Check set", PRECISION_FLOOR, RECALL_FLOOR, FIGURES);
    }
}
