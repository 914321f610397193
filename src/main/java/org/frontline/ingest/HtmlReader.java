package org.frontline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.DateSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an {@code .html} or {@code .htm} page as one article: the main text without boilerplate,
 * the title, language, outlet, URL and publication date from the page's metadata.
 *
 * <p>The page is parsed by jsoup and never executed: scripts are dropped with navigation, headers,
 * footers, asides, forms and comments. The main text is the largest {@code <article>}, else
 * {@code <main>}, else the body, with paragraphs kept apart.
 *
 * <p>Date metadata, first found wins: {@code article:published_time}, {@code datePublished}
 * (meta or JSON-LD), {@code <time datetime>}, {@code <meta name="date">}. An unreadable value is
 * reported with its line and the next is tried.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReader implements DocumentReader {
    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, form, iframe,"
            + " template, svg, button, select, textarea, object, embed, [role=navigation], [role=banner],"
            + " [role=contentinfo], [aria-hidden=true]";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DECLARED = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private final SizeLimit limit;

    public HtmlReader(SizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try {
            byte[] bytes = limit.readWhole(file);
            sink.consumed(bytes.length);
            Document page = Jsoup.parse(TextDecoder.decode(bytes, true, declaredCharset(bytes)), "",
                    Parser.htmlParser().setTrackPosition(true));
            PublicationDate date = publishedDate(page, p -> sink.problem(IngestProblem.warning(file, p.line(), p.reason())));
            String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title(), page.select("h1").text());
            String lang = page.select("html[lang]").attr("lang");
            sink.document(new SourceDocument(file, 0, file.toString(), title, meta(page, "meta[property=og:site_name]"),
                    firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "meta[property=og:url]")),
                    lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : null,
                    mainText(page), date));
        } catch (UnreadableTextException e) {
            sink.problem(IngestProblem.failed(file, 0, e.getMessage()));
        }
    }

    /** The charset the page declares in its first kilobytes ({@code <meta charset>} or http-equiv), or null. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null; // an unknown or misspelt name: the detector decides
        }
    }

    /** The page's main text, paragraphs separated by empty lines. */
    static String mainText(Document page) {
        Element body = page.body();
        body.select(BOILERPLATE).remove();
        // Comments and script data are not text nodes: BlockText leaves them out.
        Element root = body.select("article").stream().max(Comparator.comparingInt(e -> e.text().length()))
                .or(() -> body.select("main, [role=main]").stream().findFirst()).orElse(body);
        return new BlockText().of(root);
    }

    /** A dated problem of the metadata: its line and why. */
    private record MetaProblem(long line, String reason) {
    }

    private static PublicationDate publishedDate(Document page, Consumer<MetaProblem> problems) {
        for (String query : new String[] {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=datePublished]", "script[type=application/ld+json]", "time[datetime]", "meta[name=date]"}) {
            for (Element e : page.select(query)) {
                String value = e.tagName().equals("script") ? jsonLdDate(e.data())
                        : e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    return PublicationDate.of(PublicationDate.parseDay(value), DateSource.HTML_META);
                } catch (IllegalArgumentException bad) {
                    problems.accept(new MetaProblem(e.sourceRange().start().lineNumber(),
                            bad.getMessage() + " in " + query + "; ignored"));
                }
            }
        }
        return null;
    }

    private static String jsonLdDate(String json) {
        try {
            JsonNode found = JSON.readTree(json).findValue("datePublished");
            return found == null ? null : found.asText();
        } catch (IOException notJson) {
            return null; // a broken JSON-LD block is common and says nothing of the article
        }
    }

    private static String meta(Document page, String query) {
        String v = page.select(query).attr("content");
        return v.isBlank() ? null : v.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
