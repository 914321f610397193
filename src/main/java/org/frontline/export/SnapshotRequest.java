package org.frontline.export;

import java.time.LocalDate;
import java.util.Objects;
import org.frontline.render.ClaimView;
import org.frontline.render.ViewState;
import org.locationtech.jts.geom.Envelope;

/**
 * What one snapshot shows and how large: the date and claimant view, the map extent (a lon/lat
 * box, the viewer's current view, or by default Ukraine), the size in pixels, the print factor for
 * text and symbols, and the format. Immutable; the constructor refuses sizes out of range.
 *
 * @param date       the map date; null draws the "no dated claims" state
 * @param view       whose claims the areas follow
 * @param box        extent to fit, or null for the viewer view or, failing that, the home extent
 * @param viewerView the viewer's view to reproduce (centre and extent), or null
 * @param width      image width in pixels, 1..{@value #MAX_SIDE}
 * @param height     image height in pixels, 1..{@value #MAX_SIDE}
 * @param scale      factor for text, symbols and lines: 1 on screen, 2 or more for print
 * @param format     PNG or SVG
 */
public record SnapshotRequest(LocalDate date, ClaimView view, LonLatBox box, ViewState viewerView, int width,
                              int height, double scale, ImageFormat format) {
    /** The largest side in pixels: 8000 is poster size at 300 dpi for 68 cm. */
    public static final int MAX_SIDE = 8000;
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 8;

    public SnapshotRequest {
        view = view == null ? ClaimView.ALL : view;
        Objects.requireNonNull(format, "format");
        if (width < 1 || width > MAX_SIDE || height < 1 || height > MAX_SIDE) {
            throw new InvalidExportException("image size " + width + "x" + height + " is out of range; each side must be 1 to "
                    + MAX_SIDE + " pixels");
        }
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new InvalidExportException("scale " + scale + " is out of range " + MIN_SCALE + " to " + MAX_SCALE);
        }
        if (box != null && viewerView != null) {
            throw new InvalidExportException("give a bounding box or the viewer's view, not both");
        }
    }

    /** A snapshot of {@code box} (null: Ukraine) at the given size. */
    public static SnapshotRequest of(LocalDate date, ClaimView view, LonLatBox box, int width, int height, double scale,
                                     ImageFormat format) {
        return new SnapshotRequest(date, view, box, null, width, height, scale, format);
    }

    /**
     * The viewer's picture enlarged by {@code factor}: the same map extent, date and claimant view at
     * {@code factor} times the pixels, with text and symbols {@code factor} times larger, so that
     * the export looks like the screen at print resolution.
     */
    public static SnapshotRequest ofViewerView(ViewState viewerView, double factor, ImageFormat format) {
        if (!(factor >= MIN_SCALE && factor <= MAX_SCALE)) {
            throw new InvalidExportException("scale " + factor + " is out of range " + MIN_SCALE + " to " + MAX_SCALE);
        }
        return new SnapshotRequest(viewerView.date(), viewerView.view(), null, viewerView,
                (int) Math.round(viewerView.width() * factor), (int) Math.round(viewerView.height() * factor), factor,
                format);
    }

    public SnapshotRequest withDate(LocalDate newDate) {
        ViewState v = viewerView == null ? null : viewerView.withDate(newDate);
        return new SnapshotRequest(newDate, view, box, v, width, height, scale, format);
    }

    public SnapshotRequest withFormat(ImageFormat newFormat) {
        return new SnapshotRequest(date, view, box, viewerView, width, height, scale, newFormat);
    }

    /** The view state to render: the box or home extent fitted into the size, or the viewer's view enlarged. */
    public ViewState viewState(Envelope homeExtent) {
        if (viewerView != null) {
            double mpp = viewerView.metresPerPixel() * viewerView.width() / width;
            return new ViewState(viewerView.centerX(), viewerView.centerY(), mpp, width, height, date, view);
        }
        Envelope extent = box != null ? box.projected()
                : homeExtent == null || homeExtent.isNull() ? LonLatBox.UKRAINE_REGION.projected() : homeExtent;
        return ViewState.fitting(extent, width, height, date, view);
    }

    /** Bytes a raster of this size takes in memory (4 bytes per ARGB pixel). */
    public long rasterBytes() {
        return 4L * width * height;
    }
}
