package io.factaudit.article;

import io.factaudit.input.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown article: its front matter left out (its date kept), and the marks that
 * are syntax rather than words removed so that "**3,000** North Korean troops" reads as
 * "3,000 North Korean troops": heading hashes, quote markers, emphasis, code backticks, link
 * brackets and destinations (the link's words stay), images, inline HTML tags and comments,
 * escapes, rules and reference definitions. Anything that is not clearly syntax stays as written.
 * Every remaining character keeps its line and column in the file.
 */
final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("[ \\t]{0,3}(?:```|~~~).*");
    private static final Pattern RULE = Pattern.compile("[ \\t]{0,3}(?:[-*_=][ \\t]*){3,}");
    private static final Pattern REFERENCE = Pattern.compile("[ \\t]{0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*");
    private static final Pattern HEADING = Pattern.compile("[ \\t]{0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final String content;
    private final TextBuilder text;
    private boolean inComment;
    private boolean inFence;

    private MarkdownText(String content) {
        this.content = content;
        this.text = new TextBuilder(content.length());
    }

    static ArticleText read(String content, String displayPath, List<Problem> notes) {
        FrontMatter front = FrontMatter.of(content, displayPath, notes);
        MarkdownText markdown = new MarkdownText(content);
        markdown.lines(front.bodyStart());
        return markdown.text.build(content, front.published());
    }

    private void lines(int from) {
        int start = from;
        while (start < content.length()) {
            int end = start;
            while (end < content.length() && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
                end++;
            }
            line(start, end);
            int next = end;
            if (next < content.length() && content.charAt(next) == '\r') {
                text.append('\r', next++);
            }
            if (next < content.length() && content.charAt(next) == '\n') {
                text.append('\n', next++);
            }
            start = next;
        }
    }

    private void line(int start, int end) {
        if (inComment) {
            int close = content.indexOf("-->", start);
            if (close < 0 || close >= end) {
                return;
            }
            inComment = false;
            start = close + 3;
        }
        String line = content.substring(start, end);
        if (FENCE.matcher(line).matches()) {
            inFence = !inFence;
            return;
        }
        if (inFence) {
            copy(start, end);
            return;
        }
        if (RULE.matcher(line).matches() || REFERENCE.matcher(line).matches()) {
            return;
        }
        int at = start;
        while (at < end && (content.charAt(at) == ' ' || content.charAt(at) == '\t')) {
            at++;
        }
        while (at < end && content.charAt(at) == '>') {
            at++;
            while (at < end && content.charAt(at) == ' ') {
                at++;
            }
        }
        Matcher heading = HEADING.matcher(content).region(at, end);
        if (heading.lookingAt()) {
            at = heading.end();
        }
        inline(at, end);
    }

    private void inline(int start, int end) {
        int skipFrom = -1;
        int skipTo = -1;
        Matcher tag = TAG.matcher(content);
        int i = start;
        while (i < end) {
            if (i == skipFrom) {
                i = skipTo;
                continue;
            }
            char c = content.charAt(i);
            if (c == '\\' && i + 1 < end && PUNCTUATION.indexOf(content.charAt(i + 1)) >= 0) {
                text.append(content.charAt(i + 1), i + 1);
                i += 2;
            } else if (content.startsWith("<!--", i)) {
                int close = content.indexOf("-->", i + 4);
                if (close < 0 || close + 3 > end) {
                    inComment = true;
                    return;
                }
                i = close + 3;
            } else if (c == '<' && tag.region(i, end).lookingAt()) {
                i = tag.end();
            } else if (c == '`') {
                i++;
            } else if (c == '!' && i + 1 < end && content.charAt(i + 1) == '[' && link(i + 1, end) > 0) {
                i = link(i + 1, end);
            } else if (c == '[' && link(i, end) > 0 && skipFrom < i) {
                skipFrom = content.indexOf(']', i);
                skipTo = link(i, end);
                i++;
            } else if ((c == '*' || c == '_' || c == '~') && isEmphasis(i, end)) {
                i = runEnd(i, end);
            } else {
                text.append(c, i);
                i++;
            }
        }
    }

    private void copy(int start, int end) {
        for (int i = start; i < end; i++) {
            text.append(content.charAt(i), i);
        }
    }

    /** The end of a link or image starting with '[' at i ("[words](url)", "[words][ref]"), or -1. */
    private int link(int open, int end) {
        int close = content.indexOf(']', open + 1);
        if (close < 0 || close + 1 >= end) {
            return -1;
        }
        char after = content.charAt(close + 1);
        char closer = after == '(' ? ')' : after == '[' ? ']' : 0;
        if (closer == 0) {
            return -1;
        }
        int stop = content.indexOf(closer, close + 2);
        return stop < 0 || stop >= end ? -1 : stop + 1;
    }

    /** A run of *, _ or ~ that opens or closes emphasis: it touches a word on one side only. */
    private boolean isEmphasis(int at, int end) {
        char mark = content.charAt(at);
        int after = runEnd(at, end);
        int length = after - at;
        if (mark == '~' ? length != 2 : length > 3) {
            return false;
        }
        boolean spaceBefore = at == 0 || isSpaceOrPunctuation(content.charAt(at - 1));
        boolean spaceAfter = after >= end || isSpaceOrPunctuation(content.charAt(after));
        boolean wordBefore = at > 0 && !Character.isWhitespace(content.charAt(at - 1));
        boolean wordAfter = after < end && !Character.isWhitespace(content.charAt(after));
        boolean opens = wordAfter && spaceBefore;
        boolean closes = wordBefore && spaceAfter;
        return opens != closes;
    }

    private int runEnd(int at, int end) {
        char mark = content.charAt(at);
        int i = at;
        while (i < end && content.charAt(i) == mark) {
            i++;
        }
        return i;
    }

    private static boolean isSpaceOrPunctuation(char c) {
        return Character.isWhitespace(c) || PUNCTUATION.indexOf(c) >= 0 || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION
            || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
