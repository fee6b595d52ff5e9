package io.netpoldojo.manifest;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Emits YAML text in kubectl's block style (2-space indent, list items at their key's indent)
 * from maps, lists, strings and integers. Strings are written plain only when every YAML reader
 * NetPol Dojo cares about (SnakeYAML, kubectl's go-yaml) reads them back as the same string;
 * otherwise they are double-quoted ("true", "80", "on", "1.2.3.4", "").
 */
public final class YamlText {
    private YamlText() {}

    private static final Resolver RESOLVER = YamlDocuments.resolver();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./:@+-]*");
    private static final Pattern FLOW_PLAIN = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_./-]*");
    /** Number-like words that some reader may take as a number (Go's ParseInt/ParseFloat forms). */
    private static final Pattern NUMBERISH = Pattern.compile("[-+]?\\.?[0-9][0-9A-Za-z_.+-]*");

    /** A string scalar for block context, quoted when it would otherwise read as something else. */
    static String scalar(String s) {
        boolean plain = PLAIN.matcher(s).matches() && !s.endsWith(":") && !NUMBERISH.matcher(s).matches()
                && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
        return plain ? s : quoted(s);
    }

    /** A scalar inside a flow mapping on one line: numbers stay plain (they read back as text). */
    static String flowScalar(String s) {
        boolean plain = FLOW_PLAIN.matcher(s).matches() && !RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.NULL);
        return plain ? s : quoted(s);
    }

    /** A YAML double-quoted scalar on one line: quotes, backslashes and control characters escaped. */
    public static String quoted(String s) {
        return DoubleQuoted.of(s, c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028'
                || c == '\u2029' || c == '\ufeff', "\\u%04x");
    }

    /** Appends {@code map} as a block mapping at {@code indent}, each line ending in a newline. */
    static void mapping(StringBuilder out, Map<String, ?> map, int indent) {
        for (Map.Entry<String, ?> e : map.entrySet()) {
            out.append(" ".repeat(indent)).append(scalar(e.getKey())).append(':');
            value(out, e.getValue(), indent);
        }
    }

    /** Writes a value after "key:": inline when scalar or empty, else on the next lines. */
    private static void value(StringBuilder out, Object value, int indent) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            @SuppressWarnings("unchecked")
            Map<String, ?> m = (Map<String, ?>) map;
            mapping(out, m, indent + 2);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            // kubectl style: a list under a key starts at the key's own indent.
            sequence(out, list, indent);
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static void sequence(StringBuilder out, List<?> list, int indent) {
        for (Object item : list) {
            out.append(" ".repeat(indent)).append("- ");
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                StringBuilder nested = new StringBuilder();
                @SuppressWarnings("unchecked")
                Map<String, ?> m = (Map<String, ?>) map;
                mapping(nested, m, indent + 2);
                out.append(nested.substring(indent + 2)); // the first key goes on the "- " line
            } else if (item instanceof List<?> inner && !inner.isEmpty()) {
                StringBuilder nested = new StringBuilder();
                sequence(nested, inner, indent + 2);
                out.append(nested.substring(indent + 2));
            } else {
                out.append(inline(item)).append('\n');
            }
        }
    }

    private static String inline(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return scalar(String.valueOf(value));
    }
}
