package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.SelectorRequirement;
import io.netpoldojo.engine.model.SelectorRequirement.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a metav1.LabelSelector and validates it as apimachinery's ValidateLabelSelector does. */
final class SelectorReader {
    private SelectorReader() {}

    static final Set<String> SELECTOR_FIELDS = Set.of("matchLabels", "matchExpressions");
    static final Set<String> REQUIREMENT_FIELDS = Set.of("key", "operator", "values");
    static final String SUPPORTED_OPERATORS = "\"In\", \"NotIn\", \"Exists\", \"DoesNotExist\"";

    /**
     * The selector at {@code node}, which must be written (callers treat absent and null as "no
     * selector"); {@code strict} rejects undeclared fields. Empty when it has errors.
     */
    static Optional<LabelSelector> read(ObjectReader r, Node node, String path, boolean strict) {
        int before = r.errorCount();
        Optional<Fields> fields = r.mapping(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        if (strict) {
            f.allowOnly(SELECTOR_FIELDS);
        }
        Map<String, String> matchLabels = Metadata.labels(r, f.get("matchLabels"), f.pathOf("matchLabels"));
        List<SelectorRequirement> expressions = new ArrayList<>();
        String exprPath = f.pathOf("matchExpressions");
        List<Node> items = r.sequence(f.get("matchExpressions"), exprPath).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            requirement(r, items.get(i), ObjectReader.index(exprPath, i), strict).ifPresent(expressions::add);
        }
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new LabelSelector(Labels.of(matchLabels), expressions));
    }

    /**
     * ValidateLabelSelectorRequirement: "In"/"NotIn" need values, "Exists"/"DoesNotExist" must
     * have none; the key is a qualified name and each value a label value.
     */
    private static Optional<SelectorRequirement> requirement(ObjectReader r, Node node, String path, boolean strict) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        if (strict) {
            f.allowOnly(REQUIREMENT_FIELDS);
        }
        int before = r.errorCount();
        Node keyNode = f.get("key");
        Optional<String> key = r.string(keyNode, f.pathOf("key"));
        String keyText = key.orElse("");
        if (keyText.isEmpty()) {
            f.requiredIfBlank(keyNode, key, "key");
        } else if (!ApiValidation.isValidQualifiedName(keyText)) {
            invalidKey(r, f, keyNode, keyText);
        }
        Node opNode = f.get("operator");
        String opText = r.string(opNode, f.pathOf("operator")).orElse(null);
        Operator operator = opText == null ? null : Operator.parse(opText).orElse(null);
        if (opText != null && operator == null) {
            unsupportedOperator(r, f, opNode, opText);
        } else if (ObjectReader.isNull(opNode)) {
            f.requiredIfBlank(null, Optional.empty(), "operator");
        }
        Node valuesNode = f.get("values");
        String valuesPath = f.pathOf("values");
        List<String> values = new ArrayList<>();
        List<Node> valueNodes = r.sequence(valuesNode, valuesPath).orElse(List.of());
        for (int i = 0; i < valueNodes.size(); i++) {
            Node v = valueNodes.get(i);
            String vPath = ObjectReader.index(valuesPath, i);
            // A null value reads as "" (as in Go); r.string records nothing and says nothing of a null node.
            String value = ObjectReader.isNull(v) ? "" : r.string(v, vPath).orElse(null);
            if (value == null) {
                continue;
            }
            if (!ApiValidation.isValidLabelValue(value)) {
                invalidValue(r, v, vPath, value);
            }
            values.add(value);
        }
        if (operator == null) {
            return Optional.empty();
        }
        boolean needsValues = operator == Operator.IN || operator == Operator.NOT_IN;
        if (needsValues == valueNodes.isEmpty()) {
            valuesForOperator(r, f, valuesNode, valuesPath, needsValues);
        }
        // A key tagged !x is no key and no error here: YamlChecks has already reported the tag.
        if (r.errorCount() > before || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SelectorRequirement(key.get(), operator, values));
    }

    // The messages, out of line: the quick JIT compiles a hot method whole, and these nearly never
    // run (see ObjectReader#wrongType).

    private static void invalidKey(ObjectReader r, Fields f, Node keyNode, String key) {
        for (String msg : ApiValidation.qualifiedName(key)) {
            r.error(keyNode, f.pathOf("key"), "Invalid value: " + Metadata.quote(key) + ": " + msg);
        }
    }

    private static void unsupportedOperator(ObjectReader r, Fields f, Node opNode, String text) {
        r.error(opNode, f.pathOf("operator"), "Unsupported value: " + Metadata.quote(text)
                + ": supported values: " + SUPPORTED_OPERATORS);
    }

    private static void invalidValue(ObjectReader r, Node v, String path, String value) {
        for (String msg : ApiValidation.labelValue(value)) {
            r.error(v, path, "Invalid value: " + Metadata.quote(value) + ": " + msg);
        }
    }

    /** "In"/"NotIn" without values, or "Exists"/"DoesNotExist" with some. */
    private static void valuesForOperator(ObjectReader r, Fields f, Node valuesNode, String valuesPath,
                                          boolean needsValues) {
        if (needsValues) {
            r.error(ObjectReader.isNull(valuesNode) ? f.node() : valuesNode, valuesPath,
                    "Required value: must be specified when operator is 'In' or 'NotIn'");
        } else {
            r.error(valuesNode, valuesPath,
                    "Forbidden: may not be specified when operator is 'Exists' or 'DoesNotExist'");
        }
    }
}
