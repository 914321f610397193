package org.frontline.render;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The shipped basemap as the build leaves it beside its GeoJSON sources: already projected, coarse
 * copies and region labels made, geometries as WKB. Reading it takes a few tens of milliseconds
 * where parsing and projecting the GeoJSON takes a second or more of CPU at start-up.
 *
 * <p>The file carries a checksum of the GeoJSON it was made from (a CRC-32 of each file's CRC-32,
 * which a jar already stores for its entries); a file that does not match the
 * sources beside it (edited data, a stale build) is ignored and the GeoJSON is read instead, so the
 * compiled file can only make loading faster, never different.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic {@code FLBM}, format version, source
 * checksum, then the layers land, lakes, rivers, countries, regions (each a count, then per item:
 * name, country, rank, full WKB, coarse WKB or an empty one), then the region labels.
 *
 * <p>Usage at build time: {@code CompiledBasemap data/basemap target/classes/data/basemap/basemap.bin}.
 */
public final class CompiledBasemap {
    static final String FILE = "basemap.bin";
    private static final int MAGIC = 0x464c424d; // FLBM
    private static final int FORMAT = 2;

    private CompiledBasemap() {
    }

    /** Compiles the GeoJSON in {@code args[0]} into {@code args[1]}; does nothing when the output is current. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CompiledBasemap SOURCE_DIR OUT_FILE");
            System.exit(2);
        }
        Path sources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long checksum = checksum(name -> Files.newInputStream(sources.resolve(name)));
        if (Files.exists(out) && readChecksum(Files.newInputStream(out)) == checksum) {
            return;
        }
        Basemap basemap = Basemap.parse(name -> Files.newInputStream(sources.resolve(name)));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            write(basemap, checksum, o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens one source file by name ({@code land.geojson}...). */
    @FunctionalInterface
    interface Sources {
        InputStream open(String name) throws IOException;
    }

    /** The sources' checksum: a CRC-32 over the CRC-32 of each GeoJSON file, in their fixed order. */
    static long checksum(Sources sources) throws IOException {
        long[] each = new long[Basemap.SOURCES.size()];
        for (int i = 0; i < each.length; i++) {
            try (InputStream in = sources.open(Basemap.SOURCES.get(i))) {
                if (in == null) {
                    throw new IOException("the basemap file " + Basemap.SOURCES.get(i) + " is missing");
                }
                each[i] = crcOf(in);
            }
        }
        return combined(each);
    }

    /**
     * The checksum of the sources {@code resources} finds (by name, e.g. {@code land.geojson}): from
     * the CRC-32 a jar keeps for each entry when they are in one (nothing to inflate at start-up),
     * else from their bytes.
     */
    static long checksumOf(java.util.function.Function<String, URL> resources) throws IOException {
        long[] each = new long[Basemap.SOURCES.size()];
        for (int i = 0; i < each.length; i++) {
            URL url = resources.apply(Basemap.SOURCES.get(i));
            if (url == null) {
                throw new IOException("the basemap file " + Basemap.SOURCES.get(i) + " is missing");
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() != -1) {
                each[i] = jar.getJarEntry().getCrc();
            } else {
                try (InputStream in = connection.getInputStream()) {
                    each[i] = crcOf(in);
                }
            }
        }
        return combined(each);
    }

    private static long crcOf(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
            crc.update(buf, 0, n);
        }
        return crc.getValue();
    }

    private static long combined(long[] crcs) {
        CRC32 crc = new CRC32();
        for (long c : crcs) {
            crc.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(c).array());
        }
        return crc.getValue();
    }

    static void write(Basemap basemap, long checksum, OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        o.writeInt(MAGIC);
        o.writeInt(FORMAT);
        o.writeLong(checksum);
        WKBWriter wkb = new WKBWriter();
        for (List<Basemap.Item> layer : List.of(basemap.land(), basemap.lakes(), basemap.rivers(),
                basemap.countries(), basemap.regions())) {
            o.writeInt(layer.size());
            for (Basemap.Item i : layer) {
                writeText(o, i.name());
                writeText(o, i.country());
                o.writeInt(i.rank());
                writeBytes(o, wkb.write(i.full()));
                writeBytes(o, i.coarse() == null ? new byte[0] : wkb.write(i.coarse()));
            }
        }
        o.writeInt(basemap.regionLabels().size());
        for (Basemap.RegionLabel l : basemap.regionLabels()) {
            writeText(o, l.name());
            o.writeDouble(l.x());
            o.writeDouble(l.y());
            o.writeDouble(l.areaKm2());
            writeText(o, l.country());
        }
        o.flush();
    }

    /**
     * The basemap in {@code compiled} if it was made from exactly these sources; empty when it is
     * absent, of another format or stale. The stream is closed.
     */
    static Optional<Basemap> read(InputStream compiled, long sourceChecksum) throws IOException {
        if (compiled == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(compiled, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != sourceChecksum) {
                return Optional.empty();
            }
            WKBReader wkb = new WKBReader(new GeometryFactory());
            List<List<Basemap.Item>> layers = new ArrayList<>();
            for (int layer = 0; layer < 5; layer++) {
                int n = in.readInt();
                List<Basemap.Item> items = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    String name = readText(in);
                    String country = readText(in);
                    int rank = in.readInt();
                    Geometry full = wkb.read(readBytes(in));
                    byte[] coarse = readBytes(in);
                    items.add(new Basemap.Item(full, coarse.length == 0 ? null : wkb.read(coarse), name, country, rank));
                }
                layers.add(items);
            }
            int n = in.readInt();
            List<Basemap.RegionLabel> labels = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                labels.add(new Basemap.RegionLabel(readText(in), in.readDouble(), in.readDouble(), in.readDouble(),
                        readText(in)));
            }
            return Optional.of(new Basemap(layers.get(0), layers.get(1), layers.get(2), layers.get(3), layers.get(4),
                    labels));
        } catch (ParseException e) {
            throw new IOException("damaged compiled basemap: " + e.getMessage(), e);
        }
    }

    private static long readChecksum(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(in)) {
            return d.readInt() == MAGIC && d.readInt() == FORMAT ? d.readLong() : -1;
        } catch (java.io.EOFException e) {
            return -1;
        }
    }

    private static void writeText(DataOutputStream o, String s) throws IOException {
        o.writeBoolean(s != null);
        if (s != null) {
            o.writeUTF(s);
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeBytes(DataOutputStream o, byte[] b) throws IOException {
        o.writeInt(b.length);
        o.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }
}
