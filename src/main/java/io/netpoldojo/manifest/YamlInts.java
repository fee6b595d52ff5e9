package io.netpoldojo.manifest;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Reads the integers that YAML 1.1 (SnakeYAML's and kubectl's decoders) resolves as ints, with
 * ASCII digits only (as Go's strconv). A number too long to matter is not computed: parsing and
 * printing a 7-million-digit number took 20-45 s; it reads as {@link #AT_LEAST_HUGE} (a lower
 * bound, far beyond any field's range), and {@link #shown} prints what was written, shortened.
 */
final class YamlInts {
    private YamlInts() {}

    /** Significant digits beyond which a number is not computed. */
    static final int MAX_DIGITS = 100;
    /** What a number of more than {@link #MAX_DIGITS} significant digits in any base reads as: no more than it is. */
    static final BigInteger AT_LEAST_HUGE = BigInteger.TWO.pow(MAX_DIGITS);
    /** Sexagesimal parts ({@code 1:20}) beyond which a number is not computed: 60^24 is more than 2^100. */
    private static final int MAX_SEXAGESIMAL_PARTS = 24;

    static Optional<BigInteger> parse(String text) {
        String s = text.replace("_", "");
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        Optional<BigInteger> value;
        if (s.startsWith("0b")) {
            value = digits(s.substring(2), 2);
        } else if (s.startsWith("0x")) {
            value = digits(s.substring(2), 16);
        } else if (s.startsWith("0o")) {
            value = digits(s.substring(2), 8);
        } else if (s.contains(":")) {
            value = sexagesimal(s);
        } else if (s.length() > 1 && s.startsWith("0")) {
            value = digits(s.substring(1), 8); // YAML 1.1 octal, as in 0755
        } else {
            value = digits(s, 10);
        }
        return negative ? value.map(BigInteger::negate) : value;
    }

    /** The value as a message shows it: the number, or for a huge one the first digits as written and how many. */
    static String shown(BigInteger value, String written) {
        if (value.abs().compareTo(AT_LEAST_HUGE) < 0) {
            return value.toString();
        }
        boolean allDigits = written.chars().allMatch(c -> c >= '0' && c <= '9');
        return written.substring(0, Math.min(20, written.length())) + "... (" + written.length()
                + (allDigits ? " digits)" : " characters)");
    }

    private static Optional<BigInteger> digits(String digits, int radix) {
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        int firstSignificant = -1;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c > 0x7f || Character.digit(c, radix) < 0) {
                return Optional.empty();
            }
            if (firstSignificant < 0 && c != '0') {
                firstSignificant = i;
            }
        }
        if (firstSignificant < 0) {
            return Optional.of(BigInteger.ZERO);
        }
        if (digits.length() - firstSignificant > MAX_DIGITS) {
            return Optional.of(AT_LEAST_HUGE);
        }
        return Optional.of(new BigInteger(digits.substring(firstSignificant), radix));
    }

    /** {@code 1:20} is 80 in YAML 1.1. */
    private static Optional<BigInteger> sexagesimal(String s) {
        String[] parts = s.split(":", -1);
        int first = 0;
        while (first < parts.length - 1 && parts[first].chars().allMatch(c -> c == '0') && !parts[first].isEmpty()) {
            first++;
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = first; i < parts.length; i++) {
            Optional<BigInteger> part = digits(parts[i], 10);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            value = value.multiply(BigInteger.valueOf(60)).add(part.get());
            if (i - first >= MAX_SEXAGESIMAL_PARTS || value.compareTo(AT_LEAST_HUGE) >= 0) {
                // Still check that the rest is digits, so that "1:2:x" stays invalid.
                for (int j = i + 1; j < parts.length; j++) {
                    if (digits(parts[j], 10).isEmpty()) {
                        return Optional.empty();
                    }
                }
                return Optional.of(AT_LEAST_HUGE);
            }
        }
        return Optional.of(value);
    }
}
