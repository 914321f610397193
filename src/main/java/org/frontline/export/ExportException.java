package org.frontline.export;

/**
 * An export that failed while writing: a disk error, an encoder failure. The message names the file
 * and the reason; the cause keeps the stack trace for the log.
 */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
