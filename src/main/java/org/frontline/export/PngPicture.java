package org.frontline.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * Encodes rendered maps as PNG. A map is opaque (the renderer fills the sea first), so it is written
 * as 8-bit RGB through a view that shares the renderer's pixels: no copy of a large image is made
 * and the file carries no useless alpha channel.
 *
 * <p>Thread safety: stateless.
 */
final class PngPicture {
    private PngPicture() {
    }

    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(opaqueView(image), "png", out)) {
            throw new IOException("no PNG encoder available");
        }
    }

    /**
     * The image as RGB without alpha, sharing its pixel array when it is an integer ARGB image
     * (premultiplied or not: with alpha 255 both are the same colours); otherwise a converted copy.
     */
    static BufferedImage opaqueView(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        if ((type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_ARGB_PRE)
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == image.getWidth()) {
            int[] masks = {0xFF0000, 0xFF00, 0xFF};
            DataBufferInt data = (DataBufferInt) image.getRaster().getDataBuffer();
            WritableRaster rgb = Raster.createPackedRaster(data, image.getWidth(), image.getHeight(), image.getWidth(),
                    masks, null);
            return new BufferedImage(new DirectColorModel(24, masks[0], masks[1], masks[2]), rgb, false, null);
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }
}
