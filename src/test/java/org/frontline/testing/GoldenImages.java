package org.frontline.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares rendered images with reference PNGs under {@code src/test/resources/golden/<case>/},
 * with a tolerance for anti-aliasing and font differences. On failure it writes the actual image
 * and a diff (differing pixels in magenta) to {@code target/golden/<case>/}. Run with
 * {@code -Dfrontline.golden.update=true} to (re)write references after a deliberate change, then
 * look at them before committing.
 */
public final class GoldenImages {
    /** A pixel differs when one channel differs by more than this. */
    private static final int CHANNEL_TOLERANCE = 48;
    /** The share of differing pixels allowed. */
    private static final double MAX_DIFFERING = 0.004;

    private GoldenImages() {
    }

    public static void assertMatches(String caseName, BufferedImage actual) throws IOException {
        Path reference = Path.of("src/test/resources/golden", caseName, "reference.png");
        if (Boolean.getBoolean("frontline.golden.update")) {
            Files.createDirectories(reference.getParent());
            ImageIO.write(actual, "png", reference.toFile());
            return;
        }
        if (!Files.exists(reference)) {
            fail("no reference image " + reference + "; run with -Dfrontline.golden.update=true and review it");
        }
        BufferedImage expected = ImageIO.read(reference.toFile());
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            writeFailure(caseName, actual, null);
            fail(caseName + ": size " + actual.getWidth() + "x" + actual.getHeight() + " differs from the reference "
                    + expected.getWidth() + "x" + expected.getHeight());
        }
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                boolean differs = channelDelta(a, e) > CHANNEL_TOLERANCE;
                differing += differs ? 1 : 0;
                diff.setRGB(x, y, differs ? 0xFF00FF : (e & 0xFEFEFE) >> 1 | 0x808080);
            }
        }
        double share = differing / (double) (actual.getWidth() * actual.getHeight());
        if (share > MAX_DIFFERING) {
            Path dir = writeFailure(caseName, actual, diff);
            fail(String.format("%s: %.2f %% of pixels differ from the reference (allowed %.2f %%); see %s",
                    caseName, share * 100, MAX_DIFFERING * 100, dir));
        }
    }

    /** The largest difference in one channel between two images of the same size, over all their pixels. */
    public static int maxChannelDelta(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                max = Math.max(max, channelDelta(a.getRGB(x, y), b.getRGB(x, y)));
            }
        }
        return max;
    }

    /** How many pixels of two images of the same size differ at all. */
    public static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    /** The largest difference between two ARGB colours in one channel. */
    public static int channelDelta(int a, int b) {
        int max = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return max;
    }

    private static Path writeFailure(String caseName, BufferedImage actual, BufferedImage diff) throws IOException {
        Path dir = Path.of("target/golden", caseName);
        Files.createDirectories(dir);
        ImageIO.write(actual, "png", dir.resolve("actual.png").toFile());
        if (diff != null) {
            ImageIO.write(diff, "png", dir.resolve("diff.png").toFile());
        }
        return dir;
    }

    /** The colour of one pixel as 0xRRGGBB. */
    public static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }
}
