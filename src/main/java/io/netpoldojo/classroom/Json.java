package io.netpoldojo.classroom;

import java.util.List;

/** Writes the few small JSON objects the page reads; every string is escaped, so no text can break out. */
final class Json {
    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    static Json object() {
        return new Json();
    }

    Json put(String name, String value) {
        return name(name).string(value);
    }

    Json put(String name, long value) {
        name(name).out.append(value);
        return this;
    }

    Json put(String name, boolean value) {
        name(name).out.append(value);
        return this;
    }

    Json putStrings(String name, List<String> values) {
        name(name).out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** A nested object, already written. */
    Json put(String name, Json value) {
        name(name).out.append(value.toString());
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private Json name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(name);
        out.append(':');
        return this;
    }

    private Json string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // '<' too: a string can never close a <script> element, wherever the JSON ends up.
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }
}
