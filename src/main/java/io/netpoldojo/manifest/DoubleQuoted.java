package io.netpoldojo.manifest;

import java.util.function.IntPredicate;

/**
 * A string in double quotes with the escapes JSON, YAML and Go share: a backslash before a quote
 * or a backslash, {@code \n}, {@code \t} and {@code \r}, and each other character the format does
 * not show as itself written as its code. The formats differ only in which characters those are
 * and how a code is written (a backslash, u and four hex digits in JSON and YAML; {@code \x01} in
 * Go-style messages).
 */
public final class DoubleQuoted {
    private DoubleQuoted() {}

    /**
     * {@code s} quoted, each character {@code byCode} accepts (other than the five above) written
     * with {@code codeFormat}, a {@link String#format} pattern given the character as an int.
     */
    public static String of(String s, IntPredicate byCode, String codeFormat) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (byCode.test(c)) {
                        sb.append(String.format(codeFormat, (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
