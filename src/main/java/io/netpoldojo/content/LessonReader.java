package io.netpoldojo.content;

import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code lessons/NN-<id>.yaml}; references to scenarios and other lessons are checked by the caller. */
final class LessonReader {
    static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.yaml");
    static final Pattern LESSON_LINK = Pattern.compile("\\]\\(lesson:([^)\\s]*)\\)");

    /** A {@code (lesson:id)} link, kept to be checked once every lesson has loaded. */
    record Link(String target, SourcePosition position, String path) {}

    /** A diagram's scenario reference, checked once scenarios have loaded. */
    record DiagramRef(String scenario, String file, Node node, String path) {}

    private final Problems problems;
    final List<Link> links = new ArrayList<>();
    final List<DiagramRef> diagrams = new ArrayList<>();

    LessonReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Lesson> read(String file, String fileName, String text) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            problems.error(SourcePosition.ofFile(file), "", "a lesson file is named NN-<id>.yaml, e.g. 01-flat-network.yaml");
            return Optional.empty();
        }
        return YamlFiles.composeOne(file, text, problems)
                .flatMap(n -> YamlMap.of(n, file, "", problems))
                .flatMap(m -> read(m, Integer.parseInt(name.group(1)), name.group(2), text));
    }

    private Optional<Lesson> read(YamlMap m, int fileOrder, String fileId, String text) {
        m.allowOnly("id", "order", "title", "summary", "topics", "sections");
        Optional<String> id = m.requiredText("id");
        id.filter(v -> !v.equals(fileId)).ifPresent(v -> problems.error(m.file, m.node("id").get(), "id",
                "must match the file name: \"" + fileId + "\""));
        Optional<Integer> order = m.requiredInt("order", 1, 99);
        order.filter(v -> v != fileOrder).ifPresent(v -> problems.error(m.file, m.node("order").get(), "order",
                "must match the file name's number: " + fileOrder));
        Optional<String> title = m.requiredText("title");
        Optional<String> summary = m.requiredText("summary");
        if (!m.has("topics")) {
            m.missing("topics");
        }
        List<String> topics = m.textList("topics");
        if (!m.has("sections")) {
            m.missing("sections");
        }
        List<Section> sections = new ArrayList<>();
        List<Node> items = m.list("sections");
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.index("sections", i);
            YamlMap.of(items.get(i), m.file, path, problems).flatMap(s -> section(s, text)).ifPresent(sections::add);
        }
        if (id.isEmpty() || order.isEmpty() || title.isEmpty() || summary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(id.get(), order.get(), title.get(), summary.get(), topics, sections, m.file));
    }

    private Optional<Section> section(YamlMap s, String text) {
        List<String> kinds = List.of("callout", "diagram", "code").stream().filter(s::has).toList();
        if (kinds.size() > 1) {
            problems.error(s.file, s.node, s.path, "a section has exactly one of text, callout, diagram or code; found "
                    + String.join(" and ", kinds));
            return Optional.empty();
        }
        String kind = kinds.isEmpty() ? "text" : kinds.get(0);
        switch (kind) {
            case "callout" -> {
                s.allowOnly("callout", "title", "text");
                Optional<Section.Callout.Kind> k = s.text("callout").flatMap(v -> {
                    Optional<Section.Callout.Kind> parsed = Section.Callout.Kind.parse(v);
                    if (parsed.isEmpty()) {
                        problems.error(s.file, s.node("callout").get(), s.pathOf("callout"),
                                "must be one of trap, tip, interview, note; got \"" + v + "\"");
                    }
                    return parsed;
                });
                Optional<String> markdown = markdown(s);
                return k.isEmpty() || markdown.isEmpty() ? Optional.empty()
                        : Optional.of(new Section.Callout(k.get(), s.text("title"), markdown.get()));
            }
            case "diagram" -> {
                s.allowOnly("diagram", "caption");
                Optional<String> scenario = s.text("diagram");
                scenario.ifPresent(id -> diagrams.add(new DiagramRef(id, s.file, s.node("diagram").get(), s.pathOf("diagram"))));
                return scenario.map(id -> new Section.Diagram(id, s.text("caption")));
            }
            case "code" -> {
                s.allowOnly("code");
                Optional<String> code = s.text("code");
                code.ifPresent(c -> checkCode(s, c, text));
                return code.map(Section.Code::new);
            }
            default -> {
                if (!s.has("text")) {
                    problems.error(s.file, s.node, s.path, "a section needs one of text, callout, diagram or code;"
                            + " found " + String.join(", ", s.keys()));
                    return Optional.empty();
                }
                s.allowOnly("text");
                return markdown(s).map(Section.Text::new);
            }
        }
    }

    private Optional<String> markdown(YamlMap s) {
        Optional<String> md = s.requiredText("text");
        md.ifPresent(t -> {
            Matcher link = LESSON_LINK.matcher(t);
            while (link.find()) {
                links.add(new Link(link.group(1), Problems.at(s.file, s.node("text").get()), s.pathOf("text")));
            }
        });
        return md;
    }

    /**
     * A code block that is a whole object (has a {@code kind:} line) is loaded as a manifest, so a
     * lesson never shows a policy the apiserver would reject; a fragment is only parsed as YAML.
     */
    private void checkCode(YamlMap s, String code, String fileText) {
        Node block = s.node("code").get();
        if (code.lines().anyMatch(l -> l.startsWith("kind:"))) {
            Snippets.load(s.file, fileText, block, s.pathOf("code"), code, problems);
        } else if (!YamlFiles.isValid(code)) {
            problems.error(s.file, block, s.pathOf("code"), "is not valid YAML");
        }
    }

    /** Reports each lesson link whose target is not a lesson id. */
    void checkLinks(Map<String, Lesson> lessons) {
        for (Link l : links) {
            if (!lessons.containsKey(l.target())) {
                problems.error(l.position(), l.path(), "links to unknown lesson \"" + l.target() + "\"");
            }
        }
    }
}
