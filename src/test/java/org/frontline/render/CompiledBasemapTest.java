package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's compiled basemap must load exactly what the GeoJSON gives, and never a stale copy. */
class CompiledBasemapTest {
    private static final CompiledBasemap.Sources SHIPPED = name -> Basemap.class.getResourceAsStream("/data/basemap/" + name);
    private static Basemap parsed;
    private static long checksum;

    @BeforeAll
    static void parseTheGeoJson() throws IOException {
        parsed = Basemap.parse(SHIPPED);
        checksum = CompiledBasemap.checksum(SHIPPED);
    }

    @Test
    void aCompiledCopyReadsBackAsTheParsedBasemap() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledBasemap.write(parsed, checksum, out);
        Basemap read = CompiledBasemap.read(new ByteArrayInputStream(out.toByteArray()), checksum).orElseThrow();
        assertSame(parsed, read);
    }

    @Test
    void theBuildLeftACurrentCompiledCopyAndLoadDefaultGivesTheSameMap() throws IOException {
        InputStream compiled = SHIPPED.open(CompiledBasemap.FILE);
        assertNotNull(compiled, "the build's compile-basemap step did not run (no basemap.bin on the class path)");
        assertTrue(CompiledBasemap.read(compiled, checksum).isPresent(), "basemap.bin is stale: it was not made from these GeoJSON files");
        assertSame(parsed, Basemap.loadDefault());
    }

    @Test
    void theChecksumFromAJarsStoredCrcsEqualsTheOneMadeFromTheFilesBytes(@TempDir Path dir) throws IOException {
        assertEquals(checksum, CompiledBasemap.checksumOf(name -> Basemap.class.getResource("/data/basemap/" + name)),
                "files on the class path (a class folder)");
        Path jar = dir.resolve("basemap.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : Basemap.SOURCES) {
                out.putNextEntry(new JarEntry("data/basemap/" + name));
                try (InputStream in = SHIPPED.open(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(checksum, CompiledBasemap.checksumOf(name -> loader.getResource("data/basemap/" + name)),
                    "entries of a jar (their stored CRC-32)");
        }
    }

    @Test
    void aCopyMadeFromOtherSourcesIsIgnored() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledBasemap.write(parsed, checksum + 1, out);
        assertEquals(Optional.empty(), CompiledBasemap.read(new ByteArrayInputStream(out.toByteArray()), checksum));
        assertEquals(Optional.empty(), CompiledBasemap.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}), checksum));
    }

    private static void assertSame(Basemap expected, Basemap actual) {
        assertItems(expected.land(), actual.land());
        assertItems(expected.lakes(), actual.lakes());
        assertItems(expected.rivers(), actual.rivers());
        assertItems(expected.countries(), actual.countries());
        assertItems(expected.regions(), actual.regions());
        assertEquals(expected.regionLabels(), actual.regionLabels());
        assertEquals(expected.extent(), actual.extent());
    }

    private static void assertItems(List<Basemap.Item> expected, List<Basemap.Item> actual) {
        assertEquals(expected.size(), actual.size());
        assertTrue(!expected.isEmpty());
        for (int i = 0; i < expected.size(); i++) {
            Basemap.Item e = expected.get(i);
            Basemap.Item a = actual.get(i);
            assertEquals(e.name(), a.name());
            assertEquals(e.country(), a.country());
            assertEquals(e.rank(), a.rank());
            assertTrue(e.full().equalsExact(a.full()), "full geometry of item " + i + " (" + e.name() + ")");
            assertEquals(e.coarse() == null, a.coarse() == null);
            if (e.coarse() != null) {
                assertTrue(e.coarse().equalsExact(a.coarse()), "coarse geometry of item " + i + " (" + e.name() + ")");
            }
        }
    }
}
