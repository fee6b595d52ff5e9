package io.netpoldojo.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

/** The room's secrets: the 4-digit PIN the stage shows, and a random token for each device that joins. */
public final class Tokens {
    private static final int TOKEN_BYTES = 16;
    private final Random random;

    private Tokens(Random random) {
        this.random = random;
    }

    /** Secrets from the operating system's strong random source. */
    public static Tokens secure() {
        return new Tokens(new SecureRandom());
    }

    /** Repeatable secrets, for tests only. */
    static Tokens seeded(long seed) {
        return new Tokens(new Random(seed));
    }

    /** Four digits, 0000 to 9999. */
    public String newPin() {
        return String.format("%04d", random.nextInt(10_000));
    }

    /** 128 random bits, URL-safe: nobody can guess another device's token to vote in its name. */
    public String newDeviceToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Compares a secret with what was given in time that does not depend on where they differ. */
    static boolean sameSecret(String secret, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** True if {@code s} could be a token this class made (22 URL-safe Base64 characters). */
    static boolean looksLikeToken(String s) {
        return s != null && s.length() == 22 && s.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                || c == '-' || c == '_');
    }
}
