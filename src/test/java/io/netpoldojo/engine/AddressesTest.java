package io.netpoldojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.IpAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IPv4 and IPv6 literals and CIDR blocks, as ipBlock uses them. */
class AddressesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "INVALID", value = {
            "10.0.0.1            | 10.0.0.1",
            "255.255.255.255     | 255.255.255.255",
            "256.0.0.1           | INVALID",
            "10.0.0              | INVALID",
            "10.0.0.1.2          | INVALID",
            "a.b.c.d             | INVALID",
            "example.com         | INVALID",
            "2001:db8::1         | 2001:db8::1",
            "2001:DB8:0:0:0:0:0:1| 2001:db8::1",
            "::                  | ::",
            "::1                 | ::1",
            "fe80::1%eth0        | INVALID",
            "1::2::3             | INVALID",
            "::ffff:10.0.0.1     | ::ffff:a00:1",
            "2001:db8:0:1:0:0:0:0| 2001:db8:0:1::",
            "1:2:3:4:5:6:7:8:9   | INVALID",
    })
    void parsesLiteralsOnly(String text, String canonical) {
        assertEquals(Optional.ofNullable(canonical), IpAddress.parse(text).map(IpAddress::toString));
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/8        | 10.255.1.2      | true",
            "10.0.0.0/8        | 11.0.0.1        | false",
            "0.0.0.0/0         | 198.51.100.7    | true",
            "0.0.0.0/0         | 2001:db8::1     | false",
            "10.0.0.1/32       | 10.0.0.1        | true",
            "10.0.0.1/32       | 10.0.0.2        | false",
            "10.0.0.7/16       | 10.0.200.1      | true",
            "2001:db8::/32     | 2001:db8:ffff::1| true",
            "2001:db8::/32     | 2001:db9::1     | false",
            "::/0              | ::1             | true",
            "2001:db8::/127    | 2001:db8::1     | true",
            "2001:db8::/127    | 2001:db8::2     | false",
            "2001:db8::/64     | 2001:db8::ffff:1| true",
    })
    void cidrContainment(String cidr, String ip, boolean contains) {
        assertEquals(contains, Cidr.of(cidr).contains(IpAddress.of(ip)));
    }

    @ParameterizedTest(name = "{0} strict subset of {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/16 | 10.0.1.0/24    | true",
            "10.0.0.0/16 | 10.0.0.0/16    | false",
            "10.0.0.0/16 | 10.0.0.0/8     | false",
            "10.0.0.0/16 | 10.1.0.0/24    | false",
            "10.0.0.0/16 | 2001:db8::/64  | false",
            "2001:db8::/32 | 2001:db8:1::/48 | true",
    })
    void exceptMustBeAStrictSubset(String cidr, String except, boolean ok) {
        assertEquals(ok, Cidr.of(cidr).hasStrictSubset(Cidr.of(except)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10.0.0.0/33", "10.0.0.0", "10.0.0.0/", "10.0.0.0/08", "2001:db8::/129", "10.0.0.0/16/2", "/8"})
    void rejectsInvalidCidrs(String text) {
        assertTrue(Cidr.parse(text).isEmpty());
    }

    @ParameterizedTest(name = "{0} canonical: {1}")
    @CsvSource({"10.0.0.0/16, true", "10.0.0.1/16, false", "2001:db8::1/64, false", "2001:db8::/64, true"})
    void knowsCanonicalForm(String text, boolean canonical) {
        assertEquals(canonical, Cidr.of(text).isCanonical());
    }
}
