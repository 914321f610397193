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
}
