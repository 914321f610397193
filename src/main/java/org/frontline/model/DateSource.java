package org.frontline.model;

import java.util.Locale;

/** Where an article's publication date came from, in the order the ingester tries them. */
public enum DateSource {
    /** The {@code --published} flag. */
    FLAG,
    /** A manifest TSV next to the files. */
    MANIFEST,
    /** The {@code published} field of a JSONL or CSV corpus row. */
    CORPUS,
    /** HTML metadata such as {@code article:published_time}. */
    HTML_META,
    /** A dateline in the text itself. */
    DATELINE,
    /** No date could be found: the article has an unknown date. */
    UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DateSource parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
