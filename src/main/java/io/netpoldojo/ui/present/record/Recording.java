package io.netpoldojo.ui.present.record;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.model.Port;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Playground session as it is recorded: the demo's steps so far, and the text of every policy
 * they apply. Plain Java: it is told what the Playground applies ({@link #follow}) and what the
 * teacher asks ({@link #ask}), and turns that into a {@link Demo} over a scenario of its own.
 *
 * <p>A demo starts with no policy applied and a step applies or removes at most one, so the
 * recording opens with one step per policy already applied when it began ("Already applied"),
 * or with "Where we start" when none was. A change of several policies at once (a recipe, "apply
 * all") becomes several steps; a question attaches to the step it follows unless that step
 * already asks one.
 */
final class Recording {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /**
     * A policy applied in the Playground.
     *
     * @param ref   how a demo names it: {@code namespace/name} for a NetworkPolicy, the name for a
     *              ClusterNetworkPolicy
     * @param label its name as the teacher knows it
     * @param yaml  its text
     */
    record Policy(String ref, String label, String yaml) {
        boolean clusterWide() {
            return !ref.contains("/");
        }
    }

    private final String id;
    private final LocalDateTime started;
    private final List<Demo.DemoStep> steps = new ArrayList<>();
    /** The text of every policy a step applies, by reference, in the order they were first applied. */
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Policy> inForce = new LinkedHashMap<>();
    private int opening;

    private Recording(String id, LocalDateTime started) {
        this.id = id;
        this.started = started;
    }

    /** A recording that begins with these policies applied, in the Playground's order. */
    static Recording start(String id, LocalDateTime at, List<Policy> applied) {
        Recording r = new Recording(id, at);
        for (Policy p : applied) {
            r.texts.put(p.ref(), p.yaml());
            r.inForce.put(p.ref(), p);
            r.steps.add(step("Already applied: " + p.label(), "This policy was applied when the recording began. "
                    + where(p) + ".", Optional.of(p.ref()), Optional.empty()));
        }
        if (applied.isEmpty()) {
            r.steps.add(step("Where we start", "No policy is applied yet: every connection on the canvas is open.",
                    Optional.empty(), Optional.empty()));
        }
        r.opening = r.steps.size();
        return r;
    }

    String id() {
        return id;
    }

    /**
     * The Playground now applies these policies: each one that left or came (or whose text changed)
     * becomes a step. Returns whether any step was added.
     */
    boolean follow(List<Policy> now) {
        Map<String, Policy> next = new LinkedHashMap<>();
        now.forEach(p -> next.put(p.ref(), p));
        List<Policy> removed = new ArrayList<>();
        List<Policy> applied = new ArrayList<>();
        for (Policy was : inForce.values()) {
            Policy is = next.get(was.ref());
            if (is == null || !is.yaml().equals(was.yaml())) {
                removed.add(was);
            }
        }
        for (Policy is : next.values()) {
            Policy was = inForce.get(is.ref());
            if (was == null || !was.yaml().equals(is.yaml())) {
                applied.add(is);
            }
        }
        inForce.clear();
        inForce.putAll(next);
        int before = steps.size();
        while (!removed.isEmpty() || !applied.isEmpty()) {
            Optional<Policy> off = removed.isEmpty() ? Optional.empty() : Optional.of(removed.remove(0));
            Optional<Policy> on = applied.isEmpty() ? Optional.empty() : Optional.of(applied.remove(0));
            on.ifPresent(p -> texts.put(p.ref(), p.yaml()));
            steps.add(change(off, on));
        }
        return steps.size() > before;
    }

    /** "Can a reach b on 8080/TCP?": on the last step if it asks nothing yet, else on a step of its own. */
    void ask(String from, String to, Port port) {
        Demo.Question q = new Demo.Question("Can " + from + " reach " + to + " on " + port + "?",
                new Ask(from, to, port));
        Demo.DemoStep last = steps.get(steps.size() - 1);
        if (last.question().isEmpty()) {
            steps.set(steps.size() - 1, new Demo.DemoStep(last.title(), last.narration(), last.apply(), last.remove(),
                    last.highlight(), last.highlightArrows(), Optional.of(q)));
        } else {
            steps.add(new Demo.DemoStep("Question: " + from + " \u2192 " + to, "Ask the class, let them answer, then"
                    + " reveal.", Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.of(q)));
        }
    }

    List<Demo.DemoStep> steps() {
        return List.copyOf(steps);
    }

    /** Whether the teacher did anything since the recording began: applied, removed or asked. */
    boolean recordedSomething() {
        return steps.size() > opening || steps.stream().anyMatch(s -> s.question().isPresent());
    }

    /** The text of every policy the steps apply, in the order first applied. */
    List<String> policyTexts() {
        return List.copyOf(texts.values());
    }

    /** The recording as a demo with this id and title, over the scenario of the same id. */
    Demo demo(String demoId, String title) {
        long questions = steps.stream().filter(s -> s.question().isPresent()).count();
        return new Demo(demoId, title, "Recorded in the Playground on " + started.format(WHEN) + ": " + steps.size()
                + (steps.size() == 1 ? " step, " : " steps, ") + questions
                + (questions == 1 ? " question." : " questions."), demoId, steps);
    }

    /** The working title while recording, which a demo left unfinished by a crash keeps. */
    String unfinishedTitle() {
        return "Recording of " + started.format(WHEN) + " (not finished)";
    }

    private static Demo.DemoStep change(Optional<Policy> off, Optional<Policy> on) {
        String title;
        String narration;
        if (off.isPresent() && on.isPresent()) {
            boolean edited = off.get().ref().equals(on.get().ref());
            title = edited ? "Change " + on.get().label() : "Swap " + off.get().label() + " for " + on.get().label();
            narration = edited ? "The policy's text changes. " + where(on.get()) + "."
                    : "Remove " + off.get().label() + " and apply " + on.get().label() + ". " + where(on.get()) + ".";
        } else if (on.isPresent()) {
            title = "Apply " + on.get().label();
            narration = "Apply " + on.get().label() + ". " + where(on.get()) + ".";
        } else {
            title = "Remove " + off.get().label();
            narration = "Remove " + off.get().label() + ": what it allowed or denied is gone. " + where(off.get()) + ".";
        }
        return step(title, narration, on.map(Policy::ref), off.map(Policy::ref));
    }

    /** "A NetworkPolicy in namespace prod" or "A ClusterNetworkPolicy, cluster-wide". */
    private static String where(Policy p) {
        return p.clusterWide() ? "A ClusterNetworkPolicy, cluster-wide"
                : "A NetworkPolicy in namespace " + p.ref().substring(0, p.ref().indexOf('/'));
    }

    private static Demo.DemoStep step(String title, String narration, Optional<String> apply, Optional<String> remove) {
        return new Demo.DemoStep(title, narration, apply, remove, List.of(), List.of(), Optional.empty());
    }
}
