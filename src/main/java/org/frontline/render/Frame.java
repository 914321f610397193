package org.frontline.render;

import java.awt.image.BufferedImage;

/**
 * A finished map image and the view and scene it shows. Immutable by convention: the image is
 * never drawn into after it is handed over.
 */
public record Frame(ViewState view, MapScene scene, BufferedImage image, long renderNanos) {
}
