package io.factaudit.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes: SHA-256 in hexadecimal, of bytes or of several texts kept apart. */
final class Hashes {

    private Hashes() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The hash of some texts, each marked as present or absent, so that ("ab", "c") and ("a", "bc") differ. */
    static String ofTexts(String... parts) {
        MessageDigest sha = sha256();
        for (String p : parts) {
            if (p == null) {
                sha.update((byte) 0);
            } else {
                sha.update((byte) 1);
                byte[] b = p.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(b);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
