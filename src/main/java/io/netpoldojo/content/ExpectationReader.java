package io.netpoldojo.content;

import io.netpoldojo.engine.model.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads expectations (a scenario's {@code expect}, a card's {@code goal}) and checks their references. */
final class ExpectationReader {
    private static final List<String> OUTCOMES = List.of("allowed", "onlyFrom", "onlyTo");

    private final ScenarioRefs refs;
    private final Problems problems;
    private final boolean afterAllowed;

    /** @param afterAllowed false for a card's goal, which is judged in the card's own state */
    ExpectationReader(ScenarioRefs refs, Problems problems, boolean afterAllowed) {
        this.refs = refs;
        this.problems = problems;
        this.afterAllowed = afterAllowed;
    }

    /** Every expectation of a list field; the result lines up with the list only if none failed. */
    List<Optional<Expectation>> readAll(YamlMap owner, String key) {
        List<Optional<Expectation>> out = new ArrayList<>();
        List<Node> items = owner.list(key);
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.index(owner.pathOf(key), i);
            out.add(YamlMap.of(items.get(i), owner.file, path, problems).flatMap(this::read));
        }
        return out;
    }

    Optional<Expectation> read(YamlMap m) {
        m.allowOnly("after", "from", "to", "port", "allowed", "onlyFrom", "onlyTo");
        if (!afterAllowed && m.has("after")) {
            problems.error(m.file, m.keyNode("after"), m.pathOf("after"), "a goal is judged in the card's own state;"
                    + " set \"after\" on the card, not on the expectation");
            return Optional.empty();
        }
        List<String> outcomes = OUTCOMES.stream().filter(m::has).toList();
        if (outcomes.size() != 1) {
            problems.error(m.file, m.node, m.path, outcomes.isEmpty()
                    ? "needs one of \"allowed\" (with from and to), \"onlyFrom\" (with to) or \"onlyTo\" (with from)"
                    : "\"" + outcomes.get(0) + "\" and \"" + outcomes.get(1) + "\" cannot be combined; write two expectations");
            return Optional.empty();
        }
        Optional<String> after = afterAllowed ? refs.after(m, "after") : Optional.empty();
        if (m.has("after") && after.isEmpty()) {
            return Optional.empty();
        }
        Optional<Port> port = ScenarioRefs.port(m, "port", problems);
        var position = Problems.at(m.file, m.node);
        switch (outcomes.get(0)) {
            case "allowed" -> {
                Optional<String> from = endpointField(m, "from", true);
                Optional<String> to = endpointField(m, "to", true);
                Optional<Boolean> allowed = m.bool("allowed");
                if (from.isEmpty() || to.isEmpty() || port.isEmpty() || allowed.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Expectation.Reach(after, from.get(), to.get(), port.get(), allowed.get(), position));
            }
            case "onlyFrom" -> {
                Optional<String> to = endpointField(m, "to", true);
                forbid(m, "from", "onlyFrom lists the sources; drop \"from\"");
                Optional<List<String>> sources = refs.endpoints(m, "onlyFrom");
                if (to.isEmpty() || port.isEmpty() || sources.isEmpty() || m.has("from")) {
                    return Optional.empty();
                }
                return Optional.of(new Expectation.OnlyFrom(after, to.get(), port.get(), sources.get(), position));
            }
            default -> {
                Optional<String> from = endpointField(m, "from", true);
                forbid(m, "to", "onlyTo lists the destinations; drop \"to\"");
                Optional<List<String>> dests = refs.endpoints(m, "onlyTo");
                if (from.isEmpty() || port.isEmpty() || dests.isEmpty() || m.has("to")) {
                    return Optional.empty();
                }
                return Optional.of(new Expectation.OnlyTo(after, from.get(), port.get(), dests.get(), position));
            }
        }
    }

    private Optional<String> endpointField(YamlMap m, String key, boolean required) {
        if (!m.has(key)) {
            if (required) {
                m.missing(key);
            }
            return Optional.empty();
        }
        return refs.endpoint(m, key);
    }

    private void forbid(YamlMap m, String key, String why) {
        if (m.has(key)) {
            problems.error(m.file, m.keyNode(key), m.pathOf(key), why);
        }
    }
}
