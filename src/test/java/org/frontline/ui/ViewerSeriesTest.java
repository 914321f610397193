package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.frontline.render.Frame;
import org.frontline.testing.GoldenImages;
import org.frontline.testing.ViewerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export date series…: frames and GIF from the viewer, with progress, and Cancel. */
class ViewerSeriesTest extends ViewerTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        open(ViewerFixtures.store(dir.resolve("series.db")));
    }

    private void fill(LocalDate from, LocalDate to, Path folder) {
        interact(() -> {
            lookup("#series-from").queryAs(DatePicker.class).setValue(from);
            lookup("#series-to").queryAs(DatePicker.class).setValue(to);
            lookup("#series-folder").queryAs(TextField.class).setText(folder.toString());
        });
    }

    private String message() {
        return lookup("#series-message").queryAs(Label.class).getText();
    }

    private static List<Path> frames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith("frame-")).sorted().toList();
        }
    }

    @Test
    void writesOneFramePerClaimDateAsOnScreenAndALoopingGif() throws Exception {
        Frame onScreen = settledFrame();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitFor(() -> lookup("#series-start").tryQuery().isPresent());
        LocalDate from = LocalDate.of(2024, 1, 1);
        Path folder = dir.resolve("frames");
        fill(from, ViewerFixtures.LAST, folder);
        choose("#series-step", "At each claim date");
        clickOn("#series-start");
        waitFor(() -> message().startsWith("Wrote"));

        List<LocalDate> claimDates = app.session().catalogProperty().get().claimDates().stream()
                .filter(d -> !d.isBefore(from) && !d.isAfter(ViewerFixtures.LAST)).toList();
        List<Path> frames = frames(folder);
        assertTrue(claimDates.size() >= 2, "the fixture has several claim dates in the range: " + claimDates);
        assertEquals(claimDates.size(), frames.size(), "one frame per claim date: " + frames);
        for (int i = 0; i < frames.size(); i++) {
            assertTrue(frames.get(i).getFileName().toString().endsWith(claimDates.get(i) + ".png"), frames.get(i).toString());
        }
        BufferedImage first = ImageIO.read(frames.get(0).toFile());
        BufferedImage last = ImageIO.read(frames.get(frames.size() - 1).toFile());
        assertEquals(onScreen.view().width(), first.getWidth(), "frames have the window's size");
        assertEquals(onScreen.view().height(), first.getHeight());
        assertTrue(GoldenImages.differingPixels(first, last) > 100, "the map changes between the first and the last claim date");

        Path gif = folder.resolve("series-" + from + "-to-" + ViewerFixtures.LAST + ".gif");
        assertTrue(Files.isRegularFile(gif), "the GIF is written: " + gif);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(frames.size(), reader.getNumImages(true), "one GIF frame per PNG frame");
            reader.dispose();
        }
        assertTrue(lookup("#status-notice").queryAs(Label.class).getText().startsWith("Wrote"),
                "the main window's status line tells where the series went");
    }

    @Test
    void cancelStopsBetweenFramesKeepsThoseWrittenAndWritesNoGif() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitFor(() -> lookup("#series-start").tryQuery().isPresent());
        Path folder = dir.resolve("long");
        fill(ViewerFixtures.FIRST, ViewerFixtures.LAST, folder);
        choose("#series-step", "Every day");
        clickOn("#series-start");
        waitFor(() -> frames(folder).size() >= 2);
        assertTrue(app.seriesDialog().isRunning(), "still running after two frames");
        clickOn("#series-cancel");
        waitFor(() -> message().startsWith("Cancelled"));
        long days = ViewerFixtures.LAST.toEpochDay() - ViewerFixtures.FIRST.toEpochDay() + 1;
        int written = frames(folder).size();
        assertTrue(written >= 2 && written < days, written + " of " + days + " frames written");
        assertTrue(message().contains(written + " of " + days), message());
        try (Stream<Path> s = Files.list(folder)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".gif")), "a cancelled series writes no GIF");
        }
        assertFalse(app.seriesDialog().isRunning());
        clickOn("#day-back");
        assertEquals(ViewerFixtures.LAST.minusDays(1), settledFrame().view().date(), "the viewer still answers");
    }

}
