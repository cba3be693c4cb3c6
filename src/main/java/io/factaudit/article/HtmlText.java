package io.factaudit.article;

import io.factaudit.input.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an HTML page, as a reader sees it: no scripts, styles, comments, forms or hidden
 * elements; entities decoded; whitespace collapsed as a browser would; each block element (a
 * paragraph, heading, list item, table cell, a line break) on its own line, so it is a paragraph
 * of its own for the audit. Every character keeps the line and column it has in the HTML file.
 * The page's own publication date comes from its metadata ({@link HtmlDate}).
 */
final class HtmlText {

    /** Elements whose content is not article text. */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "svg", "math",
        "iframe", "object", "embed", "canvas", "select", "textarea", "audio", "video", "map", "button", "datalist");
    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
        "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private HtmlText() {
    }

    static ArticleText read(String content, String displayPath, List<Problem> notes) {
        Document page = Jsoup.parse(content, "", Parser.htmlParser().setTrackPosition(true));
        TextBuilder text = new TextBuilder(content.length() / 2);
        NodeTraversor.filter(new Extractor(content, text), page);
        text.trimEnd();
        return text.build(content, HtmlDate.of(page, content, displayPath, notes));
    }

    /** Walks the page without recursion: deeply nested markup cannot overflow the stack. */
    private static final class Extractor implements NodeFilter {

        private final String content;
        private final TextBuilder text;
        private final EntityAlignment alignment;
        private int preformatted;
        private int last;

        Extractor(String content, TextBuilder text) {
            this.content = content;
            this.text = text;
            this.alignment = new EntityAlignment(content);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag) || isHidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                int at = start(element.sourceRange());
                if (BLOCKS.contains(tag) || tag.equals("br")) {
                    text.lineBreak(at);
                }
                if (tag.equals("pre")) {
                    preformatted++;
                }
            } else if (node instanceof TextNode textNode) {
                append(textNode);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    Range end = element.endSourceRange();
                    text.lineBreak(end.isTracked() ? end.startPos() : last);
                }
                if (tag.equals("pre")) {
                    preformatted--;
                }
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isHidden(Element element) {
            return element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")
                || element.hasAttr("style") && element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
        }

        private void append(TextNode node) {
            String decoded = node.getWholeText();
            Range range = node.sourceRange();
            int end = range.endPos();
            int[] origins = range.isTracked() && end >= 0 && end <= content.length()
                ? alignment.align(decoded, sourceStart(range, decoded), end)
                : null;
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                int at = origins == null ? last : origins[i];
                if (preformatted == 0 && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f')) {
                    text.space(at);
                } else {
                    text.append(c, at);
                }
                last = at;
            }
        }

        /**
         * Where a text node's source starts. jsoup reports no start (-1) for text after a self-closed
         * paragraph ("a&lt;p/&gt;b") while its end is right: such text starts its length before its end.
         */
        private static int sourceStart(Range range, String decoded) {
            return range.startPos() >= 0 ? range.startPos() : Math.max(0, range.endPos() - decoded.length());
        }

        private int start(Range range) {
            if (range.isTracked()) {
                last = range.startPos();
            }
            return last;
        }
    }
}
