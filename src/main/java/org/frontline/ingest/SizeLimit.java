package org.frontline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The largest file (or corpus row) the ingester reads, so that a stray video or disk image is
 * refused before it is read into memory. Immutable and thread-safe.
 *
 * @param bytes the limit in bytes, positive
 */
public record SizeLimit(long bytes) {
    /** 20 MB: far more than any article, far less than the memory of a small laptop. */
    public static final SizeLimit DEFAULT = new SizeLimit(20L * 1024 * 1024);

    public SizeLimit {
        if (bytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + bytes);
        }
    }

    /** Reads a whole file, refusing one over the limit without reading it. */
    byte[] readWhole(Path file) throws IOException, UnreadableTextException {
        long size = Files.size(file);
        if (size > bytes) {
            throw new UnreadableTextException(tooLarge(size) + "; skipped");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bytes + 1));
            if (content.length > bytes) {
                throw new UnreadableTextException(tooLarge(content.length) + " (it grew while read); skipped");
            }
            return content;
        }
    }

    /** "is 25.0 MB, over the limit of 20.0 MB". */
    String tooLarge(long size) {
        return String.format(Locale.ROOT, "is %s, over the limit of %s", human(size), human(bytes));
    }

    private static String human(long n) {
        return n >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", n / 1048576.0)
                : n >= 1024 ? String.format(Locale.ROOT, "%.1f KB", n / 1024.0) : n + " bytes";
    }
}
