package org.frontline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frontline.cli.FrontlineCommand;
import org.frontline.render.Basemap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export writes the path the user chose and nothing else: a {@code ..} path lands where it
 * resolves, a symbolic link at the target is replaced rather than followed, and a failed export
 * leaves no temporary file and the previous file as it was.
 */
class ExportPathsTest {
    @TempDir
    Path dir;

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private int run(String... args) {
        String db = ExportFixtures.workspace(dir.resolve("ws"), Basemap.empty()).storeFile().toString();
        String[] full = new String[args.length + 1];
        full[0] = args[0];
        full[1] = "--db=" + db;
        System.arraycopy(args, 1, full, 2, args.length - 1);
        return FrontlineCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), full);
    }

    @Test
    void aDotDotPathLandsWhereItResolvesAndNothingElseIsCreated() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/sub"));
        Set<String> before = names(dir.resolve("out"));
        assertEquals(0, run("snapshot", "--out", out.resolve("../map.png").toString(), "--width", "200", "--height", "120"));
        assertTrue(Files.size(dir.resolve("out/map.png")) > 0);
        Set<String> after = names(dir.resolve("out"));
        after.removeAll(before);
        assertEquals(Set.of("map.png"), after, "only the chosen file is new");
        assertEquals(Set.of(), names(out), "nothing was written into the folder the path passed through");
    }

    @Test
    void aSymbolicLinkAtTheTargetIsReplacedNotFollowed() throws Exception {
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("precious.txt"),
                "do not overwrite");
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Path link = Files.createSymbolicLink(folder.resolve("map.png"), outside);
        assertEquals(0, run("snapshot", "--out", link.toString(), "--width", "200", "--height", "120"));
        assertEquals("do not overwrite", Files.readString(outside), "the export followed the link");
        assertFalse(Files.isSymbolicLink(link));
        assertTrue(Files.size(link) > 0);
        assertEquals(Set.of("map.png"), names(folder));
    }

    @Test
    void aFailedExportLeavesNoTemporaryFileAndThePreviousFileAsItWas() throws Exception {
        Path target = Files.writeString(dir.resolve("claims.geojson"), "previous export");
        ExportException e = assertThrows(ExportException.class, () -> OutputFile.write(target, out -> {
            out.write("{\"type\":\"FeatureCollection\",".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        }));
        assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("previous export", Files.readString(target));
        assertEquals(Set.of("claims.geojson"), names(dir));
    }

    @Test
    void anExportIntoAMissingFolderCreatesNothing() throws Exception {
        Path target = dir.resolve("no such folder/map.png");
        InvalidExportException e = assertThrows(InvalidExportException.class, () -> OutputFile.checkWritable(target));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(target.getParent()));
    }
}
