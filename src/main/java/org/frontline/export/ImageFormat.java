package org.frontline.export;

import java.util.Locale;

/** The picture formats of a snapshot: a PNG raster, or an SVG vector drawing of the same scene. */
public enum ImageFormat {
    PNG, SVG;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImageFormat parse(String text) {
        for (ImageFormat f : values()) {
            if (f.extension().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new InvalidExportException("'" + text + "' is not an image format; choose png or svg");
    }
}
