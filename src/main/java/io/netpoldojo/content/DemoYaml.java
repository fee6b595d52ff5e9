package io.netpoldojo.content;

import io.netpoldojo.manifest.YamlText;
import java.util.List;

/**
 * Writes a {@link Demo} as {@code demos/<id>.yaml}, in the form the demo reader reads back to the
 * same demo: the app saves a recorded Playground session this way, and a teacher then edits the
 * file in a text editor. Every free text is a double-quoted scalar on one line, so a colon, a
 * {@code #} or a quote in a title never changes what the file means.
 */
public final class DemoYaml {
    private DemoYaml() {}

    /** The file's text, ending in a newline; {@code comment} (may be empty) goes on top as {@code #} lines. */
    public static String write(Demo demo, String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.lines().toList()) {
            out.append(line.isBlank() ? "#" : "# " + line).append('\n');
        }
        out.append("id: ").append(demo.id()).append('\n');
        if (demo.order() != Demo.UNORDERED) {
            out.append("order: ").append(demo.order()).append('\n');
        }
        out.append("title: ").append(quoted(demo.title())).append('\n');
        out.append("description: ").append(quoted(demo.description())).append('\n');
        out.append("scenario: ").append(demo.scenario()).append('\n');
        out.append("steps:\n");
        for (Demo.DemoStep s : demo.steps()) {
            out.append("- title: ").append(quoted(s.title())).append('\n');
            out.append("  narration: ").append(quoted(s.narration())).append('\n');
            s.remove().ifPresent(r -> out.append("  remove: ").append(quoted(r)).append('\n'));
            s.apply().ifPresent(a -> out.append("  apply: ").append(quoted(a)).append('\n'));
            List<String> highlight = new java.util.ArrayList<>(s.highlight());
            s.highlightArrows().forEach(a -> highlight.add(a.toString()));
            if (!highlight.isEmpty()) {
                out.append("  highlight: ").append(list(highlight)).append('\n');
            }
            s.question().ifPresent(q -> {
                out.append("  ask:\n");
                out.append("    question: ").append(quoted(q.text())).append('\n');
                out.append("    from: ").append(quoted(q.ask().from())).append('\n');
                out.append("    to: ").append(quoted(q.ask().to())).append('\n');
                out.append("    port: ").append(q.ask().port()).append('\n');
                if (!q.hide().isEmpty()) {
                    out.append("    hide: ").append(list(q.hide().stream().map(Demo.Arrow::toString).toList())).append('\n');
                }
            });
        }
        return out.toString();
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(DemoYaml::quoted).toList()) + "]";
    }

    /** A double-quoted scalar on one line, as the manifest writer quotes: nothing in it can change the file's meaning. */
    public static String quoted(String text) {
        return YamlText.quoted(text);
    }
}
