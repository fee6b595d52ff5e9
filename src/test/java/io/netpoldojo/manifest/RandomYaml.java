package io.netpoldojo.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random YAML texts for cross-checks: manifest-like mappings and lists in block and flow style,
 * plain, quoted and block scalars, YAML tags (standard, local and global), anchors, aliases
 * (some undefined), merge keys of every form, comments and several documents.
 */
final class RandomYaml {
    private RandomYaml() {}

    private static final String[] KEYS = {"apiVersion", "kind", "metadata", "name", "labels", "spec", "ports",
        "port", "app", "<<", "items", "a", "b", "podSelector", "x-y", "\"quoted key\"", "'single'", "? complex"};
    private static final String[] SCALARS = {"v1", "NetworkPolicy", "List", "web", "80", "0x50", "1_000", "8080",
        "true", "no", "n", "Y", "null", "~", "", "3.5", ".inf", "2026-12-05", "10.0.0.0/8", "\"a: b\"", "'it''s'",
        "\"\\u00e9\\n\"", "TCP", "!!str 80", "!!int abc", "!!binary aGk=", "!secret x", "!<tag:example.com,2000:x> y",
        "!!map {}", "!!timestamp 2001-12-14", "a b c", "-1", "+12", "0o17", "1e3", "<<"};

    static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        List<String> anchors = new ArrayList<>();
        int documents = 1 + random.nextInt(3);
        for (int d = 0; d < documents; d++) {
            if (d > 0 || random.nextInt(4) == 0) {
                sb.append(random.nextInt(5) == 0 ? "--- " : "---\n");
            }
            if (random.nextInt(6) == 0) {
                sb.append("# a comment\n");
            }
            block(sb, random, 0, 0, anchors);
            if (random.nextInt(8) == 0) {
                sb.append("...\n");
            }
        }
        return sb.toString();
    }

    /** A block mapping or sequence at {@code indent}, each entry on its own line. */
    private static void block(StringBuilder sb, Random random, int indent, int depth, List<String> anchors) {
        boolean sequence = random.nextInt(4) == 0;
        int entries = 1 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            sb.append(" ".repeat(indent));
            if (sequence) {
                sb.append("- ");
            } else {
                String key = KEYS[random.nextInt(KEYS.length)];
                sb.append(key).append(':');
                if (key.equals("<<")) {
                    merge(sb, random, anchors);
                    continue;
                }
            }
            value(sb, random, indent + 2, depth + 1, anchors, sequence);
        }
    }

    private static void merge(StringBuilder sb, Random random, List<String> anchors) {
        switch (random.nextInt(4)) {
            case 0 -> sb.append(' ').append(alias(random, anchors)).append('\n');
            case 1 -> sb.append(" [").append(alias(random, anchors)).append(", ").append(alias(random, anchors))
                    .append("]\n");
            case 2 -> sb.append(" {a: 1, b: 2}\n");
            default -> sb.append(" v1\n");
        }
    }

    private static String alias(Random random, List<String> anchors) {
        return anchors.isEmpty() || random.nextInt(8) == 0 ? "*nowhere" : "*" + anchors.get(random.nextInt(anchors.size()));
    }

    private static void value(StringBuilder sb, Random random, int indent, int depth, List<String> anchors,
                              boolean inSequence) {
        String anchor = "";
        if (random.nextInt(7) == 0) {
            String name = "a" + random.nextInt(6);
            anchors.add(name);
            anchor = " &" + name;
        }
        int kind = depth > 4 ? 0 : random.nextInt(9);
        switch (kind) {
            case 0, 1, 2 -> sb.append(anchor).append(' ').append(SCALARS[random.nextInt(SCALARS.length)]).append('\n');
            case 3 -> sb.append(anchor).append(' ').append(alias(random, anchors).substring(anchor.isEmpty() ? 0 : 0))
                    .append('\n');
            case 4 -> sb.append(anchor).append(" {").append(flowEntries(random)).append("}\n");
            case 5 -> sb.append(anchor).append(" [").append(SCALARS[random.nextInt(SCALARS.length)]).append(", ")
                    .append(SCALARS[random.nextInt(SCALARS.length)]).append("]\n");
            case 6 -> sb.append(anchor).append(random.nextBoolean() ? " |\n" : " >-\n").append(" ".repeat(indent))
                    .append("line one\n").append(" ".repeat(indent)).append("line: two\n");
            default -> {
                sb.append(anchor).append('\n');
                // A list under a key may start at the key's own indent, as kubectl writes it.
                int inner = !inSequence && random.nextInt(3) == 0 ? indent - 2 : indent;
                block(sb, random, Math.max(inner, 0), depth, anchors);
            }
        }
    }

    private static String flowEntries(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(KEYS[random.nextInt(KEYS.length)]).append(": ")
                    .append(SCALARS[random.nextInt(SCALARS.length)]);
        }
        return sb.toString();
    }
}
