package org.frontline.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML element with block elements (paragraphs, headings, list items...)
 * on lines of their own, separated by an empty line. Not thread-safe: use one per element.
 */
final class BlockText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "address", "hr");
    private final StringBuilder out = new StringBuilder();

    String of(Element root) {
        root.traverse(this);
        return out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            out.append(t.text());
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                out.append('\n');
            } else if (BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
            } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                out.append(' ');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            out.append("\n\n");
        }
    }
}
