package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A demo as a handout the class takes home: one self-contained HTML page (it opens in any browser
 * and prints) with, for each step, its title, the picture of the canvas once the step has run,
 * the teacher's notes, the YAML the step applied, and its question with the engine's answer and
 * why. The answer sits in the step, after the question: a handout is read after the class has
 * predicted. No nodes here: the pictures are handed in as PNG bytes.
 */
final class Handout {
    private Handout() {}

    /**
     * @param pictures the PNG of the canvas once step {@code i} has run, if one could be made
     */
    static String html(Script script, PolicyDrafts drafts, IntFunction<Optional<byte[]>> pictures) {
        StringBuilder out = new StringBuilder();
        long questions = script.questionCount();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(script.title())).append(" \u2014 handout</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>").append(esc(script.title())).append("</h1>\n");
        if (!script.description().isBlank()) {
            out.append("<p class=\"lead\">").append(esc(script.description())).append("</p>\n");
        }
        out.append("<p class=\"facts\">").append(script.steps().size()).append(script.steps().size() == 1 ? " step" : " steps")
                .append(", ").append(questions).append(questions == 1 ? " question" : " questions")
                .append(". Each picture shows the canvas once its step has run: green arrows are allowed,"
                        + " red dashed ones denied. Answers are the NetPol Dojo engine's, by the Kubernetes"
                        + " NetworkPolicy rules.</p>\n</header>\n");
        for (int i = 0; i < script.steps().size(); i++) {
            step(out, script, drafts, i, pictures.apply(i));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void step(StringBuilder out, Script script, PolicyDrafts drafts, int i, Optional<byte[]> picture) {
        Script.Step step = script.steps().get(i);
        out.append("<section class=\"step\" id=\"step-").append(i + 1).append("\">\n<h2><span class=\"n\">")
                .append(i + 1).append("</span> ").append(esc(step.title())).append("</h2>\n");
        String change = change(script.appliedBy(i), "Applies ") + change(script.removedBy(i), "Removes ");
        if (!change.isEmpty()) {
            out.append("<p class=\"change\">").append(esc(change.strip())).append("</p>\n");
        }
        picture.ifPresent(png -> out.append("<figure><img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\" alt=\"")
                .append(esc("The canvas after step " + (i + 1) + ": " + step.title())).append("\"></figure>\n"));
        if (!step.narration().isBlank()) {
            out.append("<p class=\"notes\">").append(esc(step.narration())).append("</p>\n");
        }
        for (PolicyDraft d : script.appliedBy(i)) {
            out.append("<pre class=\"yaml\"><code>").append(esc(d.yaml().strip())).append("</code></pre>\n");
        }
        step.question().ifPresent(q -> question(out, q, script.engineAt(i, drafts).evaluate(q.ask().from(), q.ask().to(),
                q.ask().port())));
        out.append("</section>\n");
    }

    private static void question(StringBuilder out, Demo.Question q, Verdict v) {
        out.append("<div class=\"question\">\n<p class=\"q\">").append(esc(q.text())).append("</p>\n<p class=\"ask\">")
                .append(esc(q.ask().from() + " \u2192 " + q.ask().to() + " on " + q.ask().port())).append("</p>\n")
                .append("<p class=\"answer ").append(v.allowed() ? "yes" : "no").append("\">")
                .append(esc(PresenterModel.verdictText(v))).append("</p>\n");
        DecidedBy.line(v).ifPresent(line -> out.append("<p class=\"decided\">").append(esc(line)).append("</p>\n"));
        out.append("<ul class=\"why\">\n");
        for (String sentence : v.sentences()) {
            out.append("<li>").append(esc(sentence)).append("</li>\n");
        }
        out.append("</ul>\n</div>\n");
    }

    /** "Applies frontend, backend. " or nothing. */
    private static String change(List<PolicyDraft> drafts, String verb) {
        return drafts.isEmpty() ? "" : verb + drafts.stream().map(Handout::name).collect(Collectors.joining(", ")) + ". ";
    }

    /** The policy's name as its YAML gives it, or the draft's key for one that has none yet. */
    private static String name(PolicyDraft d) {
        return d.yaml().lines().map(String::strip).filter(l -> l.startsWith("name:")).findFirst()
                .map(l -> l.substring("name:".length()).strip().replaceAll("^[\"']|[\"']$", "")).orElse(d.key());
    }

    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Plain and printable: one step per page when printed, the pictures as wide as the page. */
    private static final String STYLE = """
            body { font: 16px/1.5 system-ui, sans-serif; color: #1f2328; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 2rem; margin: 0 0 .3rem; }
            .lead { font-size: 1.1rem; }
            .facts, .change { color: #57606a; }
            .step { border-top: 2px solid #d0d7de; padding-top: 1rem; margin-top: 2rem; }
            h2 .n { display: inline-block; min-width: 1.8rem; color: #57606a; }
            figure { margin: 1rem 0; }
            img { max-width: 100%; border: 1px solid #d0d7de; border-radius: 8px; }
            pre.yaml { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem;
                       font: 14px/1.45 ui-monospace, 'DejaVu Sans Mono', monospace; white-space: pre-wrap; }
            .question { border-left: 5px solid #7c3aed; padding: .3rem 1rem; background: #faf5ff; }
            .q { font-weight: bold; font-size: 1.1rem; }
            .ask { color: #57606a; }
            .answer { font-weight: bold; font-size: 1.1rem; }
            .answer.yes { color: #1a7f37; }
            .answer.no { color: #cf222e; }
            .decided { font-weight: bold; color: #8250df; }
            @media print { .step { break-before: page; border-top: none; } body { margin: 0; max-width: none; } }
            """;
}
