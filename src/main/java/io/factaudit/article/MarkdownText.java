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
    private final Matcher fence;
    private final Matcher rule;
    private final Matcher reference;
    private final Matcher heading;
    private final Matcher tag;
    private boolean inComment;
    private boolean inFence;

    private MarkdownText(String content) {
        this.content = content;
        this.text = new TextBuilder(content.length());
        this.fence = FENCE.matcher(content);
        this.rule = RULE.matcher(content);
        this.reference = REFERENCE.matcher(content);
        this.heading = HEADING.matcher(content);
        this.tag = TAG.matcher(content);
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
            int close = find("-->", start, end);
            if (close < 0) {
                return;
            }
            inComment = false;
            start = close + 3;
        }
        if (fence.region(start, end).matches()) {
            inFence = !inFence;
            return;
        }
        if (inFence) {
            copy(start, end);
            return;
        }
        if (rule.region(start, end).matches() || reference.region(start, end).matches()) {
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
        if (heading.region(at, end).lookingAt()) {
            at = heading.end();
        }
        inline(at, end);
    }

    private void inline(int start, int end) {
        int skipFrom = -1;
        int skipTo = -1;
        Links links = new Links(end);
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
                int close = find("-->", i + 4, end);
                if (close < 0) {
                    inComment = true;
                    return;
                }
                i = close + 3;
            } else if (c == '<' && tag.region(i, end).lookingAt()) {
                i = tag.end();
            } else if (c == '`') {
                i++;
            } else if (c == '!' && i + 1 < end && content.charAt(i + 1) == '[' && links.end(i + 1) > 0) {
                i = links.end(i + 1);
            } else if (c == '[' && skipFrom < i && links.end(i) > 0) {
                skipFrom = links.close(i);
                skipTo = links.end(i);
                i++;
            } else if (c == '*' || c == '_' || c == '~') {
                int run = runEnd(i, end);
                if (!isEmphasis(i, run, end)) {
                    copy(i, run);
                }
                i = run;
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

    /**
     * The links and images of one line ("[words](url)", "[words][ref]"). Each kind of bracket is
     * searched forward from where the last search ended, so a line costs one pass however many
     * unclosed brackets it holds.
     */
    private final class Links {

        private final Forward closeBracket;
        private final Forward closeParen;
        private final Forward closeReference;

        Links(int end) {
            closeBracket = new Forward(']', end);
            closeParen = new Forward(')', end);
            closeReference = new Forward(']', end);
        }

        /** The ']' closing the words of a link that opens at {@code open}, or -1. */
        int close(int open) {
            return closeBracket.next(open + 1);
        }

        /** The end of the link or image whose '[' is at {@code open}, or -1 when it is not one. */
        int end(int open) {
            int close = close(open);
            if (close < 0 || close + 1 >= closeBracket.end) {
                return -1;
            }
            char after = content.charAt(close + 1);
            Forward closer = after == '(' ? closeParen : after == '[' ? closeReference : null;
            int stop = closer == null ? -1 : closer.next(close + 2);
            return stop < 0 ? -1 : stop + 1;
        }
    }

    /** The next occurrence of a character in a line, for searches whose start only moves forward. */
    private final class Forward {

        private final char wanted;
        private final int end;
        private int from = Integer.MAX_VALUE;
        private int at = -1;

        Forward(char wanted, int end) {
            this.wanted = wanted;
            this.end = end;
        }

        int next(int start) {
            if (start >= from && (at < 0 || start <= at)) {
                return at; // the last search covered this start
            }
            from = start;
            at = -1;
            for (int i = start; i < end; i++) {
                if (content.charAt(i) == wanted) {
                    at = i;
                    break;
                }
            }
            return at;
        }
    }

    /** Whether the run of *, _ or ~ at {@code [at, after)} opens or closes emphasis: it touches a word on one side only. */
    private boolean isEmphasis(int at, int after, int end) {
        char mark = content.charAt(at);
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

    /** Where {@code needle} starts within {@code [from, end)} of the content, or -1: searches never leave the line. */
    private int find(String needle, int from, int end) {
        for (int i = from; i + needle.length() <= end; i++) {
            if (content.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
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
