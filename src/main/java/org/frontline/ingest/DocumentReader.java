package org.frontline.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the articles of one file of a kind it knows. Implementations are stateless and
 * thread-safe.
 */
public interface DocumentReader {
    /**
     * Reads {@code file} and hands each article and each problem to {@code sink}. A problem that
     * spoils one article or row is reported and reading goes on; a problem that spoils the whole
     * file is reported once.
     *
     * @throws IOException when the file cannot be read at all
     */
    void read(Path file, DocumentSink sink) throws IOException;
}
