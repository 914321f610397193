package org.frontline.ingest;

/** Bytes that are not text the ingester accepts; the message says why, for the user. */
public final class UnreadableTextException extends Exception {
    public UnreadableTextException(String message) {
        super(message);
    }
}
