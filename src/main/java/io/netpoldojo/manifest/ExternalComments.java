package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Outside endpoints, written as YAML comment lines so that {@code kubectl apply} ignores them:
 * {@code # netpoldojo.io/external: {name: alb, ip: 203.0.113.10, x: 40, y: 300}}. The value is a
 * YAML flow mapping; {@code name} and {@code ip} are required and every other key becomes an
 * annotation of the endpoint.
 */
final class ExternalComments {
    private ExternalComments() {}

    static final String MARKER = "netpoldojo.io/external";
    private static final Pattern LINE = Pattern.compile("^[ \\t]*#[ \\t]*" + Pattern.quote(MARKER) + ":(.*)$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** One outside endpoint as written; positions are those of its comment. */
    record Draft(String name, IpAddress ip, Map<String, String> annotations, SourcePosition position,
                 Map<String, SourcePosition> fields) {}

    /**
     * Reads every external comment of {@code text} on lines before {@code stopLine} (1-based;
     * where a YAML error ended the file), in line order, reporting problems at the comment.
     */
    static void scan(String file, String text, int stopLine, Diagnostics diagnostics, Consumer<Draft> onExternal) {
        // Only lines that name the marker can be external comments: find those, instead of
        // matching every line of a large manifest against the pattern.
        int line = 1;
        int counted = 0;
        for (int at = text.indexOf(MARKER); at >= 0; at = text.indexOf(MARKER, at + MARKER.length())) {
            int start = text.lastIndexOf('\n', at) + 1;
            line += count(text, counted, start);
            counted = start;
            if (line >= stopLine) {
                return;
            }
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String raw = text.substring(start, end);
            String lineText = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            Matcher m = LINE.matcher(lineText);
            if (m.matches()) {
                int valueColumn = lineText.codePointCount(0, m.start(1)) + 1;
                read(file, line, valueColumn, m.group(1), diagnostics).ifPresent(onExternal);
                diagnostics.commit();
            }
            at = Math.max(at, end - MARKER.length()); // one look at each line, however often it names the marker
        }
    }

    /** Newlines in {@code text} from {@code from} (inclusive) to {@code to} (exclusive). */
    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    private static Optional<Draft> read(String file, int line, int column, String value, Diagnostics diagnostics) {
        Node node;
        try {
            node = YamlDocuments.composeOne(value);
        } catch (YamlDocuments.FailureException e) {
            int col = e.failure().line() == 0 ? column + e.failure().column() : column;
            diagnostics.report(Diagnostic.error(new SourcePosition(file, line, col), MARKER, e.failure().message()));
            return Optional.empty();
        }
        SourcePosition at = node == null ? new SourcePosition(file, line, column) : shifted(file, line, column, node);
        if (!(node instanceof MappingNode map)) {
            String got = node == null ? "nothing" : ObjectReader.describe(node);
            diagnostics.report(Diagnostic.error(at, MARKER,
                    "expected a flow mapping such as {name: alb, ip: 203.0.113.10}, got " + got));
            return Optional.empty();
        }
        int errors = diagnostics.errorCount();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SourcePosition> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition keyAt = shifted(file, line, column, tuple.getKeyNode());
            SourcePosition valueAt = shifted(file, line, column, tuple.getValueNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.report(Diagnostic.error(keyAt, MARKER, "expected a string key"));
                continue;
            }
            String k = key.getValue();
            if (values.containsKey(k)) {
                diagnostics.report(Diagnostic.error(keyAt, MARKER, "duplicate key " + Metadata.quote(k)));
                continue;
            }
            if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
                diagnostics.report(Diagnostic.error(valueAt, k, "expected a string, number or boolean, got "
                        + ObjectReader.describe(tuple.getValueNode())));
                continue;
            }
            values.put(k, ObjectReader.isNull(scalar) ? "" : scalar.getValue());
            fields.put(k, valueAt);
        }
        String name = values.getOrDefault("name", "");
        String ipText = values.getOrDefault("ip", "");
        if (name.isEmpty()) {
            diagnostics.report(Diagnostic.error(fields.getOrDefault("name", at), "name", "Required value"));
        } else {
            for (String msg : nameErrors(name)) {
                diagnostics.report(Diagnostic.error(fields.get("name"), "name",
                        "invalid name " + Metadata.quote(name) + ": " + msg));
            }
        }
        Optional<IpAddress> ip = IpAddress.parse(ipText);
        if (ipText.isEmpty()) {
            diagnostics.report(Diagnostic.error(fields.getOrDefault("ip", at), "ip", "Required value"));
        } else if (ip.isEmpty()) {
            diagnostics.report(Diagnostic.error(fields.get("ip"), "ip", "invalid IP address " + Metadata.quote(ipText)));
        }
        if (diagnostics.errorCount() > errors || ip.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> annotations = new LinkedHashMap<>(values);
        annotations.remove("name");
        annotations.remove("ip");
        return Optional.of(new Draft(name, ip.get(), annotations, at, fields));
    }

    /** Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 63: no '/'. */
    static List<String> nameErrors(String name) {
        List<String> errs = new ArrayList<>();
        if (name.length() > 63) {
            errs.add(ApiValidation.maxLength(63));
        }
        if (!NAME.matcher(name).matches()) {
            errs.add("an external name must consist of letters, digits, '.', '_' or '-', and must start with a "
                    + "letter or digit");
        }
        return errs;
    }

    private static SourcePosition shifted(String file, int line, int column, Node node) {
        return new SourcePosition(file, line, column + node.getStartMark().getColumn());
    }
}
