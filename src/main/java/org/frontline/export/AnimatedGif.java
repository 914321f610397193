package org.frontline.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's GIF encoder, looping forever (the
 * NETSCAPE2.0 application extension that browsers and slide software honour). Frames are encoded
 * as they come, so a long series never holds more than one frame in memory.
 *
 * <p>All frames share one palette, made from the first frame (see {@link GifPalette}): a map is
 * mostly flat colours, which keep their exact values, and the same colour never flickers between
 * frames. Handing the encoder indexed frames also spares it building a palette per frame, its
 * slowest step.
 *
 * <p>Thread safety: not thread-safe; one export thread writes it and closes it.
 */
final class AnimatedGif implements AutoCloseable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageOutputStream stream;
    private final ImageWriter writer;
    private final int delayCentiseconds;
    private boolean first = true;
    private GifPalette palette;

    /** Starts a GIF on {@code out} (not closed by this class) with {@code delayMillis} per frame. */
    AnimatedGif(OutputStream out, int delayMillis) throws IOException {
        this.stream = ImageIO.createImageOutputStream(out);
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.delayCentiseconds = Math.max(1, Math.round(delayMillis / 10f));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    void add(BufferedImage frame) throws IOException {
        if (palette == null) {
            palette = GifPalette.of(frame);
        }
        BufferedImage indexed = palette.index(frame);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(indexed), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        localColourTable(root, (java.awt.image.IndexColorModel) indexed.getColorModel());
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            child(root, "ApplicationExtensions").appendChild(app);
            first = false;
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(indexed, null, meta), param);
    }

    /**
     * Writes the frame's palette as its local colour table: given indexed frames, the JDK encoder
     * would otherwise pair our indices with its default global table.
     */
    private static void localColourTable(IIOMetadataNode root, java.awt.image.IndexColorModel model) {
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getLength() > 0) {
            table.removeChild(table.item(0));
        }
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(model.getMapSize()));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < model.getMapSize(); i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(model.getRed(i)));
            entry.setAttribute("green", Integer.toString(model.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(model.getBlue(i)));
            table.appendChild(entry);
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** Ends the sequence (writes the GIF trailer) and flushes. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }
}
