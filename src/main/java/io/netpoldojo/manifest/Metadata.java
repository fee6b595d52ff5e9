package io.netpoldojo.manifest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * What the loader reads from an object's ObjectMeta, validated as the apiserver's
 * ValidateObjectMeta does: a required name, a DNS-1123 namespace, label and annotation keys.
 * {@code annotationNodes} keeps where each annotation value was written.
 */
record Metadata(String name, String namespace, Map<String, String> labels, Map<String, String> annotations,
                Map<String, Node> annotationNodes, Node nameNode) {

    static final String DEFAULT_NAMESPACE = "default";

    /** The ObjectMeta fields a manifest may carry (what kubectl get prints, and what one writes). */
    static final Set<String> OBJECT_META_FIELDS = Set.of("name", "generateName", "namespace", "selfLink", "uid",
            "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
            "labels", "annotations", "ownerReferences", "finalizers", "managedFields");

    /** "Total size of annotations ... must be less than 256 kB" (apimachinery TotalAnnotationSizeLimitB). */
    private static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

    enum NameRule {
        /** Pods, workloads, NetworkPolicies: IsDNS1123Subdomain. */
        SUBDOMAIN,
        /** Namespaces: IsDNS1123Label. */
        LABEL
    }

    /**
     * Reads {@code metadata} of {@code root}; empty when the name is missing or invalid (the errors
     * are reported). {@code strict} rejects fields outside ObjectMeta; {@code namespaced} reads
     * and defaults {@code metadata.namespace}.
     */
    static Optional<Metadata> read(ObjectReader r, Fields root, NameRule rule, boolean namespaced, boolean strict) {
        Optional<Fields> meta = r.mapping(root.get("metadata"), "metadata");
        if (meta.isEmpty()) {
            if (!root.has("metadata")) {
                r.error(root.node(), "metadata.name", "Required value");
            }
            return Optional.empty();
        }
        Fields m = meta.get();
        if (strict) {
            m.allowOnly(OBJECT_META_FIELDS);
        }
        Node nameNode = m.get("name");
        Optional<String> name = r.string(nameNode, "metadata.name");
        boolean valid = true;
        if (name.isEmpty() || name.get().isEmpty()) {
            m.requiredIfBlank(nameNode, name, "name");
            valid = false;
        } else if (rule == NameRule.LABEL ? !ApiValidation.isValidDns1123Label(name.get())
                : !ApiValidation.isValidDns1123Subdomain(name.get())) {
            invalidName(r, nameNode, name.get(), rule);
            valid = false;
        }
        String namespace = "";
        if (namespaced) {
            Node nsNode = m.get("namespace");
            namespace = r.string(nsNode, "metadata.namespace").orElse("");
            if (namespace.isEmpty()) {
                namespace = DEFAULT_NAMESPACE;
            } else if (!ApiValidation.isValidDns1123Label(namespace)) {
                invalidNamespace(r, nsNode, namespace);
                valid = false;
            }
        }
        Map<String, String> labels = labels(r, m.get("labels"), "metadata.labels");
        Map<String, Node> annotationNodes = new LinkedHashMap<>();
        Map<String, String> annotations = annotations(r, m.get("annotations"), "metadata.annotations", annotationNodes);
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Metadata(name.get(), namespace, labels, annotations, annotationNodes, nameNode));
    }

    // The messages, out of line: the quick JIT compiles the readers' hot methods whole, and these
    // nearly never run (see ObjectReader#wrongType).

    private static void invalidName(ObjectReader r, Node nameNode, String name, NameRule rule) {
        var messages = rule == NameRule.LABEL ? ApiValidation.dns1123Label(name) : ApiValidation.dns1123Subdomain(name);
        for (String msg : messages) {
            r.error(nameNode, "metadata.name", "invalid name " + quote(name) + ": " + msg);
        }
    }

    private static void invalidNamespace(ObjectReader r, Node nsNode, String namespace) {
        for (String msg : ApiValidation.dns1123Label(namespace)) {
            r.error(nsNode, "metadata.namespace", "invalid namespace " + quote(namespace) + ": " + msg);
        }
    }

    /** "Invalid value" for a label or annotation key, reported at {@code path} (the map), as the apiserver does. */
    private static void invalidKey(ObjectReader r, Node keyNode, String path, String key, String checked) {
        for (String msg : ApiValidation.qualifiedName(checked)) {
            r.error(keyNode, path, "Invalid value: " + quote(key) + ": " + msg);
        }
    }

    private static void invalidLabelValue(ObjectReader r, Node valueNode, String path, String value) {
        for (String msg : ApiValidation.labelValue(value)) {
            r.error(valueNode, path, "Invalid value: " + quote(value) + ": " + msg);
        }
    }

    private static void annotationsTooLong(ObjectReader r, Fields fields, String path) {
        r.error(fields.node(), path, "Too long: must have at most " + ANNOTATIONS_MAX_BYTES + " bytes");
    }

    /**
     * A label map (metadata.labels, template labels, matchLabels): keys are qualified names,
     * values valid label values; a null value decodes as "" as in Go.
     */
    static Map<String, String> labels(ObjectReader r, Node node, String path) {
        Map<String, String> labels = new LinkedHashMap<>();
        Optional<Fields> fields = r.mapping(node, path);
        if (fields.isEmpty()) {
            return labels;
        }
        for (Map.Entry<String, NodeTuple> e : fields.get().tuples().entrySet()) {
            String key = e.getKey();
            Node keyNode = e.getValue().getKeyNode();
            Node valueNode = e.getValue().getValueNode();
            String entryPath = ObjectReader.key(path, key);
            r.record(entryPath, keyNode);
            if (!ApiValidation.isValidQualifiedName(key)) {
                invalidKey(r, keyNode, path, key, key);
            }
            String value = ObjectReader.isNull(valueNode) ? "" : r.string(valueNode, entryPath).orElse(null);
            if (value == null) {
                continue;
            }
            if (!ApiValidation.isValidLabelValue(value)) {
                invalidLabelValue(r, valueNode, path, value);
            }
            labels.put(key, value);
        }
        return labels;
    }

    /** An annotation map: string values, qualified-name keys (checked lower-cased), 256 KiB in all. */
    static Map<String, String> annotations(ObjectReader r, Node node, String path, Map<String, Node> where) {
        Map<String, String> annotations = new LinkedHashMap<>();
        Optional<Fields> fields = r.mapping(node, path);
        if (fields.isEmpty()) {
            return annotations;
        }
        long bytes = 0;
        for (Map.Entry<String, NodeTuple> e : fields.get().tuples().entrySet()) {
            String key = e.getKey();
            Node keyNode = e.getValue().getKeyNode();
            Node valueNode = e.getValue().getValueNode();
            String entryPath = ObjectReader.key(path, key);
            r.record(entryPath, keyNode);
            String lowerCased = key.toLowerCase(Locale.ROOT);
            if (!ApiValidation.isValidQualifiedName(lowerCased)) {
                invalidKey(r, keyNode, path, key, lowerCased);
            }
            String value = ObjectReader.isNull(valueNode) ? "" : r.string(valueNode, entryPath).orElse(null);
            if (value != null) {
                annotations.put(key, value);
                where.put(key, valueNode);
                bytes += key.length() + value.length();
            }
        }
        if (bytes > ANNOTATIONS_MAX_BYTES) {
            annotationsTooLong(r, fields.get(), path);
        }
        return annotations;
    }

    /** Values longer than this are shown shortened in messages: a message is a line, not a copy of the file. */
    static final int SHOWN_IN_FULL = 256;
    private static final int SHOWN_WHEN_SHORTENED = 64;

    /**
     * A Go-style quoted string, as the apiserver prints values ({@code "Frontend"}); a long one is
     * shortened to its first characters and its length: {@code "aaaa..." (100000 characters)}.
     * Close to Go's {@code %q}, not the same: Go also writes BEL, BS, FF and VT as {@code \a},
     * {@code \b}, {@code \f} and {@code \v} (here {@code \x07} and so on), and DEL, C1 controls,
     * U+2028/9 and U+FEFF as codes (here as they are).
     */
    static String quote(String s) {
        if (s.length() > SHOWN_IN_FULL) {
            String head = s.substring(0, Character.isHighSurrogate(s.charAt(SHOWN_WHEN_SHORTENED - 1))
                    ? SHOWN_WHEN_SHORTENED - 1 : SHOWN_WHEN_SHORTENED);
            String quoted = quote(head);
            return quoted.substring(0, quoted.length() - 1) + "...\" (" + s.length() + " characters)";
        }
        return DoubleQuoted.of(s, c -> c < 0x20, "\\x%02x");
    }

    /** A value named in a message without quotes (a kind, a name), shortened like {@link #quote} when long. */
    static String shown(String s) {
        return s.length() <= SHOWN_IN_FULL ? s : quote(s);
    }
}
