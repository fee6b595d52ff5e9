package io.netpoldojo.content;

import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code quiz/<topic>.yaml}. Lessons and scenarios have loaded already, so references are
 * checked here; a policy card's model answer is run against its goal, and a fix-policy card's
 * starter must fail it.
 */
final class CardReader {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    private static final String[] COMMON = {"id", "kind", "topic", "difficulty", "lesson", "question", "explanation"};

    private final Problems problems;
    private final Map<String, Lesson> lessons;
    private final Set<String> topics;
    private final Map<String, Scenario> scenarios;
    private final Map<String, SourcePosition> seenIds = new HashMap<>();

    CardReader(Problems problems, Map<String, Lesson> lessons, Map<String, Scenario> scenarios) {
        this.problems = problems;
        this.lessons = lessons;
        this.scenarios = scenarios;
        this.topics = new HashSet<>();
        lessons.values().forEach(l -> topics.addAll(l.topics()));
    }

    List<Card> read(String file, String text) {
        List<Card> cards = new ArrayList<>();
        Optional<YamlMap> root = YamlFiles.composeOne(file, text, problems).flatMap(n -> YamlMap.of(n, file, "", problems));
        if (root.isEmpty()) {
            return cards;
        }
        root.get().allowOnly("cards");
        if (!root.get().has("cards")) {
            root.get().missing("cards");
        }
        List<Node> items = root.get().list("cards");
        for (int i = 0; i < items.size(); i++) {
            YamlMap.of(items.get(i), file, Problems.index("cards", i), problems)
                    .flatMap(c -> card(c, text)).ifPresent(cards::add);
        }
        return cards;
    }

    private Optional<Card> card(YamlMap c, String text) {
        Optional<CardKind> kind = c.requiredText("kind").flatMap(k -> {
            Optional<CardKind> parsed = CardKind.parse(k);
            if (parsed.isPresent() && parsed.get() == CardKind.EXPLAIN) {
                problems.error(c.file, c.node("kind").get(), c.pathOf("kind"), "an explain card has a file of its"
                        + " own: explain/<id>.yaml (see content/README.md)");
                return Optional.empty();
            }
            if (parsed.isEmpty()) {
                problems.error(c.file, c.node("kind").get(), c.pathOf("kind"), "must be one of " + CardKind.names()
                        + "; got \"" + k + "\"");
            }
            return parsed;
        });
        kind.ifPresent(k -> c.allowOnly(allowed(k)));
        Optional<String> id = c.requiredText("id").filter(v -> checkId(c, v));
        Optional<String> topic = c.requiredText("topic").filter(t -> known(c, "topic", topics.contains(t),
                "unknown topic \"" + t + "\"; lessons tag: " + String.join(", ", new java.util.TreeSet<>(topics))));
        Optional<Integer> difficulty = c.requiredInt("difficulty", 1, 3);
        Optional<String> lesson = c.requiredText("lesson").filter(l -> known(c, "lesson", lessons.containsKey(l),
                "unknown lesson \"" + l + "\"; lessons: " + String.join(", ", new java.util.TreeSet<>(lessons.keySet()))));
        Optional<String> question = c.requiredText("question");
        Optional<String> explanation = c.requiredText("explanation");
        Optional<Card.Body> body = kind.flatMap(k -> body(c, k, text));
        if (kind.isEmpty() || id.isEmpty() || topic.isEmpty() || difficulty.isEmpty() || lesson.isEmpty()
                || question.isEmpty() || explanation.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Card(id.get(), kind.get(), topic.get(), difficulty.get(), lesson.get(), question.get(),
                explanation.get(), body.get(), Problems.at(c.file, c.node)));
    }

    private static String[] allowed(CardKind k) {
        List<String> keys = new ArrayList<>(List.of(COMMON));
        switch (k) {
            case SINGLE, MULTIPLE -> keys.addAll(List.of("choices", "answer", "keepOrder"));
            case TRUEFALSE -> keys.addAll(List.of("answer", "trap"));
            case PREDICT -> keys.addAll(List.of("scenario", "after", "ask", "trap"));
            default -> keys.addAll(List.of("scenario", "after", "goal", "starter", "solution", "trap"));
        }
        return keys.toArray(String[]::new);
    }

    private boolean checkId(YamlMap c, String id) {
        Node n = c.node("id").get();
        if (!ID.matcher(id).matches()) {
            problems.error(c.file, n, c.pathOf("id"), "must be lower-case letters, digits and dashes, got \"" + id + "\"");
            return false;
        }
        SourcePosition first = seenIds.putIfAbsent(id, Problems.at(c.file, n));
        if (first != null) {
            problems.error(c.file, n, c.pathOf("id"), "duplicate card id \"" + id + "\" (first at " + first + ")");
            return false;
        }
        return true;
    }

    private boolean known(YamlMap c, String key, boolean ok, String message) {
        if (!ok) {
            problems.error(c.file, c.node(key).get(), c.pathOf(key), message);
        }
        return ok;
    }

    private Optional<Card.Body> body(YamlMap c, CardKind kind, String text) {
        switch (kind) {
            case SINGLE, MULTIPLE -> {
                return choice(c, kind);
            }
            case TRUEFALSE -> {
                Optional<Optional<Trap>> trap = trap(c);
                if (!c.has("answer")) {
                    c.missing("answer");
                    return Optional.empty();
                }
                return c.bool("answer").flatMap(a -> trap.map(t -> new Card.TrueFalse(a, t)));
            }
            default -> {
                Optional<Optional<Trap>> trap = trap(c);
                Optional<ScenarioRefs> refs = scenario(c);
                if (refs.isEmpty()) {
                    return Optional.empty();
                }
                Optional<String> after = refs.get().after(c, "after");
                boolean afterOk = !c.has("after") || after.isPresent();
                if (kind == CardKind.PREDICT) {
                    if (!c.has("ask")) {
                        c.missing("ask");
                        return Optional.empty();
                    }
                    return c.map("ask").flatMap(a -> {
                        a.allowOnly("from", "to", "port");
                        return refs.get().ask(a);
                    }).filter(ask -> afterOk && trap.isPresent())
                            .map(ask -> new Card.Predict(refs.get().scenario().id(), after, ask, trap.get()));
                }
                // The goal is judged in the state "after" names; without a valid one only the fields are checked.
                Optional<Card.Body> task = afterOk ? new PolicyCardCheck(problems, refs.get(), c, text).read(kind, after,
                        trap.orElse(Optional.empty())) : Optional.empty();
                return trap.isPresent() ? task : Optional.empty();
            }
        }
    }

    private Optional<ScenarioRefs> scenario(YamlMap c) {
        Optional<String> id = c.requiredText("scenario");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Scenario s = scenarios.get(id.get());
        if (s == null) {
            problems.error(c.file, c.node("scenario").get(), c.pathOf("scenario"), "unknown scenario \"" + id.get()
                    + "\"; scenarios: " + String.join(", ", new java.util.TreeSet<>(scenarios.keySet())));
            return Optional.empty();
        }
        if (s.manifests().hasErrors()) {
            return Optional.empty(); // reported in the scenario's own file
        }
        return Optional.of(new ScenarioRefs(s, problems));
    }

    private Optional<Card.Body> choice(YamlMap c, CardKind kind) {
        if (!c.has("choices")) {
            c.missing("choices");
        }
        List<Card.Option> choices = options(c);
        Optional<Boolean> keepOrder = c.has("keepOrder") ? c.bool("keepOrder") : Optional.of(false);
        if (c.has("choices") && choices.size() < 2 && c.list("choices").size() == choices.size()) {
            problems.error(c.file, c.node("choices").get(), c.pathOf("choices"), "needs at least two choices");
            return Optional.empty();
        }
        if (!c.has("answer")) {
            c.missing("answer");
            return Optional.empty();
        }
        Node answer = c.node("answer").get();
        List<Integer> indices = new ArrayList<>();
        if (kind == CardKind.SINGLE) {
            if (!isInt(answer)) {
                problems.error(c.file, answer, c.pathOf("answer"), "must be the index of the right choice (0 is the"
                        + " first), got " + YamlMap.describe(answer));
                return Optional.empty();
            }
            indices.add(index(c, answer, c.pathOf("answer"), choices.size()));
        } else {
            if (!(answer instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problems.error(c.file, answer, c.pathOf("answer"), "must be a list of the right choices' indices"
                        + " (0 is the first), such as [0, 2]");
                return Optional.empty();
            }
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node n = seq.getValue().get(i);
                String path = Problems.index(c.pathOf("answer"), i);
                if (!isInt(n)) {
                    problems.error(c.file, n, path, "must be an index (0 is the first choice), got " + YamlMap.describe(n));
                    indices.add(-1);
                } else {
                    int v = index(c, n, path, choices.size());
                    if (v >= 0 && indices.contains(v)) {
                        problems.error(c.file, n, path, "index " + v + " is listed twice");
                    }
                    indices.add(v);
                }
            }
        }
        if (indices.contains(-1) || choices.size() != c.list("choices").size() || keepOrder.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> right = indices.stream().distinct().sorted().toList();
        boolean trapsOk = true;
        for (int i : right) {
            if (choices.get(i).trap().isPresent()) {
                Node item = c.list("choices").get(i);
                problems.error(c.file, item, Problems.index(c.pathOf("choices"), i) + ".trap", "this choice is a"
                        + " right answer; trap: goes on a wrong choice, to name the mistake that picking it reveals");
                trapsOk = false;
            }
        }
        return trapsOk ? Optional.of(new Card.Choice(choices, right, keepOrder.get())) : Optional.empty();
    }

    /**
     * The choices: each is its text, or {@code {text: ..., trap: ...}} for a wrong choice that
     * reveals a trap. An item that does not read is left out (and reported).
     */
    private List<Card.Option> options(YamlMap c) {
        List<Card.Option> out = new ArrayList<>();
        List<Node> items = c.list("choices");
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.index(c.pathOf("choices"), i);
            Node item = items.get(i);
            if (item instanceof org.yaml.snakeyaml.nodes.MappingNode) {
                YamlMap.of(item, c.file, path, problems).ifPresent(m -> {
                    m.allowOnly("text", "trap");
                    Optional<String> text = m.requiredText("text");
                    Optional<Optional<Trap>> trap = trap(m);
                    if (text.isPresent() && trap.isPresent()) {
                        out.add(new Card.Option(text.get(), trap.get()));
                    }
                });
            } else {
                c.asText(item, path).map(Card.Option::of).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The optional {@code trap} field: empty inside when absent, empty outside after reporting a bad one. */
    private Optional<Optional<Trap>> trap(YamlMap m) {
        if (!m.has("trap")) {
            return Optional.of(Optional.empty());
        }
        Optional<String> id = m.text("trap");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Trap> trap = Trap.parse(id.get());
        if (trap.isEmpty()) {
            problems.error(m.file, m.node("trap").get(), m.pathOf("trap"), "unknown trap \"" + id.get()
                    + "\"; traps: " + Trap.ids());
            return Optional.empty();
        }
        return Optional.of(trap);
    }

    /** The index, or -1 after reporting it out of range. */
    private int index(YamlMap c, Node n, String path, int choiceCount) {
        int v;
        try {
            v = Integer.parseInt(((ScalarNode) n).getValue());
        } catch (NumberFormatException e) {
            v = Integer.MAX_VALUE;
        }
        if (v < 0 || v >= choiceCount) {
            problems.error(c.file, n, path, "index " + ((ScalarNode) n).getValue() + " is out of range ("
                    + choiceCount + " choices)");
            return -1;
        }
        return v;
    }

    private static boolean isInt(Node n) {
        return n instanceof ScalarNode && n.getTag().equals(Tag.INT);
    }
}
