package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A demo as a handout the class takes home: one self-contained HTML page (it opens in any browser
 * and prints) with, for each step, its title, the picture of the canvas, the teacher's notes, the
 * YAML the step applied, and its question with the engine's answer and why. A step that asks shows
 * the canvas first as the class saw it when asked, without the answer, then the answer and the
 * canvas revealed: a handout is read after the class has predicted, and lets a reader predict
 * again. The pictures are SVG from the app's diagram export ({@link HandoutPictures}).
 */
final class Handout {
    private Handout() {}

    static String html(Script script, PolicyDrafts drafts) {
        return html(script, drafts, HandoutPictures.of(script, drafts));
    }

    /** @param pictures each step's pictures, in order */
    static String html(Script script, PolicyDrafts drafts, List<HandoutPictures.Step> pictures) {
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
                        + " red dashed ones denied; what the step points at is outlined in orange, and the"
                        + " arrows it changed have an orange halo. A question's first picture is the canvas as"
                        + " the class saw it when asked: the arrow asked about dotted in purple with a \"?\","
                        + " and every arrow that would give the answer away dotted in grey. Answers are the"
                        + " NetPol Dojo engine's, by the Kubernetes NetworkPolicy rules.</p>\n</header>\n");
        for (int i = 0; i < script.steps().size(); i++) {
            step(out, script, drafts, i, pictures.get(i));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void step(StringBuilder out, Script script, PolicyDrafts drafts, int i, HandoutPictures.Step pictures) {
        Script.Step step = script.steps().get(i);
        out.append("<section class=\"step\" id=\"step-").append(i + 1).append("\">\n<h2><span class=\"n\">")
                .append(i + 1).append("</span> ").append(esc(step.title())).append("</h2>\n");
        String change = change(script.appliedBy(i), "Applies ") + change(script.removedBy(i), "Removes ");
        if (!change.isEmpty()) {
            out.append("<p class=\"change\">").append(esc(change.strip())).append("</p>\n");
        }
        figure(out, pictures.asked().isPresent() ? "asked" : "shown", pictures.asked().orElse(pictures.shown()),
                pictures.asked().isPresent() ? "The canvas as the class saw it when asked, step " + (i + 1) + ": " + step.title()
                        : "The canvas after step " + (i + 1) + ": " + step.title(), Optional.empty());
        if (!step.narration().isBlank()) {
            out.append("<p class=\"notes\">").append(esc(step.narration())).append("</p>\n");
        }
        for (PolicyDraft d : script.appliedBy(i)) {
            out.append("<pre class=\"yaml\"><code>").append(esc(d.yaml().strip())).append("</code></pre>\n");
        }
        step.question().ifPresent(q -> question(out, q, script.engineAt(i, drafts).evaluate(q.ask().from(), q.ask().to(),
                q.ask().port())));
        if (pictures.asked().isPresent()) {
            figure(out, "revealed", pictures.shown(), "The canvas once the answer is revealed, step " + (i + 1) + ": "
                    + step.title(), Optional.of("Revealed: the arrow asked about and the arrows this step changed are marked."));
        }
        out.append("</section>\n");
    }

    /** A picture as an image of its own (each SVG keeps its own styles and marker ids). */
    private static void figure(StringBuilder out, String kind, String svg, String alt, Optional<String> caption) {
        out.append("<figure class=\"").append(kind).append("\"><img src=\"data:image/svg+xml;base64,")
                .append(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8))).append("\" alt=\"")
                .append(esc(alt)).append("\">");
        caption.ifPresent(c -> out.append("<figcaption>").append(esc(c)).append("</figcaption>"));
        out.append("</figure>\n");
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
            img { width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 8px; }
            figcaption { color: #57606a; font-size: .9rem; }
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
