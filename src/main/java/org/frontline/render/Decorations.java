package org.frontline.render;

/**
 * What is drawn over the map besides data.
 *
 * @param legend     draw the legend box
 * @param credits    draw the data credits line
 * @param dateLabel  draw the date and view in the corner
 * @param scaleBar   draw the scale bar
 * @param banner     a line of text at the top (e.g. "Demonstration data"), or null
 * @param scale      factor for text and symbol sizes (2 for print at double resolution)
 */
public record Decorations(boolean legend, boolean credits, boolean dateLabel, boolean scaleBar, String banner,
                          double scale) {
    public static final String CREDITS = "Data: GeoNames (geonames.org, CC BY 4.0) · Natural Earth · GSHHG (Wessel & Smith, LGPL)";

    /** What the viewer draws: date and scale bar (the legend is a panel of its own). */
    public static Decorations screen(String banner) {
        return new Decorations(false, false, true, true, banner, 1);
    }

    /** What an exported image carries: everything. */
    public static Decorations export(String banner, double scale) {
        return new Decorations(true, true, true, true, banner, scale);
    }
}
