package org.frontline.eval;

import static org.frontline.eval.TripleScore.Shown.FIGURES;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision and recall of (place, type, side) on the check sets, kept apart from rule work. Scoring is
 * {@link TripleScore}'s.
 * <ul>
 *   <li>{@code dev-check.jsonl}: short articles in six languages written together with the second development
 *       set.</li>
 *   <li>{@code check-eighteenth.jsonl} (now {@code dev-eighteenth.jsonl}): 90 short items (25-70 words, 2-4 claims each), 15 in each language,
 *       written blind in the twentieth round in the style of the held-out set's description (a lead claim with
 *       its source, the other side's answer or a forecast, sometimes a place named only for context). Read
 *       once before the round's rule work (precision 0.892, recall 0.796) and again after it (0.893/0.804); it
 *       became the eighteenth development set in the twenty-first round.</li>
 *   <li>{@code check-nineteenth.jsonl} (now {@code dev-nineteenth.jsonl}): 90 short items (28-65 words, 1-4 claims each, 245 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-first round like the eighteenth. First
 *       reading, at {@code f86f4b1}: precision 0.907, recall 0.792; 0.925/0.804 after the round. It became the
 *       nineteenth development set in the twenty-second round.</li>
 *   <li>{@code check-twentieth.jsonl} (now {@code dev-twentieth.jsonl}): 90 short items (29-60 words, 1-4 claims each, 236 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-second round like the nineteenth.
 *       First reading, at {@code e655547}: precision 0.951, recall 0.831 (196 of 236, 206 extracted); the same at
 *       {@code 1adcd60}, after the first half of the round (+33 correct on the development sets moved none of
 *       its triples). It became the twentieth development set in the second half of the round.</li>
 *   <li>{@code check-twentyfirst.jsonl} (now {@code dev-twentyfirst.jsonl}): 90 short items (27-68 words, 1-4 claims each, 243 gold), 15 in each
 *       language, written blind by two helpers in the second half of the twenty-second round, half of them on
 *       less-covered episodes (border villages, 2024-2025 fronts, Kursk and Belgorod). First reading, at
 *       {@code 1ed047b} (the commit they were begun at): precision 0.901, recall 0.786 (191 of 243, 212
 *       extracted); 0.906/0.790 (192) at {@code 7c706fa}, after the round's second-half rules to that point. It became the twenty-first development set in the
 *       twenty-third round.</li>
 *   <li>{@code check-twentysecond.jsonl} (now {@code dev-twentysecond.jsonl}): 90 short items (25-70 words, 2-4 claims each, 249 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-third round, half of them on
 *       less-covered episodes. First reading, at {@code 8a5efd3} (the commit they were begun at, the rules of
 *       {@code 4ba4917}): precision 0.932, recall 0.827 (206 of 249, 221 extracted);
 *       0.932/0.831 (207, 222 extracted) at the round's end. It became the twenty-second development set in the
 *       twenty-fourth round.</li>
 *   <li>{@code check-twentythird.jsonl} (now {@code dev-twentythird.jsonl}): 90 short items (29-65 words, 2-4 claims each, 262 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-fourth round, more than half of them
 *       on less-covered episodes. First reading, at {@code 085aea7} (the commit they were begun at): precision
 *       0.907, recall 0.821 (215 of 262, 237 extracted); 0.908/0.832 (218, 240 extracted) at the round's end. It became
 *       the twenty-third development set in the twenty-fifth round.</li>
 *   <li>{@code check-twentyfourth.jsonl} (now {@code dev-twentyfourth.jsonl}): 90 short items (27-63 words, 1-4 claims
 *       each, 265 gold), 15 in each language, written blind by two helpers at the start of the twenty-fifth round,
 *       more than half of them on less-covered episodes. First reading, at {@code 4720389} (the commit they were
 *       begun at): precision 0.936, recall 0.826 (219 of 265, 234 extracted); the same at the round's end. It became
 *       the twenty-fourth development set in the twenty-sixth round.</li>
 *   <li>{@code check-twentyfifth.jsonl} (now {@code dev-twentyfifth.jsonl}): 90 short items (31-57 words, 2-4 claims each, 267 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-sixth round, more than half of them on
 *       less-covered episodes. First reading, at {@code ebe6c01} (the commit they were begun at): precision
 *       0.925, recall 0.790 (211 of 267, 228 extracted); 0.930/0.801 (214, 230 extracted) at the round's end. It became the
 *       twenty-fifth development set in the twenty-seventh round.</li>
 *   <li>{@code check-twentysixth.jsonl} (now {@code dev-twentysixth.jsonl}): 90 short items (26-70 words, 1-4 claims each, 247 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-seventh round, more than half of them on
 *       less-covered episodes. First reading, at {@code 480b55f} (the commit they were begun at): precision
 *       0.892, recall 0.802 (198 of 247, 222 extracted); 0.897/0.814 (201, 224 extracted) at the round's end. It
 *       became the twenty-sixth development set in the twenty-eighth round.</li>
 *   <li>{@code check-twentyseventh.jsonl} (now {@code dev-twentyseventh.jsonl}): 90 short items (32-67 words, 1-4 claims each, 256 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-eighth round, more than half of them on
 *       less-covered episodes. First reading, at {@code fef22c8} (the commit they were begun at but for the set it
 *       moved, with the same rules): precision 0.896, recall 0.805 (206 of 256, 230 extracted); 0.904/0.813 (208, 230
 *       extracted) at the round's end. It became the twenty-seventh development set in the twenty-ninth round.</li>
 *   <li>{@code check-twentyeighth.jsonl} (now {@code dev-twentyeighth.jsonl}): 90 short items (25-70 words, 1-4 claims each, 248 gold), 15 in each
 *       language, written blind by two helpers at the start of the twenty-ninth round, more than half of them on
 *       less-covered episodes. First reading, at {@code 2274578} (the commit they were begun at): precision 0.942,
 *       recall 0.851 (211 of 248, 224 extracted); 0.947/0.863 (214, 226 extracted) at {@code 998ea58}, after the
 *       round's first rules, and at the round's end. It became the twenty-eighth development set in the thirtieth
 *       round.</li>
 *   <li>{@code check-twentyninth.jsonl} (now {@code dev-twentyninth.jsonl}): 90 short items (28-56 words, 1-4 claims each, 225 gold), 15 in each
 *       language, written blind by two helpers at the start of the thirtieth round, more than half of them on
 *       less-covered episodes. First reading, at {@code 779ca6e} (the commit they were begun at): precision 0.883,
 *       recall 0.809 (182 of 225, 206 extracted); the same at the round's end. It became the twenty-ninth
 *       development set in the thirty-first round.</li>
 *   <li>{@code check-thirtieth.jsonl}: 90 short items (25-58 words, 1-4 claims each, 243 gold), 15 in each
 *       language, written blind by two helpers at the start of the thirty-first round, more than half of them on
 *       less-covered episodes. First reading, at {@code 890ff9e} (the rules they were begun at): precision 0.940,
 *       recall 0.835 (203 of 243, 216 extracted).</li>
 * </ul>
 *
 * <p>The sets tell whether a rule change found on the development sets generalises before the held-out
 * figure is read. Like {@link LabelledSetEvaluationTest} this test prints only aggregate, per-language and
 * per-type figures; rules are never tuned on their articles.
 */
class CheckSetEvaluationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            // file, name printed, precision floor, recall floor
            "/eval/dev-check.jsonl,         Check set,              0.90, 0.90",
            "/eval/check-thirtieth.jsonl,   Thirtieth check set,    0.91, 0.81",
    })
    void precisionAndRecallOfPlaceTypeAndSide(String file, String name, double precisionFloor, double recallFloor)
            throws IOException {
        TripleScore.assertAtLeast(file, name, precisionFloor, recallFloor, FIGURES);
    }
}
