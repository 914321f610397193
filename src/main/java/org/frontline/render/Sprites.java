package org.frontline.render;

import java.awt.Graphics2D;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small images of what a frame draws many times over (settlement labels with their halo, claim
 * symbols), so that a frame copies pixels instead of rasterising the same antialiased outlines again:
 * a full-window frame of a large store draws thousands of symbols and hundreds of haloed labels.
 *
 * <p>Each piece of {@link Art} is drawn once per quarter-pixel offset: a sprite is the art drawn at
 * the fractional part of its position (rounded to a quarter pixel), and the frame copies it to the
 * whole-pixel part. Images are drawn by exactly the code that draws on the map, so a sprite differs
 * from drawing in place only by that rounding (at most an eighth of a pixel) and by 8-bit compositing
 * rounding. Vector surfaces (SVG) are never given sprites: {@link #draw} paints in place on them.
 *
 * <p>Thread safety: thread-safe; sprites are never modified once stored. The cache keeps at most
 * {@value #BUDGET_PIXELS} pixels and starts afresh beyond that (panning and zooming make new
 * offsets and scales; the current frame's sprites are made again at once).
 */
final class Sprites {
    /** Positions are rounded to 1/STEPS of a pixel. */
    private static final int STEPS = 4;
    static final long BUDGET_PIXELS = 8_000_000;

    /** Something drawn around an anchor point; records make good keys (equal art, equal pixels). */
    interface Art {
        /** Where the art can touch, relative to its anchor, in pixels, antialiasing included (sprites are cut to it). */
        Rectangle2D bounds();

        /** Draws the art with its anchor at (x, y). */
        void paint(Graphics2D g, double x, double y);
    }

    private record Key(Art art, int qx, int qy) {
    }

    private record Sprite(BufferedImage image, int dx, int dy) {
    }

    private final ConcurrentHashMap<Key, Sprite> cache = new ConcurrentHashMap<>();
    private final AtomicLong pixels = new AtomicLong();

    /**
     * Draws {@code art} anchored at (x, y): from a sprite on images, in place on other surfaces.
     * Returns the box of pixels it may have touched.
     */
    Rectangle2D draw(Graphics2D g, Art art, double x, double y) {
        if (g.getDeviceConfiguration().getDevice().getType() != GraphicsDevice.TYPE_IMAGE_BUFFER
                || !g.getTransform().isIdentity()) {
            art.paint(g, x, y);
            Rectangle2D b = art.bounds();
            return new Rectangle2D.Double(x + b.getX(), y + b.getY(), b.getWidth(), b.getHeight());
        }
        double fx = Math.floor(x);
        double fy = Math.floor(y);
        int qx = (int) Math.round((x - fx) * STEPS);
        int qy = (int) Math.round((y - fy) * STEPS);
        Sprite s = cache.get(new Key(art, qx, qy));
        if (s == null) {
            s = make(art, qx / (double) STEPS, qy / (double) STEPS, g);
            if (pixels.addAndGet((long) s.image().getWidth() * s.image().getHeight()) > BUDGET_PIXELS) {
                cache.clear();
                pixels.set(0);
            }
            cache.put(new Key(art, qx, qy), s);
        }
        g.drawImage(s.image(), (int) fx + s.dx(), (int) fy + s.dy(), null);
        return new Rectangle((int) fx + s.dx(), (int) fy + s.dy(), s.image().getWidth(), s.image().getHeight());
    }

    /** The art drawn at (ox, oy) within its pixel, on a transparent image just large enough. */
    private static Sprite make(Art art, double ox, double oy, Graphics2D like) {
        Rectangle2D b = art.bounds();
        Rectangle r = new Rectangle2D.Double(b.getX() + ox, b.getY() + oy, b.getWidth(), b.getHeight()).getBounds();
        BufferedImage img = new BufferedImage(r.width, r.height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHints(like.getRenderingHints());
            g.translate(-r.x, -r.y);
            art.paint(g, ox, oy);
        } finally {
            g.dispose();
        }
        return new Sprite(img, r.x, r.y);
    }

    /** How many sprites are kept (for tests). */
    int size() {
        return cache.size();
    }
}
