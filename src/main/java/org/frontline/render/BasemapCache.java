package org.frontline.render;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Remembers the last basemap image and the view it was drawn for, so that frames that differ only
 * in date, claims or areas (every slider step) skip the basemap's vertices.
 *
 * <p>Thread safety: thread-safe; the entry is swapped atomically and images are never modified
 * after they are stored. Two threads may both draw the same image once; that is harmless.
 */
final class BasemapCache {
    private record Key(Basemap basemap, double cx, double cy, double scale, int w, int h, double textScale, boolean overSea) {
    }

    private record Entry(Key key, BufferedImage image) {
    }

    private final AtomicReference<Entry> last = new AtomicReference<>();

    BufferedImage image(Basemap basemap, ViewState v, double textScale, boolean overSea, Supplier<BufferedImage> draw) {
        Key key = new Key(basemap, v.centerX(), v.centerY(), v.metresPerPixel(), v.width(), v.height(), textScale, overSea);
        Entry e = last.get();
        if (e != null && e.key().equals(key)) {
            return e.image();
        }
        BufferedImage img = draw.get();
        last.set(new Entry(key, img));
        return img;
    }
}
