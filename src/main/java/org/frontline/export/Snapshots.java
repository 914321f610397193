package org.frontline.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.frontline.render.Decorations;
import org.frontline.render.MapRenderer;
import org.frontline.render.MapScene;
import org.frontline.render.ViewState;
import org.frontline.workspace.DisplaySettings;
import org.frontline.workspace.Workspace;

/**
 * Draws and writes snapshots of a workspace: the viewer's scene ({@link Workspace#sceneFor}) with
 * the export decorations (legend, date, scale bar, credits, and the demonstration banner when the
 * store holds demo articles), rendered by the one {@link MapRenderer}. One instance keeps its
 * renderer, so frames of a series with the same extent reuse the cached basemap layer and differ
 * only in date.
 *
 * <p>Typical use: {@code Snapshots.write(workspace, SnapshotRequest.of(date, ClaimView.ALL, null,
 * 1600, 1000, 1, ImageFormat.PNG), path)}.
 *
 * <p>Thread safety: safe for use by one thread at a time (the viewer's export task, or the command
 * line). The renderer itself is thread-safe; the banner is read once, at construction.
 */
public final class Snapshots {
    private final Workspace workspace;
    private final MapRenderer renderer = new MapRenderer();
    private final String banner;
    private final DisplaySettings display;

    /** Snapshots with the workspace's default display: every claim, default layers. */
    public Snapshots(Workspace workspace) {
        this(workspace, workspace.defaultDisplay());
    }

    /** Snapshots with the viewer's display settings (filters, layers, selection): what one sees is what one exports. */
    public Snapshots(Workspace workspace, DisplaySettings display) {
        this.workspace = workspace;
        this.display = display;
        this.banner = workspace.banner();
    }

    /** Draws and writes one snapshot to {@code target} (PNG or SVG as the request says). */
    public static void write(Workspace workspace, SnapshotRequest request, Path target) {
        new Snapshots(workspace).write(request, target);
    }

    /** The view state the request gives in this workspace (its home extent when the request names none). */
    public ViewState viewFor(SnapshotRequest request) {
        return request.viewState(workspace.homeExtent());
    }

    /** The scene an export draws for a view: the viewer's scene with export decorations. */
    public MapScene sceneFor(ViewState view, SnapshotRequest request) {
        return workspace.sceneFor(view, display).withDecorations(Decorations.export(banner, request.scale()));
    }

    /** Renders the request into an image, after checking that the heap can hold it. */
    public BufferedImage render(SnapshotRequest request) {
        MemoryBudget.require(MemoryBudget.RASTERS_PER_SNAPSHOT * request.rasterBytes(),
                "a " + request.width() + "x" + request.height() + " image");
        ViewState view = viewFor(request);
        try {
            return renderer.render(sceneFor(view, request), view);
        } catch (OutOfMemoryError e) {
            throw new InvalidExportException("a " + request.width() + "x" + request.height()
                    + " image does not fit in memory; choose a smaller size, use SVG, or give Java more memory (-Xmx)");
        }
    }

    /** Writes the request to {@code target}, atomically. */
    public void write(SnapshotRequest request, Path target) {
        OutputFile.checkWritable(target);
        if (request.format() == ImageFormat.SVG) {
            ViewState view = viewFor(request);
            String svg = SvgPicture.of(renderer, sceneFor(view, request), view);
            OutputFile.write(target, out -> out.write(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } else {
            BufferedImage image = render(request);
            OutputFile.write(target, out -> PngPicture.write(image, out));
        }
    }
}
