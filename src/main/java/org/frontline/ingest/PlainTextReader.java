package org.frontline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .txt} or {@code .md} file as one article. For Markdown, the first heading is the
 * title and the markup that is not text (heading marks, emphasis, link targets, images) is dropped.
 * Stateless and thread-safe.
 */
public final class PlainTextReader implements DocumentReader {
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.*)$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");

    private final SizeLimit limit;
    private final boolean markdown;

    public PlainTextReader(SizeLimit limit, boolean markdown) {
        this.limit = limit;
        this.markdown = markdown;
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try {
            byte[] bytes = limit.readWhole(file);
            sink.consumed(bytes.length);
            String text = TextDecoder.decode(bytes, false);
            String title = null;
            if (markdown) {
                Matcher h = HEADING.matcher(text);
                title = h.find() ? h.group(1).strip() : null;
                text = markdownToText(text);
            }
            sink.document(SourceDocument.ofFile(file, title, text, null));
        } catch (UnreadableTextException e) {
            sink.problem(IngestProblem.failed(file, 0, e.getMessage()));
        }
    }

    static String markdownToText(String md) {
        String s = HEADING.matcher(md).replaceAll("$1");
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        return EMPHASIS.matcher(s).replaceAll("");
    }
}
