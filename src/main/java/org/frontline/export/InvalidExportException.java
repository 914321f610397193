package org.frontline.export;

/**
 * An export request that cannot be carried out as asked: a bad bounding box, a size out of range or
 * too large for the memory, an output path whose folder does not exist. The message is for the user
 * and says what to change; the command line exits with code 2.
 */
public final class InvalidExportException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidExportException(String message) {
        super(message);
    }
}
