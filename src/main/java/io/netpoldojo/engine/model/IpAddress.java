package io.netpoldojo.engine.model;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address held as 128 bits (IPv4 in the low 32). Parsing is literal-only:
 * unlike {@code InetAddress.getByName}, it never resolves a host name.
 */
public record IpAddress(boolean v6, long high, long low) implements Comparable<IpAddress> {

    /** The components compared one by one, as a record's own equals does; by hand because this is a hash key. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof IpAddress a && v6 == a.v6 && high == a.high && low == a.low;
    }

    @Override
    public int hashCode() {
        return (Boolean.hashCode(v6) * 31 + Long.hashCode(high)) * 31 + Long.hashCode(low);
    }

    public int bitLength() {
        return v6 ? 128 : 32;
    }

    /** Parses a literal address, or returns empty with no exception for anything else. */
    public static Optional<IpAddress> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text).map(v -> new IpAddress(false, 0, v));
    }

    public static IpAddress of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IP address: " + text));
    }

    /** True when some octet has a leading zero, which some parsers read as octal. */
    public static boolean hasLeadingZeroOctet(String text) {
        if (text.indexOf(':') >= 0) {
            return false;
        }
        for (String part : text.split("\\.", -1)) {
            if (part.length() > 1 && part.charAt(0) == '0') {
                return true;
            }
        }
        return false;
    }

    /**
     * Only ASCII 0-9, as Go's net/netip parsers read them: Java's own digit tests also take
     * full-width and Arabic-Indic digits, and its parseInt a sign, which the apiserver rejects.
     */
    static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static Optional<Long> parseV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !isAsciiDigits(part)) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = (value << 8) | octet;
        }
        return Optional.of(value);
    }

    private static Optional<IpAddress> parseV6(String text) {
        if (text.indexOf('%') >= 0) {
            return Optional.empty(); // zones are not valid in policy CIDRs
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        int[] groups = new int[8];
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        int[] headGroups = parseGroups(head, doubleColon < 0);
        int[] tailGroups = doubleColon >= 0 ? parseGroups(tail, true) : new int[0];
        if (headGroups == null || tailGroups == null) {
            return Optional.empty();
        }
        int total = headGroups.length + tailGroups.length;
        if (doubleColon >= 0 ? total > 7 : total != 8) {
            return Optional.empty();
        }
        System.arraycopy(headGroups, 0, groups, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, groups, 8 - tailGroups.length, tailGroups.length);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = (high << 16) | groups[i];
            low = (low << 16) | groups[i + 4];
        }
        return Optional.of(new IpAddress(true, high, low));
    }

    /** Parses colon-separated hex groups; the last may be a dotted IPv4 (two groups) when allowed. */
    private static int[] parseGroups(String text, boolean mayEndWithV4) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int count = parts.length;
        boolean v4Tail = mayEndWithV4 && parts[count - 1].indexOf('.') >= 0;
        int[] groups = new int[v4Tail ? count + 1 : count];
        for (int i = 0; i < count; i++) {
            String part = parts[i];
            if (v4Tail && i == count - 1) {
                Optional<Long> v4 = parseV4(part);
                if (v4.isEmpty()) {
                    return null;
                }
                groups[i] = (int) (v4.get() >>> 16);
                groups[i + 1] = (int) (v4.get() & 0xffff);
            } else {
                if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddress::isAsciiHexDigit)) {
                    return null;
                }
                try {
                    groups[i] = Integer.parseInt(part, 16);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return groups;
    }

    /** The address with all bits after the first {@code prefix} cleared. */
    public IpAddress masked(int prefix) {
        if (!v6) {
            long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
            return new IpAddress(false, 0, low & mask);
        }
        long highMask = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long lowMask = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return new IpAddress(true, high & highMask, low & lowMask);
    }

    /** The address {@code offset} places after this one (no wrap-around handling beyond 64 bits). */
    public IpAddress plus(long offset) {
        return new IpAddress(v6, high, v6 ? low + offset : (low + offset) & 0xffffffffL);
    }

    @Override
    public int compareTo(IpAddress o) {
        if (v6 != o.v6) {
            return v6 ? 1 : -1;
        }
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    /** Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as "::"). */
    @Override
    public String toString() {
        if (!v6) {
            return ((low >>> 24) & 0xff) + "." + ((low >>> 16) & 0xff) + "." + ((low >>> 8) & 0xff) + "." + (low & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) ((high >>> (48 - 16 * i)) & 0xffff);
            g[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xffff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
