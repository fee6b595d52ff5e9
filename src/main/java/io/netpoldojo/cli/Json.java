package io.netpoldojo.cli;

import io.netpoldojo.manifest.DoubleQuoted;

/** Just enough JSON writing for the CLI's output: string escaping per RFC 8259. */
final class Json {
    private Json() {}

    /** RFC 8259 requires only the quote, the backslash and the controls below U+0020 escaped. */
    static String string(String s) {
        return DoubleQuoted.of(s, c -> c < 0x20, "\\u%04x");
    }
}
