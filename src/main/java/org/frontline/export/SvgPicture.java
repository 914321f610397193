package org.frontline.export;

import org.frontline.render.MapRenderer;
import org.frontline.render.MapScene;
import org.frontline.render.ViewState;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a scene as an SVG document with JFreeSVG. The renderer paints the same layers as for a
 * PNG, but sees a vector surface and draws the basemap as vectors instead of its cached raster, so
 * the file scales for print and opens in Inkscape or Illustrator for annotation.
 *
 * <p>Thread safety: stateless; each call uses its own SVG surface.
 */
final class SvgPicture {
    private SvgPicture() {
    }

    static String of(MapRenderer renderer, MapScene scene, ViewState view) {
        SVGGraphics2D g = new SVGGraphics2D(view.width(), view.height());
        try {
            renderer.paint(g, scene, view);
        } finally {
            g.dispose();
        }
        return g.getSVGDocument();
    }
}
