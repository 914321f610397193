package org.frontline.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length, so that one enormous line of a corpus cannot exhaust
 * memory: the rest of a too-long line is skipped, not kept. Lines end at {@code \n}, {@code \r\n}
 * or {@code \r}. Not thread-safe.
 */
final class BoundedLineReader {
    /** One line: its 1-based number and text, or null text when it was too long. */
    record Line(long number, String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final long maxChars;
    private final StringBuilder buffer = new StringBuilder();
    private long number;
    private int pushedBack = -2;
    private final char[] chunk = new char[8192];
    private int position;
    private int limit;

    BoundedLineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        buffer.setLength(0);
        boolean tooLong = false;
        int c = read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (buffer.length() < maxChars) {
                buffer.append((char) c);
            } else {
                tooLong = true;
            }
            c = read();
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        number++;
        return new Line(number, tooLong ? null : buffer.toString());
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(chunk, 0, chunk.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return chunk[position++];
    }
}
