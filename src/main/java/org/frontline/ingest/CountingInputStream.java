package org.frontline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that counts the bytes read through it, for progress. Not thread-safe. */
final class CountingInputStream extends FilterInputStream {
    private long count;
    private long reported;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    /** Bytes read since the last call. */
    long takeNew() {
        long delta = count - reported;
        reported = count;
        return delta;
    }
}
