package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CanonicalTextTest {
    @Test
    void whiteSpaceIsNormalisedAndParagraphsKept() {
        assertEquals("a b\nc\n\nd", CanonicalText.of("\uFEFF  a \t\u00A0b \r\nc\r\r\n \n\u2029\n  d  \n"));
        assertEquals("", CanonicalText.of(" \n\t\u3000"));
    }

    @Test
    void composedAndDecomposedFormsHashAlike() {
        String composed = "Київ, Йосипівка"; // й and ї precomposed
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        assertEquals(CanonicalText.of(composed), CanonicalText.of(decomposed));
        assertEquals(CanonicalText.hash(CanonicalText.of(composed)), CanonicalText.hash(CanonicalText.of(decomposed)));
        assertEquals(64, CanonicalText.hash("x").length());
    }
}
