package org.frontline.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.workspace.DisplaySettings;
import org.frontline.workspace.Workspace;

/**
 * Exports a date series: one PNG frame per date and optionally an animated GIF of them. All frames
 * go through one {@link Snapshots}, so with a fixed extent the renderer's basemap layer is drawn
 * once and each frame only adds what its date changes.
 *
 * <p>Progress is reported after every frame; cancellation is checked before every frame. A
 * cancelled series throws {@link java.util.concurrent.CancellationException}: the frames written
 * so far stay (they are complete files), the GIF is not written.
 *
 * <p>Thread safety: one series per instance and thread; run it off the UI thread.
 */
public final class DateSeries {
    private final Workspace workspace;
    private final ProgressListener listener;
    private final Cancellation cancellation;
    private final DisplaySettings display;

    /** A series with the workspace's default display (every claim, default layers): the command line's. */
    public DateSeries(Workspace workspace, ProgressListener listener, Cancellation cancellation) {
        this(workspace, workspace.defaultDisplay(), listener, cancellation);
    }

    /** A series drawn with the viewer's display settings (filters, layers), so the frames show what the screen shows. */
    public DateSeries(Workspace workspace, DisplaySettings display, ProgressListener listener, Cancellation cancellation) {
        this.workspace = workspace;
        this.display = display;
        this.listener = listener == null ? ProgressListener.none() : listener;
        this.cancellation = cancellation == null ? Cancellation.none() : cancellation;
    }

    /** Exports the series with no progress reports and no way to cancel. */
    public static SeriesResult write(Workspace workspace, SeriesRequest request) {
        return new DateSeries(workspace, null, null).write(request);
    }

    public SeriesResult write(SeriesRequest request) {
        List<LocalDate> dates = SeriesDates.of(workspace, request.from(), request.to(), request.step());
        Path folder = prepareFolder(request.folder());
        if (request.gif() != null) {
            OutputFile.checkWritable(request.gif());
        }
        MemoryBudget.require(MemoryBudget.RASTERS_PER_SNAPSHOT * request.frame().rasterBytes(),
                "a " + request.frame().width() + "x" + request.frame().height() + " frame");
        long start = System.nanoTime();
        List<Path> frames = new ArrayList<>();
        Snapshots snapshots = new Snapshots(workspace, display);
        if (request.gif() == null) {
            try {
                writeFrames(snapshots, request, dates, folder, frames, null, start);
            } catch (IOException e) {
                throw new ExportException(folder + ": cannot write a frame: " + e.getMessage(), e);
            }
        } else {
            OutputFile.write(request.gif(), out -> {
                try (AnimatedGif gif = new AnimatedGif(out, request.frameMillis())) {
                    writeFrames(snapshots, request, dates, folder, frames, gif, start);
                }
            });
        }
        return new SeriesResult(frames, request.gif(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void writeFrames(Snapshots snapshots, SeriesRequest request, List<LocalDate> dates, Path folder,
                             List<Path> frames, AnimatedGif gif, long start) throws IOException {
        for (int i = 0; i < dates.size(); i++) {
            cancellation.throwIfCancelled();
            LocalDate date = dates.get(i);
            BufferedImage image = snapshots.render(request.frame().withDate(date));
            Path file = folder.resolve(SeriesRequest.frameName(i + 1, date));
            OutputFile.write(file, out -> PngPicture.write(image, out));
            if (gif != null) {
                gif.add(image);
            }
            frames.add(file);
            listener.progressed(new ExportProgress(i + 1, dates.size(), Duration.ofNanos(System.nanoTime() - start),
                    file.getFileName().toString()));
        }
    }

    /**
     * The frame folder, created when its parent exists. A folder that already holds frames is
     * refused: mixing two series' frames would make a wrong animation, and removing the user's
     * files is not ours to do.
     */
    static Path prepareFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InvalidExportException(folder + ": is a file; series frames go into a folder");
        }
        try {
            if (!Files.exists(abs)) {
                if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
                    throw new InvalidExportException(folder + ": its folder " + abs.getParent() + " does not exist; create it first");
                }
                Files.createDirectory(abs);
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(abs, "frame-[0-9][0-9][0-9][0-9]-*.png")) {
                for (Path p : old) {
                    throw new InvalidExportException(folder + ": already holds frames of an earlier series (" + p.getFileName()
                            + "); choose an empty folder or remove them");
                }
            }
        } catch (IOException e) {
            throw new ExportException(folder + ": cannot prepare the frame folder: " + e.getMessage(), e);
        }
        return abs;
    }
}
