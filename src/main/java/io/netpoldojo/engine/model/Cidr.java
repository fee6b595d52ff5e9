package io.netpoldojo.engine.model;

import java.util.Optional;

/** An IP block in CIDR notation. {@code base} keeps the address as written (host bits may be set). */
public record Cidr(IpAddress base, int prefix) {

    public Cidr {
        if (prefix < 0 || prefix > base.bitLength()) {
            throw new IllegalArgumentException("prefix /" + prefix + " out of range for " + base);
        }
    }

    /** The components compared one by one, as a record's own equals does; by hand because this is a hash key. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Cidr c && prefix == c.prefix && base.equals(c.base);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + prefix;
    }

    /** Parses {@code 10.0.0.0/16} or {@code 2001:db8::/32}; empty for anything else. */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return Optional.empty();
        }
        String bits = text.substring(slash + 1);
        if (bits.isEmpty() || bits.length() > 3 || !IpAddress.isAsciiDigits(bits)
                || (bits.length() > 1 && bits.charAt(0) == '0')) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(bits);
        return IpAddress.parse(text.substring(0, slash))
                .filter(ip -> prefix <= ip.bitLength())
                .map(ip -> new Cidr(ip, prefix));
    }

    public static Cidr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a CIDR: " + text));
    }

    public boolean isV6() {
        return base.v6();
    }

    /** The network address: the base with its host bits cleared. */
    public IpAddress network() {
        return base.masked(prefix);
    }

    /** False when host bits are set, e.g. {@code 10.0.0.1/16}; Kubernetes warns about such values. */
    public boolean isCanonical() {
        return network().equals(base);
    }

    /** Allocation-free: this runs for every (ipBlock, endpoint) pair when policies compile. */
    public boolean contains(IpAddress ip) {
        if (ip.v6() != base.v6()) {
            return false;
        }
        if (!ip.v6()) {
            long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
            return (ip.low() & mask) == (base.low() & mask);
        }
        long highMask = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long lowMask = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return ((ip.high() ^ base.high()) & highMask) == 0 && ((ip.low() ^ base.low()) & lowMask) == 0;
    }

    /**
     * The apiserver's rule for {@code ipBlock.except}: the entry's address lies in this block and
     * its prefix is strictly longer ({@code cidr.Contains(except.IP) && cidrLen < exceptLen}).
     */
    public boolean hasStrictSubset(Cidr inner) {
        return contains(inner.base) && prefix < inner.prefix;
    }

    /** True when the two blocks share at least one address. */
    public boolean overlaps(Cidr other) {
        if (other.isV6() != isV6()) {
            return false;
        }
        int shorter = Math.min(prefix, other.prefix);
        return base.masked(shorter).equals(other.base.masked(shorter));
    }

    /** {@code network/prefix}, the canonical form. */
    public String canonical() {
        return network() + "/" + prefix;
    }

    @Override
    public String toString() {
        return base + "/" + prefix;
    }
}
