package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.synthesis.PolicyYaml;
import io.netpoldojo.synthesis.ProposedChange;
import io.netpoldojo.synthesis.RecipeTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The view-model of a recipe dialog: one text per slot of the recipe (the namespace first), the
 * choices the canvas offers for each (its namespaces, pod labels, ports, outside addresses), the
 * problem of each value as it is typed, and the change the filled-in recipe would make, worked
 * out by the engine: the YAML, what it selects and lets through, the arrows it opens and closes.
 * No nodes: the FXML controller binds to it.
 */
public final class RecipeForm {
    private final String title;
    private final String about;
    private final RecipeTemplate template;
    private final Cluster canvas;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Map<String, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<ProposedChange> change = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private List<NetworkPolicy> filled = List.of();
    private final java.util.function.Predicate<io.netpoldojo.synthesis.Flow> onTheCanvas;

    /**
     * @param policies the recipe's policies as written (their namespace is replaced by the one chosen)
     * @param canvas   the canvas with every enabled policy, for choices, name clashes and the preview
     * @param onTheCanvas whether a connection is on a port the canvas's arrows are about
     */
    public RecipeForm(String title, String about, List<NetworkPolicy> policies, String namespace, Cluster canvas,
                      java.util.function.Predicate<io.netpoldojo.synthesis.Flow> onTheCanvas) {
        this.onTheCanvas = onTheCanvas;
        this.title = title;
        this.about = about;
        this.template = RecipeTemplate.of(policies, namespace);
        this.canvas = canvas;
        for (RecipeTemplate.Slot slot : template.slots()) {
            StringProperty p = new SimpleStringProperty(slot.initial());
            p.addListener((o, a, b) -> recompute());
            values.put(slot.id(), p);
        }
        recompute();
    }

    public String title() {
        return title;
    }

    public String about() {
        return about;
    }

    /** Whether a connection is on a port the canvas's arrows are about (the preview lists those). */
    public java.util.function.Predicate<io.netpoldojo.synthesis.Flow> onTheCanvas() {
        return onTheCanvas;
    }

    public List<RecipeTemplate.Slot> slots() {
        return template.slots();
    }

    public StringProperty value(String slotId) {
        return values.get(slotId);
    }

    /** What is wrong with a slot's value now, if anything (in the apiserver's words where it has them). */
    public Optional<String> problem(String slotId) {
        return Optional.ofNullable(problems.get().get(slotId));
    }

    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The change adding the filled-in recipe would make; null while a value is invalid. */
    public ReadOnlyObjectProperty<ProposedChange> changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The YAML documents to add, one per policy. */
    public List<String> documents() {
        return filled.stream().map(PolicyYaml::write).toList();
    }

    /** The values the canvas suggests for a slot: its namespaces, labels, ports or outside addresses. */
    public List<String> choices(RecipeTemplate.Slot slot) {
        Set<String> out = new TreeSet<>();
        switch (slot.kind()) {
            case NAMESPACE, PEER_NAMESPACE -> canvas.namespaces().forEach(n -> out.add(n.name()));
            case PODS, PEER_PODS -> canvas.pods().forEach(p -> {
                p.labels().asMap().forEach((k, v) -> out.add(k + "=" + v));
                out.add(p.labels().toString());
            });
            case PEER_NAMESPACE_LABELS -> canvas.namespaces().forEach(n -> n.labels().asMap().forEach((k, v) -> {
                if (!k.equals(Namespace.NAME_LABEL)) {
                    out.add(k + "=" + v);
                }
            }));
            case PORT -> canvas.pods().forEach(p -> p.ports().stream().map(ContainerPort::asPort)
                    .forEach(port -> out.add(port.toString())));
            case CIDR -> canvas.endpoints().stream().filter(e -> e instanceof External)
                    .forEach(e -> out.add(e.ip() + "/" + e.ip().bitLength()));
            case NAME -> { }
        }
        out.remove("");
        List<String> list = new ArrayList<>();
        list.add(slot.initial());
        out.stream().filter(v -> !v.equals(slot.initial())).forEach(list::add);
        return list;
    }

    private void recompute() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((id, p) -> typed.put(id, p.get()));
        RecipeTemplate.Filled result = template.fill(typed);
        Map<String, String> found = new LinkedHashMap<>(result.problems());
        if (result.valid()) {
            clashes(result.policies()).ifPresent(x -> found.put(values.containsKey("name") ? "name"
                    : RecipeTemplate.NAMESPACE, x));
        }
        problems.set(Map.copyOf(found));
        valid.set(found.isEmpty());
        filled = found.isEmpty() ? result.policies() : List.of();
        change.set(found.isEmpty() ? ProposedChange.adding(title, canvas, filled, sentences(filled)) : null);
    }

    /** A policy of the same name in that namespace would be replaced on a real cluster: refuse it. */
    private Optional<String> clashes(List<NetworkPolicy> policies) {
        List<String> taken = policies.stream().filter(p -> canvas.policy(p.namespace(), p.name()).isPresent())
                .map(NetworkPolicy::name).toList();
        return taken.isEmpty() ? Optional.empty() : Optional.of("namespace " + policies.get(0).namespace()
                + " already has a policy named " + String.join(", ", taken) + " (kubectl apply would replace it)");
    }

    /** What each policy selects and what each rule matches, on this canvas. */
    private List<String> sentences(List<NetworkPolicy> policies) {
        Engine engine = new Engine(canvas.withPolicies(concat(canvas.policies(), policies)));
        List<String> out = new ArrayList<>();
        for (NetworkPolicy p : policies) {
            out.add(p.name() + " goes in namespace " + p.namespace() + " and selects " + names(engine.selectedBy(p))
                    + ".");
            describeRules(engine, p, p.ingress(), "Ingress", out);
            describeRules(engine, p, p.egress(), "Egress", out);
        }
        return out;
    }

    private static void describeRules(Engine engine, NetworkPolicy p, List<PolicyRule> rules, String way,
                                      List<String> out) {
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule r = rules.get(i);
            String who = r.peers().isEmpty() ? "everything" : names(r.peers().stream()
                    .flatMap(peer -> engine.matchedBy(peer, p.namespace()).stream()).distinct().toList());
            out.add(way + " rule " + (i + 1) + " matches " + who + ".");
        }
    }

    private static String names(List<Endpoint> endpoints) {
        if (endpoints.isEmpty()) {
            return "no endpoint on the canvas yet";
        }
        return endpoints.stream().map(e -> e instanceof Pod ? e.id() : e.name()).collect(Collectors.joining(", "));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
