package org.frontline.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A 256-colour palette for the frames of one animation, and the mapping of frames onto it. The
 * palette holds the {@value #EXACT} most frequent colours of the first frame (a map's fills, lines
 * and text: they stay exact) and a uniform 4×4×4 colour cube for the rest (anti-aliased edges,
 * colours that appear later); a colour not in the palette takes its nearest entry, without dithering,
 * so flat areas stay flat.
 *
 * <p>Thread safety: not thread-safe (it caches colour lookups); one per animation.
 */
final class GifPalette {
    static final int EXACT = 192;
    private static final int[] LEVELS = {0, 85, 170, 255};

    private final int[] rgb;
    private final IndexColorModel model;
    private final Map<Integer, Byte> lookup = new HashMap<>();

    private GifPalette(int[] rgb) {
        this.rgb = rgb;
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
            lookup.putIfAbsent(rgb[i] & 0xFFFFFF, (byte) i);
        }
        this.model = new IndexColorModel(8, 256, r, g, b);
    }

    /** The palette of an animation whose first frame is {@code first}. */
    static GifPalette of(BufferedImage first) {
        Map<Integer, int[]> counts = new HashMap<>();
        int step = first.getWidth() * first.getHeight() > 4_000_000 ? 2 : 1; // a sample is enough for big frames
        for (int y = 0; y < first.getHeight(); y += step) {
            for (int x = 0; x < first.getWidth(); x += step) {
                counts.computeIfAbsent(first.getRGB(x, y) & 0xFFFFFF, k -> new int[1])[0]++;
            }
        }
        List<Map.Entry<Integer, int[]>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        int[] rgb = new int[256];
        int n = 0;
        for (int i = 0; i < Math.min(EXACT, byCount.size()); i++) {
            rgb[n++] = byCount.get(i).getKey();
        }
        for (int r : LEVELS) {
            for (int g : LEVELS) {
                for (int b : LEVELS) {
                    rgb[n++] = r << 16 | g << 8 | b;
                }
            }
        }
        while (n < 256) {
            rgb[n] = rgb[n - 1]; // fewer than EXACT colours in the first frame: repeat the last entry
            n++;
        }
        return new GifPalette(rgb);
    }

    /** {@code frame} as an indexed image on this palette (opaque: alpha is ignored). */
    BufferedImage index(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        int last = -1;
        byte lastIndex = 0;
        for (int y = 0; y < h; y++) {
            frame.getRGB(0, y, w, 1, row, 0, w);
            int base = y * w;
            for (int x = 0; x < w; x++) {
                int c = row[x] & 0xFFFFFF;
                if (c != last) {
                    last = c;
                    lastIndex = indexOf(c);
                }
                pixels[base + x] = lastIndex;
            }
        }
        return out;
    }

    private byte indexOf(int c) {
        Byte known = lookup.get(c);
        if (known != null) {
            return known;
        }
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < 256; i++) {
            int dr = (c >> 16 & 0xFF) - (rgb[i] >> 16 & 0xFF);
            int dg = (c >> 8 & 0xFF) - (rgb[i] >> 8 & 0xFF);
            int db = (c & 0xFF) - (rgb[i] & 0xFF);
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db; // weighted: the eye sees green best
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        byte index = (byte) best;
        lookup.put(c, index);
        return index;
    }
}
