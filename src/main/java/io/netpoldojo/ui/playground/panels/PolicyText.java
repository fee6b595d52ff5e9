package io.netpoldojo.ui.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small, careful edits of policy YAML text that keep the rest of the person's text as it is. */
public final class PolicyText {
    private static final Pattern METADATA = Pattern.compile("(?m)^metadata:\\s*$");
    private static final Pattern NAMESPACE_LINE = Pattern.compile("(?m)^(\\s+)namespace:.*$");
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private PolicyText() {}

    /** Sets {@code metadata.namespace}: replaces an existing one or adds it right under metadata. */
    public static String withNamespace(String yaml, String namespace) {
        Matcher metadata = METADATA.matcher(yaml);
        if (!metadata.find()) {
            return yaml;
        }
        int end = metadata.end();
        Matcher existing = NAMESPACE_LINE.matcher(yaml);
        if (existing.find(end) && existing.group(1).length() == 2) {
            return yaml.substring(0, existing.start()) + "  namespace: " + namespace + yaml.substring(existing.end());
        }
        return yaml.substring(0, end) + "\n  namespace: " + namespace + yaml.substring(end);
    }

    /** A recipe file's documents, without its header comments. */
    public static List<String> documents(String fileText) {
        List<String> out = new ArrayList<>();
        for (String doc : SEPARATOR.split(fileText)) {
            StringBuilder sb = new StringBuilder();
            for (String line : doc.split("\n", -1)) {
                if (!(sb.isEmpty() && (line.startsWith("#") || line.isBlank()))) {
                    sb.append(line).append('\n');
                }
            }
            String text = sb.toString().strip();
            if (!text.isEmpty()) {
                out.add(text + "\n");
            }
        }
        return out;
    }

    /** A new, empty policy for the namespace: a sensible start that already validates. */
    public static String blank(String name, String namespace) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: %s
                  namespace: %s
                spec:
                  podSelector:
                    matchLabels:
                      app: backend
                  policyTypes:
                  - Ingress
                  ingress:
                  - from:
                    - podSelector:
                        matchLabels:
                          app: frontend
                    ports:
                    - protocol: TCP
                      port: 8080
                """.formatted(name, namespace);
    }
}
