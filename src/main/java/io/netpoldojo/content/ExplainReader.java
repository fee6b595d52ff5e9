package io.netpoldojo.content;

import io.netpoldojo.explain.Phrase;
import io.netpoldojo.explain.Point;
import io.netpoldojo.explain.Rubric;
import io.netpoldojo.explain.Rule;
import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code explain/<id>.yaml}: one explain card with its prompt, time, key points,
 * misconceptions and model answer. Every pattern is parsed here, so a phrase the grader could not
 * use is an error at its line and column, not a point nobody can earn.
 */
final class ExplainReader {
    static final int MIN_SECONDS = 15;
    static final int MAX_SECONDS = 600;

    private final Problems problems;
    private final Map<String, Lesson> lessons;
    private final java.util.Set<String> topics = new TreeSet<>();
    private final Map<String, SourcePosition> seenIds;

    /** @param seenIds card ids already taken (the quiz's), with where; explain ids are added */
    ExplainReader(Problems problems, Map<String, Lesson> lessons, Map<String, SourcePosition> seenIds) {
        this.problems = problems;
        this.lessons = lessons;
        this.seenIds = seenIds;
        lessons.values().forEach(l -> topics.addAll(l.topics()));
    }

    Optional<Card> read(String file, String fileId, String text) {
        return YamlFiles.composeOne(file, text, problems)
                .flatMap(n -> YamlMap.of(n, file, "", problems))
                .flatMap(m -> card(m, fileId));
    }

    private Optional<Card> card(YamlMap m, String fileId) {
        m.allowOnly("id", "topic", "difficulty", "lesson", "prompt", "time", "points", "misconceptions", "model");
        Optional<String> id = m.requiredText("id").filter(v -> checkId(m, v, fileId));
        Optional<String> topic = m.requiredText("topic").filter(t -> known(m, "topic", topics.contains(t),
                "unknown topic \"" + t + "\"; lessons tag: " + String.join(", ", topics)));
        Optional<Integer> difficulty = m.requiredInt("difficulty", 1, 3);
        Optional<String> lesson = m.requiredText("lesson").filter(l -> known(m, "lesson", lessons.containsKey(l),
                "unknown lesson \"" + l + "\"; lessons: " + String.join(", ", new TreeSet<>(lessons.keySet()))));
        Optional<String> prompt = m.requiredText("prompt");
        Optional<Integer> seconds = m.requiredInt("time", MIN_SECONDS, MAX_SECONDS);
        Map<String, Node> ids = new HashMap<>();
        if (!m.has("points")) {
            m.missing("points");
        }
        List<Point> points = points(m, "points", ids, null);
        Map<String, Trap> traps = new LinkedHashMap<>();
        List<Point> myths = points(m, "misconceptions", ids, traps);
        Optional<Card.ModelAnswer> model = model(m);
        boolean complete = id.isPresent() && topic.isPresent() && difficulty.isPresent() && lesson.isPresent()
                && prompt.isPresent() && seconds.isPresent() && model.isPresent() && !points.isEmpty()
                && points.size() == m.list("points").size()
                && myths.size() == m.list("misconceptions").size();
        if (!complete) {
            return Optional.empty();
        }
        Card.Explain body = new Card.Explain(seconds.get(), new Rubric(points, myths), traps, model.get());
        return Optional.of(new Card(id.get(), CardKind.EXPLAIN, topic.get(), difficulty.get(), lesson.get(),
                prompt.get(), model.get().oneMinute(), body, Problems.at(m.file, m.node)));
    }

    private boolean checkId(YamlMap m, String id, String fileId) {
        Node n = m.node("id").get();
        if (!id.equals(fileId)) {
            problems.error(m.file, n, "id", "must match the file name: \"" + fileId + "\"");
            return false;
        }
        if (!CardReader.ID.matcher(id).matches()) {
            problems.error(m.file, n, "id", "must be lower-case letters, digits and dashes, got \"" + id + "\"");
            return false;
        }
        SourcePosition first = seenIds.putIfAbsent(id, Problems.at(m.file, n));
        if (first != null) {
            problems.error(m.file, n, "id", "duplicate card id \"" + id + "\" (first at " + first + ")");
            return false;
        }
        return true;
    }

    private boolean known(YamlMap m, String key, boolean ok, String message) {
        if (!ok) {
            problems.error(m.file, m.node(key).get(), m.pathOf(key), message);
        }
        return ok;
    }

    /** The points (or, with {@code traps} given, the misconceptions) that read without error. */
    private List<Point> points(YamlMap m, String key, Map<String, Node> ids, Map<String, Trap> traps) {
        List<Point> out = new ArrayList<>();
        List<Node> items = m.list(key);
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.index(m.pathOf(key), i);
            YamlMap.of(items.get(i), m.file, path, problems).flatMap(p -> point(p, ids, traps)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Point> point(YamlMap p, Map<String, Node> ids, Map<String, Trap> traps) {
        if (traps == null) {
            p.allowOnly("id", "says", "match");
        } else {
            p.allowOnly("id", "says", "match", "trap");
        }
        Optional<String> id = p.requiredText("id").filter(v -> {
            Node n = p.node("id").get();
            if (!CardReader.ID.matcher(v).matches()) {
                problems.error(p.file, n, p.pathOf("id"), "must be lower-case letters, digits and dashes, got \"" + v
                        + "\"");
                return false;
            }
            Node earlier = ids.putIfAbsent(v, n);
            if (earlier != null) {
                problems.error(p.file, n, p.pathOf("id"), "\"" + v + "\" is already a point or misconception of this"
                        + " card (line " + (earlier.getStartMark().getLine() + 1) + ")");
                return false;
            }
            return true;
        });
        Optional<String> says = p.requiredText("says");
        Optional<Optional<Trap>> trap = Optional.of(Optional.empty());
        if (traps != null && p.has("trap")) {
            trap = p.text("trap").flatMap(t -> {
                Optional<Trap> parsed = Trap.parse(t);
                if (parsed.isEmpty()) {
                    problems.error(p.file, p.node("trap").get(), p.pathOf("trap"), "unknown trap \"" + t
                            + "\"; traps: " + Trap.ids());
                    return Optional.empty();
                }
                return Optional.of(parsed);
            });
        }
        if (!p.has("match")) {
            p.missing("match");
        } else if (p.list("match").isEmpty() && p.node("match").get() instanceof SequenceNode) {
            problems.error(p.file, p.node("match").get(), p.pathOf("match"), "needs at least one way of saying it");
        }
        List<Node> items = p.list("match");
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rule(p, items.get(i), Problems.index(p.pathOf("match"), i)).ifPresent(rules::add);
        }
        if (id.isEmpty() || says.isEmpty() || trap.isEmpty() || rules.isEmpty() || rules.size() != items.size()) {
            return Optional.empty();
        }
        trap.get().ifPresent(t -> traps.put(id.get(), t));
        return Optional.of(new Point(id.get(), says.get(), rules));
    }

    /**
     * One way of saying a point: {@code "a | b"} (one group), {@code ["a | b", "c"]} (groups that
     * must all occur), or {@code {all: ..., negated: true, unless: "...", within: 12}}.
     */
    private Optional<Rule> rule(YamlMap p, Node node, String path) {
        if (node instanceof MappingNode) {
            return YamlMap.of(node, p.file, path, problems).flatMap(r -> {
                r.allowOnly("all", "negated", "unless", "within");
                if (!r.has("all")) {
                    r.missing("all");
                    return Optional.empty();
                }
                Optional<List<List<Phrase>>> groups = groups(r.file, r.node("all").get(), r.pathOf("all"));
                Optional<Boolean> negated = r.has("negated") ? r.bool("negated") : Optional.of(false);
                Optional<List<List<Phrase>>> unless = r.has("unless")
                        ? groups(r.file, r.node("unless").get(), r.pathOf("unless")) : Optional.of(List.of());
                Optional<Integer> within = r.has("within") ? r.requiredInt("within", 2, 60)
                        : Optional.of(Rule.DEFAULT_WITHIN);
                if (groups.isEmpty() || negated.isEmpty() || unless.isEmpty() || within.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Rule(groups.get(), negated.get(),
                        unless.get().stream().flatMap(List::stream).toList(), within.get()));
            });
        }
        return groups(p.file, node, path).map(g -> new Rule(g, false, List.of(), Rule.DEFAULT_WITHIN));
    }

    /** A group string, or a list of them; empty after reporting. */
    private Optional<List<List<Phrase>>> groups(String file, Node node, String path) {
        List<List<Phrase>> out = new ArrayList<>();
        if (node instanceof ScalarNode) {
            return group(file, node, path).map(List::of);
        }
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.error(file, node, path, "must be phrases separated by | in quotes, or a list of them that must all"
                    + " occur in one sentence, got " + YamlMap.describe(node));
            return Optional.empty();
        }
        boolean ok = true;
        for (int i = 0; i < seq.getValue().size(); i++) {
            Optional<List<Phrase>> g = group(file, seq.getValue().get(i), Problems.index(path, i));
            g.ifPresent(out::add);
            ok &= g.isPresent();
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<List<Phrase>> group(String file, Node node, String path) {
        if (!(node instanceof ScalarNode scalar) || YamlMap.isNull(node) || scalar.getValue().isBlank()) {
            problems.error(file, node, path, "must be phrases separated by |, such as \"default deny | deny all\", got "
                    + YamlMap.describe(node));
            return Optional.empty();
        }
        List<Phrase> phrases = new ArrayList<>();
        boolean ok = true;
        int offset = 0;
        for (String alternative : scalar.getValue().split("\\|", -1)) {
            Phrase.Parsed parsed = Phrase.parse(alternative);
            if (parsed.error().isPresent()) {
                problems.error(at(file, scalar, offset + leadingSpace(alternative)), path, parsed.error().get());
                ok = false;
            } else {
                phrases.add(parsed.phrase().get());
            }
            offset += alternative.length() + 1;
        }
        return ok ? Optional.of(phrases) : Optional.empty();
    }

    /**
     * Where the phrase at {@code offset} of a one-line scalar starts, so the error points at the
     * phrase itself; for a scalar over several lines (or with escapes), the scalar's start.
     */
    private static SourcePosition at(String file, ScalarNode scalar, int offset) {
        SourcePosition start = Problems.at(file, scalar);
        String v = scalar.getValue();
        if (v.contains("\n") || v.contains("\\") || start.line() <= 0
                || scalar.getStartMark().getLine() != scalar.getEndMark().getLine()) {
            return start;
        }
        boolean quoted = scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        return new SourcePosition(file, start.line(), start.column() + (quoted ? 1 : 0) + offset);
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private Optional<Card.ModelAnswer> model(YamlMap m) {
        if (!m.has("model")) {
            m.missing("model");
            return Optional.empty();
        }
        return m.map("model").flatMap(a -> {
            a.allowOnly("short", "minute", "senior");
            Optional<String> twenty = a.requiredText("short");
            Optional<String> minute = a.requiredText("minute");
            Optional<String> senior = a.requiredText("senior");
            if (twenty.isEmpty() || minute.isEmpty() || senior.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Card.ModelAnswer(twenty.get().strip(), minute.get().strip(), senior.get().strip()));
        });
    }
}
