package org.frontline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.frontline.cli.FrontlineCommand;
import org.frontline.render.Basemap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code snapshot} command, run headless in-process as a user would run it. */
class SnapshotCommandTest {
    @TempDir
    Path dir;
    private String db;
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void headless() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "tests run with java.awt.headless=true");
    }

    private int run(String... args) {
        if (db == null) {
            db = ExportFixtures.workspace(dir, Basemap.empty()).storeFile().toString();
        }
        List<String> full = new java.util.ArrayList<>(List.of(args));
        full.add(1, "--db=" + db);
        return FrontlineCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                full.toArray(String[]::new));
    }

    @Test
    void writesAPngOfTheRequestedSize() throws Exception {
        Path out = dir.resolve("map.png");
        assertEquals(0, run("snapshot", "--date", "2024-02-17", "--out", out.toString(), "--width", "640", "--height", "360",
                "--bbox", "36.8,47.6,39.0,48.9", "--view", "ru", "--scale", "1.5"), err.toString());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(360, img.getHeight());
    }

    @Test
    void svgByFileName() throws Exception {
        Path out = dir.resolve("map.svg");
        assertEquals(0, run("snapshot", "--out", out.toString(), "--width", "300", "--height", "200"), err.toString());
        assertTrue(Files.readString(out).contains("<svg"));
    }

    @Test
    void badArgumentsExitTwoWithAMessage() {
        assertUsage("west", "snapshot", "--out", dir.resolve("a.png").toString(), "--bbox", "39,47,37,49");
        assertUsage("out of range", "snapshot", "--out", dir.resolve("a.png").toString(), "--width", "9000");
        assertUsage("does not exist", "snapshot", "--out", dir.resolve("no/such/a.png").toString());
        assertUsage("independent", "snapshot", "--out", dir.resolve("a.png").toString(), "--view", "nato");
        assertUsage("png or svg", "snapshot", "--out", dir.resolve("a.png").toString(), "--format", "tiff");
        assertUsage("--date", "snapshot", "--out", dir.resolve("a.png").toString(), "--date", "17.02.2024");
        assertUsage("--from and --to", "snapshot", "--out", dir.toString(), "--from", "2024-02-01");
        assertUsage("step", "snapshot", "--out", dir.resolve("f").toString(), "--from", "2024-02-01", "--to", "2024-02-02",
                "--step", "fortnightly");
        assertFalse(Files.exists(dir.resolve("a.png")));
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void missingStoreIsAUsageError() {
        db = dir.resolve("absent.db").toString();
        assertUsage("no store", "snapshot", "--out", dir.resolve("a.png").toString());
        assertFalse(Files.exists(dir.resolve("absent.db")), "exporting never creates a store");
    }

    private void assertUsage(String expected, String... args) {
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), "exit code for " + List.of(args));
        assertTrue(err.toString().contains(expected), "message names the problem (" + expected + "): " + err);
    }

    @Test
    void weeklySeriesWritesNumberedFramesAndALoopingGif() throws Exception {
        Path frames = dir.resolve("frames");
        Path gif = dir.resolve("series.gif");
        assertEquals(0, run("snapshot", "--from", "2024-02-03", "--to", "2024-02-24", "--step", "7d", "--out",
                frames.toString(), "--gif", gif.toString(), "--width", "320", "--height", "200", "--frame-ms", "250"),
                err.toString());
        try (var files = Files.list(frames)) {
            assertEquals(List.of("frame-0001-2024-02-03.png", "frame-0002-2024-02-10.png", "frame-0003-2024-02-17.png",
                    "frame-0004-2024-02-24.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(4, gifFrames(gif));
        assertTrue(err.toString().contains("4/4 frames"), "progress on stderr: " + err);
        assertEquals(2, run("snapshot", "--from", "2024-02-03", "--to", "2024-02-24", "--out", frames.toString()),
                "a folder with frames of an earlier series is refused");
    }

    @Test
    void changeDatesGiveOneFramePerClaimDate() throws Exception {
        Path frames = dir.resolve("changes");
        assertEquals(0, run("snapshot", "--from", "2024-02-01", "--to", "2024-02-29", "--step", "changes", "--out",
                frames.toString(), "--width", "200", "--height", "120"), err.toString());
        try (var files = Files.list(frames)) {
            assertEquals(List.of("frame-0001-2024-02-10.png", "frame-0002-2024-02-17.png", "frame-0003-2024-02-24.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    static int gifFrames(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            String tree = metadataText(reader.getImageMetadata(0));
            assertTrue(tree.contains("NETSCAPE"), "looping extension present");
            assertTrue(tree.contains("delayTime=\"25\""), "frame delay in 1/100 s: " + tree);
            return reader.getNumImages(true);
        }
    }

    private static String metadataText(javax.imageio.metadata.IIOMetadata meta) {
        StringBuilder sb = new StringBuilder();
        append(sb, meta.getAsTree("javax_imageio_gif_image_1.0"));
        return sb.toString();
    }

    private static void append(StringBuilder sb, org.w3c.dom.Node n) {
        sb.append('<').append(n.getNodeName());
        var attrs = n.getAttributes();
        for (int i = 0; attrs != null && i < attrs.getLength(); i++) {
            sb.append(' ').append(attrs.item(i).getNodeName()).append("=\"").append(attrs.item(i).getNodeValue()).append('"');
        }
        sb.append('>');
        for (var c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            append(sb, c);
        }
    }
}
