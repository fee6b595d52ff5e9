package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CLI's JSON strings: what RFC 8259 requires escaped is, and nothing else is touched. */
class JsonTest {
    @Test
    void escapesQuotesBackslashesAndControlCharactersOnly() {
        String awkward = "a\"b\\c\nd\te\rf\u0001g\u007fh\u0085i\u2028j\u00e9k";
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\u007fh\u0085i\u2028j\u00e9k\"", Json.string(awkward));
    }

    @Test
    void anEmptyStringIsTwoQuotes() {
        assertEquals("\"\"", Json.string(""));
    }
}
