package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How a value is quoted where a person reads it: Go-style in an error message, close to the
 * apiserver's {@code %q} but not the same (see {@code Metadata.quote}), and YAML-style in a written
 * manifest, where every reader must get the same string back.
 */
class QuotingTest {
    /** A quote, a backslash, the three named escapes, a C0 control, DEL, a C1 control, LS and a BOM. */
    private static final String AWKWARD = "a\"b\\c\nd\te\rf\u0001g\u007fh\u0085i\u2028j\ufeffk";

    @Test
    void anErrorMessageQuotesAValueGoStyle() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\rf\\x01g\u007fh\u0085i\u2028j\ufeffk\"", Metadata.quote(AWKWARD));
    }

    @Test
    void aLongValueInAnErrorMessageIsShortenedInsideItsQuotes() {
        String s = "\n".repeat(300);
        assertEquals("\"" + "\\n".repeat(64) + "...\" (300 characters)", Metadata.quote(s));
    }

    @Test
    void writtenYamlEscapesEveryCharacterAReaderCouldTakeOtherwise() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\\u007fh\\u0085i\\u2028j\\ufeffk\"", YamlText.quoted(AWKWARD));
    }
}
