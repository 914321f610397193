package org.frontline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateSeriesTest {
    @TempDir
    Path dir;

    private SeriesRequest daily(Path frames, Path gif) {
        SnapshotRequest frame = SnapshotRequest.of(null, ClaimView.ALL, null, 160, 100, 1, ImageFormat.PNG);
        return new SeriesRequest(ExportFixtures.D1, ExportFixtures.D3, SeriesStep.DAILY, frame, frames, gif, 100);
    }

    @Test
    void cancellingAfterTwoFramesKeepsThemAndWritesNoGif() throws Exception {
        Workspace w = ExportFixtures.workspace(dir, Basemap.empty());
        Cancellation cancel = new Cancellation();
        List<ExportProgress> seen = new ArrayList<>();
        Path frames = dir.resolve("frames");
        Path gif = dir.resolve("series.gif");
        DateSeries series = new DateSeries(w, p -> {
            seen.add(p);
            if (p.done() == 2) {
                cancel.cancel();
            }
        }, cancel);
        assertThrows(CancellationException.class, () -> series.write(daily(frames, gif)));
        assertEquals(2, seen.size());
        assertEquals(15, seen.get(0).total(), "10 to 24 February, daily");
        try (var files = Files.list(frames)) {
            assertEquals(2, files.count(), "two complete frames, no partial file");
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("series.gif")), "no GIF, no temporary GIF");
        }
    }

    @Test
    void progressCountsEveryFrame() {
        Workspace w = ExportFixtures.workspace(dir, Basemap.empty());
        List<Integer> done = new ArrayList<>();
        SeriesResult r = new DateSeries(w, p -> done.add(p.done()), null).write(daily(dir.resolve("f"), null));
        assertEquals(15, r.frames().size());
        assertEquals(15, done.size());
        assertEquals(15, done.get(14));
    }

    @Test
    void stepsParse() {
        assertEquals(SeriesStep.WEEKLY, SeriesStep.parse("7d"));
        assertEquals(SeriesStep.everyDays(14), SeriesStep.parse("2w"));
        assertEquals(SeriesStep.CHANGES, SeriesStep.parse("changes"));
        assertThrows(InvalidExportException.class, () -> SeriesStep.parse("0d"));
        assertThrows(InvalidExportException.class, () -> SeriesStep.parse("weekly"));
    }

    @Test
    void gifFramesKeepTheMapsColoursExactlyAndShareOnePalette() throws Exception {
        Workspace w = ExportFixtures.workspace(dir, Basemap.loadDefault());
        SnapshotRequest frame = SnapshotRequest.of(null, ClaimView.ALL, null, 480, 300, 1, ImageFormat.PNG);
        Path gif = dir.resolve("series.gif");
        SeriesResult r = DateSeries.write(w, new SeriesRequest(ExportFixtures.D1, ExportFixtures.D3, SeriesStep.WEEKLY,
                frame, dir.resolve("frames"), gif, 200));
        javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(r.frames().size(), reader.getNumImages(true));
            java.awt.image.IndexColorModel firstPalette = null;
            for (int i = 0; i < r.frames().size(); i++) {
                java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(r.frames().get(i).toFile());
                java.awt.image.BufferedImage decoded = reader.read(i);
                int same = 0;
                long error = 0;
                for (int y = 0; y < png.getHeight(); y++) {
                    for (int x = 0; x < png.getWidth(); x++) {
                        int a = png.getRGB(x, y);
                        int b = decoded.getRGB(x, y);
                        same += (a & 0xFFFFFF) == (b & 0xFFFFFF) ? 1 : 0;
                        error += Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                                + Math.abs((a & 0xFF) - (b & 0xFF));
                    }
                }
                int pixels = png.getWidth() * png.getHeight();
                double share = same / (double) pixels;
                double meanError = error / (3.0 * pixels);
                System.out.printf(java.util.Locale.ROOT, "GIF frame %d: %.1f %% exact, mean error %.2f per channel%n", i,
                        share * 100, meanError);
                org.junit.jupiter.api.Assertions.assertTrue(share > 0.75,
                        "frame " + i + ": " + Math.round(share * 100) + " % of the pixels keep their exact colour");
                org.junit.jupiter.api.Assertions.assertTrue(meanError < 3,
                        "frame " + i + ": mean error " + meanError + " per channel (0-255)");
                var palette = (java.awt.image.IndexColorModel) reader.getRawImageType(i).getColorModel();
                if (firstPalette == null) {
                    firstPalette = palette;
                } else {
                    for (int k = 0; k < 256; k++) {
                        assertEquals(firstPalette.getRGB(k), palette.getRGB(k), "palette entry " + k + " of frame " + i);
                    }
                }
            }
        } finally {
            reader.dispose();
        }
    }
}
