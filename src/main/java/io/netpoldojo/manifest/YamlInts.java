package io.netpoldojo.manifest;

import java.math.BigInteger;
import java.util.Optional;

/** Reads the integers that YAML 1.1 (SnakeYAML's and kubectl's decoders) resolves as ints. */
final class YamlInts {
    private YamlInts() {}

    static Optional<BigInteger> parse(String text) {
        String s = text.replace("_", "");
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        try {
            BigInteger value;
            if (s.startsWith("0b")) {
                value = new BigInteger(s.substring(2), 2);
            } else if (s.startsWith("0x")) {
                value = new BigInteger(s.substring(2), 16);
            } else if (s.startsWith("0o")) {
                value = new BigInteger(s.substring(2), 8);
            } else if (s.contains(":")) {
                value = sexagesimal(s);
            } else if (s.length() > 1 && s.startsWith("0")) {
                value = new BigInteger(s.substring(1), 8); // YAML 1.1 octal, as in 0755
            } else {
                value = new BigInteger(s);
            }
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 1:20} is 80 in YAML 1.1. */
    private static BigInteger sexagesimal(String s) {
        BigInteger value = BigInteger.ZERO;
        for (String part : s.split(":", -1)) {
            value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
        }
        return value;
    }
}
