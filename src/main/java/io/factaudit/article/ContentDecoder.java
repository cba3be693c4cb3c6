package io.factaudit.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an article's bytes whatever encoding the newsroom saved it in. A byte order mark decides
 * (UTF-8, UTF-16 or UTF-32, little or big endian); UTF-16 without one is recognized by its zero
 * bytes; otherwise the bytes are UTF-8 when they can be. When they cannot, an HTML page's declared
 * charset is used, else each byte that is not part of a valid UTF-8 sequence is read as
 * Windows-1252 (a superset of Latin-1's printable characters, and the encoding of smart quotes and
 * dashes in old exports), so a UTF-8 file with a few pasted bytes keeps its UTF-8 characters.
 */
final class ContentDecoder {

    private static final char[] WINDOWS_1252 = windows1252();
    private static final Pattern META_CHARSET = Pattern.compile(
        "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    private ContentDecoder() {
    }

    /** Whether the bytes are UTF-16 or UTF-32 (by their mark, or UTF-16 by its zero bytes): zero bytes are expected there. */
    static boolean isWideUnicode(byte[] b) {
        return starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF) || starts(b, 0, 0, 0xFE, 0xFF) || utf16Guess(b) != null;
    }

    /** The number of bytes of one code unit of the bytes' encoding, so a cut keeps whole units. */
    static int unit(byte[] b) {
        if (starts(b, 0xFF, 0xFE, 0, 0) || starts(b, 0, 0, 0xFE, 0xFF)) {
            return 4;
        }
        return isWideUnicode(b) ? 2 : 1;
    }

    static Decoded decode(byte[] b, boolean html) {
        if (starts(b, 0xFF, 0xFE, 0, 0)) {
            return Decoded.whole(lenient(b, 4, Charset.forName("UTF-32LE")), "UTF-32LE");
        }
        if (starts(b, 0, 0, 0xFE, 0xFF)) {
            return Decoded.whole(lenient(b, 4, Charset.forName("UTF-32BE")), "UTF-32BE");
        }
        if (starts(b, 0xFF, 0xFE)) {
            return Decoded.whole(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (starts(b, 0xFE, 0xFF)) {
            return Decoded.whole(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset wide = utf16Guess(b);
        if (wide != null) {
            return Decoded.whole(lenient(b, 0, wide), wide.name());
        }
        int skip = starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
            return Decoded.whole(text, "UTF-8");
        } catch (CharacterCodingException e) {
            Charset declared = html ? declaredCharset(b) : null;
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return Decoded.whole(lenient(b, skip, declared), declared.name());
            }
            return utf8OrWindows1252(b, skip);
        }
    }

    /** UTF-8 where the bytes are valid UTF-8, Windows-1252 for every other byte. */
    private static Decoded utf8OrWindows1252(byte[] b, int from) {
        char[] out = new char[b.length];
        int n = 0;
        int foreign = 0;
        int first = -1;
        boolean utf8 = false;
        int i = from;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                out[n++] = (char) lead;
                i++;
                continue;
            }
            int length = sequenceLength(b, i);
            if (length > 0) {
                int cp = codePoint(b, i, length);
                n += Character.toChars(cp, out, n);
                utf8 = true;
                i += length;
                continue;
            }
            if (first < 0) {
                first = n;
            }
            out[n++] = WINDOWS_1252[lead];
            foreign++;
            i++;
        }
        return new Decoded(new String(out, 0, n), utf8 ? "UTF-8" : "Windows-1252", foreign, first, utf8);
    }

    /** The length of the valid UTF-8 sequence starting at i, or 0 when there is none. */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int cp = codePoint(b, i, length);
        boolean shortest = length == 2 || (length == 3 ? cp >= 0x800 : cp >= 0x10000);
        boolean scalar = !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF;
        return shortest && scalar ? length : 0;
    }

    private static int codePoint(byte[] b, int i, int length) {
        int cp = (b[i] & 0xFF) & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }

    /** UTF-16 without a byte order mark: ASCII text leaves every other byte zero. */
    private static Charset utf16Guess(byte[] b) {
        int sample = Math.min(b.length, SNIFF) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddZeros * 10 > pairs * 6 && evenZeros * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 > pairs * 6 && oddZeros * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            // browsers read a page declared Latin-1 as Windows-1252; so do we
            return Charset.forName(name.equals("iso-8859-1") || name.equals("latin1") ? "windows-1252" : name);
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String lenient(byte[] b, int skip, Charset charset) {
        return new String(b, skip, b.length - skip, charset); // malformed input becomes U+FFFD
    }

    private static char[] windows1252() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String decoded = new String(all, Charset.forName("windows-1252"));
        return decoded.toCharArray();
    }

    static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
