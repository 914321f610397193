package org.frontline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.frontline.export.Cancellation;
import org.frontline.export.DateSeries;
import org.frontline.export.ImageFormat;
import org.frontline.export.InvalidExportException;
import org.frontline.export.LonLatBox;
import org.frontline.export.SeriesRequest;
import org.frontline.export.SeriesResult;
import org.frontline.export.SeriesStep;
import org.frontline.export.SnapshotRequest;
import org.frontline.export.Snapshots;
import org.frontline.render.ClaimView;
import org.frontline.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snapshot}: draws the map as the viewer would, with legend, date, scale bar and credits,
 * without a display. One date gives one PNG or SVG; {@code --from}/{@code --to} give a series of
 * numbered PNG frames in a folder and, with {@code --gif}, an animated GIF.
 */
@Command(name = "snapshot", description = {"Draw the map at a date into a PNG or SVG file, or a date series into"
        + " numbered PNG frames and an animated GIF.",
    "  frontline snapshot --date 2024-02-17 --out avdiivka.png --bbox 37.3,47.9,38.1,48.4",
    "  frontline snapshot --from 2024-01-01 --to 2024-03-31 --step 7d --out frames/ --gif q1.gif"})
public final class SnapshotCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Map date (default: the latest claim date).")
    LocalDate date;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date of a series.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date of a series.")
    LocalDate to;

    @Option(names = "--step", paramLabel = "STEP", defaultValue = "7d",
            description = "Series step: Nd (1d, 7d, ...), Nw, or 'changes' for each claim date (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The image file; for a series, the folder of the frames (created if its parent exists).")
    Path out;

    @Option(names = "--gif", paramLabel = "FILE.gif", description = "Also write the series as a looping animated GIF.")
    Path gif;

    @Option(names = "--frame-ms", paramLabel = "MS", defaultValue = "500", description = "GIF frame delay (default: ${DEFAULT-VALUE}).")
    int frameMillis;

    @Option(names = "--width", defaultValue = "1600", description = "Width in pixels, up to 8000 (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Height in pixels, up to 8000 (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Extent in degrees (default: Ukraine).")
    String bbox;

    @Option(names = "--view", defaultValue = "all", description = "all, ru, ua or independent (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--scale", defaultValue = "1", description = "Text and symbol size factor for print, 0.5 to 8 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--format", paramLabel = "png|svg", description = "Image format (default: from the file name, else png).")
    String format;

    @Override
    public Integer call() {
        try {
            Workspace workspace = ExportWorkspaces.open(store);
            if (from != null || to != null) {
                return series(workspace);
            }
            SnapshotRequest request = frame(workspace, date != null ? date : latestDate(workspace), imageFormat());
            Snapshots.write(workspace, request, out);
            spec.commandLine().getErr().println("wrote " + out);
            return FrontlineCommand.OK;
        } catch (InvalidExportException e) {
            spec.commandLine().getErr().println("frontline snapshot: " + e.getMessage());
            return FrontlineCommand.USAGE;
        }
    }

    private int series(Workspace workspace) {
        if (from == null || to == null || date != null) {
            throw new InvalidExportException("a series needs both --from and --to, and no --date");
        }
        SeriesRequest request = new SeriesRequest(from, to, SeriesStep.parse(step), frame(workspace, from, ImageFormat.PNG),
                out, gif, frameMillis);
        SeriesResult result = new DateSeries(workspace, new ConsoleProgress(spec.commandLine().getErr(), "frames"),
                Cancellation.none()).write(request);
        spec.commandLine().getErr().printf("wrote %d frames to %s%s (%.1f frames/s)%n", result.frames().size(), out,
                gif == null ? "" : " and " + gif, result.framesPerSecond());
        return FrontlineCommand.OK;
    }

    private SnapshotRequest frame(Workspace workspace, LocalDate at, ImageFormat imageFormat) {
        ClaimView claimView;
        try {
            claimView = ClaimView.parse(view);
        } catch (IllegalArgumentException e) {
            throw new InvalidExportException("--view '" + view + "' is not one of all, ru, ua, independent");
        }
        LonLatBox box = bbox == null ? null : LonLatBox.parse(bbox);
        return SnapshotRequest.of(at, claimView, box, width, height, scale, imageFormat);
    }

    private ImageFormat imageFormat() {
        if (format != null) {
            return ImageFormat.parse(format);
        }
        return out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg") ? ImageFormat.SVG : ImageFormat.PNG;
    }

    private static LocalDate latestDate(Workspace workspace) {
        return workspace.dateRange().map(r -> r[1]).orElse(null);
    }
}
