package io.netpoldojo.content;

import io.netpoldojo.engine.ReachabilityMatrix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code demos/<id>.yaml} (an optional {@code order}, 1 to 99, places it in the Present list). It replays the steps as the presenter will (starting with no
 * policy applied), so applying a policy twice or removing one that is not applied is an error. A
 * step applies or removes a NetworkPolicy or a ClusterNetworkPolicy of the demo's scenario; the
 * step keeps it as {@code namespace/name} for the one, the name for the other.
 */
final class DemoReader {
    private final Problems problems;
    private final Map<String, Scenario> scenarios;

    DemoReader(Problems problems, Map<String, Scenario> scenarios) {
        this.problems = problems;
        this.scenarios = scenarios;
    }

    Optional<Demo> read(String file, String fileId, String text) {
        return YamlFiles.composeOne(file, text, problems)
                .flatMap(n -> YamlMap.of(n, file, "", problems))
                .flatMap(m -> read(m, fileId));
    }

    private Optional<Demo> read(YamlMap m, String fileId) {
        m.allowOnly("id", "order", "title", "description", "scenario", "steps");
        // Optional: where the demo goes in the Present list; unnumbered ones go last.
        Optional<Integer> order = m.has("order") ? m.requiredInt("order", 1, 99) : Optional.of(Demo.UNORDERED);
        Optional<String> id = m.requiredText("id");
        id.filter(v -> !v.equals(fileId)).ifPresent(v -> problems.error(m.file, m.node("id").get(), "id",
                "must equal the file name \"" + fileId + "\""));
        Optional<String> title = m.requiredText("title");
        Optional<String> description = m.requiredText("description");
        Optional<Scenario> scenario = m.requiredText("scenario").flatMap(s -> {
            Scenario found = scenarios.get(s);
            if (found == null) {
                problems.error(m.file, m.node("scenario").get(), "scenario", "unknown scenario \"" + s + "\"");
            }
            return Optional.ofNullable(found);
        }).filter(s -> !s.manifests().hasErrors());
        if (!m.has("steps")) {
            m.missing("steps");
        }
        List<Node> items = m.list("steps");
        if (m.has("steps") && items.isEmpty()) {
            problems.error(m.file, m.node("steps").get(), "steps", "needs at least one step");
        }
        if (scenario.isEmpty()) {
            return Optional.empty();
        }
        ScenarioRefs refs = new ScenarioRefs(scenario.get(), problems);
        Set<String> applied = new LinkedHashSet<>();
        List<Demo.DemoStep> steps = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Optional<Demo.DemoStep> step = YamlMap.of(items.get(i), m.file, Problems.index("steps", i), problems)
                    .flatMap(s -> step(s, refs, applied));
            step.ifPresent(steps::add);
            ok &= step.isPresent();
        }
        if (!ok || id.isEmpty() || title.isEmpty() || description.isEmpty() || order.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Demo(id.get(), title.get(), description.get(), scenario.get().id(), steps, order.get()));
    }

    private Optional<Demo.DemoStep> step(YamlMap s, ScenarioRefs refs, Set<String> applied) {
        s.allowOnly("title", "narration", "apply", "remove", "highlight", "ask");
        Optional<String> title = s.requiredText("title");
        Optional<String> narration = s.requiredText("narration");
        boolean ok = true;
        Optional<String> remove = Optional.empty();
        if (s.has("remove")) {
            remove = refs.anyPolicy(s, "remove");
            if (remove.isPresent() && !applied.remove(remove.get())) {
                problems.error(s.file, s.node("remove").get(), s.pathOf("remove"), kind(refs, remove.get()) + " "
                        + s.text("remove").get() + " is not applied at this step");
                remove = Optional.empty();
            }
            ok &= remove.isPresent();
        }
        Optional<String> apply = Optional.empty();
        if (s.has("apply")) {
            apply = refs.anyPolicy(s, "apply");
            if (apply.isPresent() && !applied.add(apply.get())) {
                problems.error(s.file, s.node("apply").get(), s.pathOf("apply"), kind(refs, apply.get()) + " "
                        + s.text("apply").get() + " is already applied at this step");
                apply = Optional.empty();
            }
            ok &= apply.isPresent();
        }
        List<String> highlight = new ArrayList<>();
        List<Demo.Arrow> arrows = new ArrayList<>();
        boolean highlightOk = !s.has("highlight") || highlights(s, refs, highlight, arrows);
        Optional<Demo.Question> question = Optional.empty();
        if (s.has("ask")) {
            question = s.map("ask").flatMap(a -> {
                a.allowOnly("question", "from", "to", "port", "hide");
                Optional<String> q = a.requiredText("question");
                Optional<Ask> ask = refs.ask(a);
                List<Demo.Arrow> hide = new ArrayList<>();
                boolean hideOk = !a.has("hide") || arrows(a, "hide", refs, hide);
                return q.isEmpty() || ask.isEmpty() || !hideOk ? Optional.empty()
                        : Optional.of(new Demo.Question(q.get(), ask.get(), hide));
            });
            ok &= question.isPresent();
        }
        if (!ok || title.isEmpty() || narration.isEmpty() || !highlightOk) {
            return Optional.empty();
        }
        return Optional.of(new Demo.DemoStep(title.get(), narration.get(), apply, remove, highlight, arrows, question));
    }

    /** "policy" for a NetworkPolicy, "ClusterNetworkPolicy" for a cluster-wide one. */
    private static String kind(ScenarioRefs refs, String ref) {
        return refs.scenario().policy(ref).isPresent() ? "policy" : "ClusterNetworkPolicy";
    }

    /**
     * {@code highlight: [ns/pod, outside, "ns/a -> ns/b"]}: endpoints, and arrows written
     * {@code from -> to}.
     */
    private boolean highlights(YamlMap s, ScenarioRefs refs, List<String> endpoints, List<Demo.Arrow> arrows) {
        return items(s, "highlight", refs, endpoints, arrows, true);
    }

    /** {@code hide: ["ns/a -> ns/b", ...]}: arrows only. */
    private boolean arrows(YamlMap s, String key, ScenarioRefs refs, List<Demo.Arrow> arrows) {
        return items(s, key, refs, new ArrayList<>(), arrows, false);
    }

    /**
     * A list of endpoint ids (when {@code endpointsToo}) and arrows written {@code from -> to}. An
     * arrow must be one the canvas draws: two different endpoints, not both outside the cluster.
     */
    private boolean items(YamlMap s, String key, ScenarioRefs refs, List<String> endpoints, List<Demo.Arrow> arrows,
                          boolean endpointsToo) {
        List<Node> items = s.list(key);
        List<String> texts = s.textList(key);
        if (texts.size() != items.size()) {
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < texts.size(); i++) {
            String path = Problems.index(s.pathOf(key), i);
            String text = texts.get(i);
            int arrow = text.indexOf("->");
            if (arrow < 0 && !endpointsToo) {
                problems.error(s.file, items.get(i), path, "write an arrow as \"from -> to\", e.g. \"alb -> default/frontend\"");
                ok = false;
                continue;
            }
            if (arrow < 0) {
                boolean known = refs.endpoint(s.file, items.get(i), path, text);
                ok &= known;
                if (known) {
                    endpoints.add(text);
                }
                continue;
            }
            String from = text.substring(0, arrow).trim();
            String to = text.substring(arrow + 2).trim();
            boolean known = refs.endpoint(s.file, items.get(i), path, from) & refs.endpoint(s.file, items.get(i), path, to);
            if (known && !ReachabilityMatrix.isMeaningfulPair(refs.scenario().base().endpoint(from).orElseThrow(),
                    refs.scenario().base().endpoint(to).orElseThrow())) {
                problems.error(s.file, items.get(i), path, "the canvas draws no arrow from " + from + " to " + to
                        + " (an arrow joins two different endpoints, at least one of them in the cluster)");
                known = false;
            }
            ok &= known;
            if (known) {
                arrows.add(new Demo.Arrow(from, to));
            }
        }
        return ok;
    }
}
