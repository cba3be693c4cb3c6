package io.factaudit.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one news article from the phrasebook: a headline, sometimes a dateline, then paragraphs
 * of two to six sentences until the article reaches its length (3 to 8 KB, or the size asked for). Paragraphs are split
 * by single or blank lines, and half the articles use typographic quotes, as real corpora do.
 */
final class ArticleWriter {

    /** One written article: its headline and its whole text. */
    record Written(String headline, String text) {
    }

    static final int MIN_CHARS = 3_000;
    static final int MAX_CHARS = 8_000;
    private static final int FRESH_DRAWS = 8;
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

    private final Phrasebook phrasebook;

    ArticleWriter(Phrasebook phrasebook) {
        this.phrasebook = phrasebook;
    }

    Written write(SplittableRandom random, LocalDate published) {
        return write(random, published, 0);
    }

    /**
     * An article of about {@code kilobytes} KB (within 10%), made the same way as the standard
     * 3 to 8 KB ones; 0 means the standard length.
     */
    Written write(SplittableRandom random, LocalDate published, int kilobytes) {
        Set<String> used = new HashSet<>();
        String headline = phrasebook.headline(random);
        String paragraphBreak = random.nextBoolean() ? "\n" : "\n\n";
        int target = MIN_CHARS + random.nextInt(MAX_CHARS - MIN_CHARS - 1_000);
        int most = MAX_CHARS - 200;
        if (kilobytes > 0) {
            target = (int) (kilobytes * 1_000L * (90 + random.nextInt(21)) / 100);
            most = Integer.MAX_VALUE;
        }
        StringBuilder text = new StringBuilder(MAX_CHARS);
        text.append(headline).append(paragraphBreak);
        if (random.nextInt(5) == 0) {
            text.append(DATELINE.format(published)).append(paragraphBreak);
        }
        while (text.length() < target) {
            String paragraph = paragraph(random, used);
            if (text.length() + paragraph.length() > most) {
                break;
            }
            text.append(paragraph).append(paragraphBreak);
        }
        while (text.length() < MIN_CHARS) {
            text.append(Phrasebook.capitalized(sentence(random, used))).append(paragraphBreak);
        }
        String article = text.toString().stripTrailing() + "\n";
        return new Written(headline, random.nextBoolean() ? typographic(article) : article);
    }

    private String paragraph(SplittableRandom random, Set<String> used) {
        int sentences = 2 + random.nextInt(5);
        StringBuilder p = new StringBuilder(600);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            String sentence = sentence(random, used);
            boolean opened = random.nextInt(8) == 0 && Character.isLetter(sentence.charAt(0));
            p.append(opened ? phrasebook.opener(random) + " " + sentence : Phrasebook.capitalized(sentence));
        }
        return p.toString();
    }

    /** A sentence from a template this article has not used yet, when a few draws find one: articles do not repeat themselves. */
    private String sentence(SplittableRandom random, Set<String> used) {
        String template = phrasebook.template(random);
        for (int tries = 0; tries < FRESH_DRAWS && !used.add(template); tries++) {
            template = phrasebook.template(random);
        }
        return phrasebook.fill(template, random);
    }

    /** Curly quotes and apostrophes in place of straight ones. */
    static String typographic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
            if (c == '"') {
                out.append(opening ? '\u201c' : '\u201d');
            } else if (c == '\'') {
                out.append(opening ? '\u2018' : '\u2019');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
