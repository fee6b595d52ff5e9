package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.Answer;
import io.netpoldojo.quiz.GoalResult;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.SessionReport;
import io.netpoldojo.ui.text.Span;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A finished session's report as one self-contained HTML page (styles inline, no scripts, nothing
 * fetched), to keep, send or print to PDF from a browser: the score, the time, the score per
 * topic, every question with its time, and each mistake with the answer given, the options one by
 * one, what the engine says and the explanation. The same words as {@link ReportView}.
 */
final class ReportHtml {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;\
            padding:0 1rem;color:#1f2328;line-height:1.45}
            h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
            .muted{color:#59636e}.score{font-size:2rem;font-weight:700}
            table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;\
            border-bottom:1px solid #eaeef2}td.n,td.t{text-align:right;white-space:nowrap}
            .right{color:#1a7f37}.wrong{color:#cf222e}.partial{color:#9a6700}
            .mistake{border:1px solid #d0d7de;border-radius:6px;padding:.2rem 1rem .8rem;margin:1rem 0;\
            break-inside:avoid}
            pre,code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
            pre{background:#f6f8fa;padding:.6rem;border-radius:6px;overflow-x:auto}
            ul.options{list-style:none;padding-left:0}
            """;

    private ReportHtml() {}

    static String of(SessionReport r, Content content, ZonedDateTime finished) {
        StringBuilder h = new StringBuilder();
        String title = ReportView.title(r.mode());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append(" \u00b7 NetPol Dojo</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"muted\">NetPol Dojo \u00b7 ")
                .append(esc(finished.format(WHEN))).append("</p>\n");
        int percent = r.total() == 0 ? 0 : Math.round(100f * r.score() / r.total());
        h.append("<p><span class=\"score\">").append(r.score()).append(" / ").append(r.total())
                .append("</span> \u00b7 ").append(percent).append("% right \u00b7 time ")
                .append(QuizText.clock(r.used())).append(r.limit().map(l -> " of " + QuizText.clock(l)).orElse(""))
                .append(r.timedOut() ? " \u00b7 <strong>time ran out</strong>" : "").append("</p>\n");

        h.append("<h2>By topic</h2>\n<table>\n");
        for (Map.Entry<String, SessionReport.TopicScore> e : r.byTopic().entrySet()) {
            h.append("<tr><td>").append(esc(QuizText.topic(e.getKey()))).append("</td><td class=\"t\">")
                    .append(e.getValue().correct()).append(" of ").append(e.getValue().total()).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Question by question</h2>\n<table>\n");
        List<SessionReport.Entry> entries = r.entries();
        for (int i = 0; i < entries.size(); i++) {
            SessionReport.Entry e = entries.get(i);
            h.append("<tr><td class=\"n\">").append(i + 1).append("</td><td class=\"").append(markClass(e.grade()))
                    .append("\">").append(mark(e.grade())).append("</td><td>")
                    .append(esc(QuizText.topic(e.question().topic()) + " \u00b7 " + QuizText.kind(e.question().card().kind())
                            + outcome(e)))
                    .append("</td><td class=\"t\">").append(e.answered() ? QuizText.duration(e.time()) : "\u2014")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>").append(r.mistakes().isEmpty() ? "No mistakes. Well done." : "Mistakes, with the answers")
                .append("</h2>\n");
        for (SessionReport.Entry e : r.mistakes()) {
            mistake(h, entries.indexOf(e) + 1, e, content);
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String mark(Grade g) {
        return g.correct() ? "\u2713" : g.partlyRight() ? "\u00bd" : "\u2717";
    }

    private static String markClass(Grade g) {
        return g.correct() ? "right" : g.partlyRight() ? "partial" : "wrong";
    }

    private static String outcome(SessionReport.Entry e) {
        if (!e.answered()) {
            return " \u00b7 not answered";
        }
        if (e.answer() instanceof Answer.DontKnow) {
            return " \u00b7 you said you don't know";
        }
        return e.grade().partlyRight() ? " \u00b7 partly right (" + Math.round(e.grade().credit() * 100) + "%)" : "";
    }

    private static void mistake(StringBuilder h, int number, SessionReport.Entry e, Content content) {
        Card card = e.question().card();
        h.append("<div class=\"mistake\" id=\"mistake-").append(number).append("\">\n<p class=\"muted\">Question ")
                .append(number).append(" \u00b7 ").append(esc(QuizText.topic(card.topic()))).append(" \u00b7 ")
                .append(esc(QuizText.kind(card.kind()))).append("</p>\n");
        blocks(h, card.question());
        h.append("<p>Your answer: ").append(inline(ReportView.yourAnswer(e))).append("</p>\n");
        Grade g = e.grade();
        if (card.body() instanceof Card.PolicyTask) {
            if (!g.stillWrong().isEmpty()) {
                h.append("<ul>\n");
                for (GoalResult goal : g.stillWrong()) {
                    h.append("<li class=\"wrong\">\u2717 ").append(esc(QuizText.goal(goal.expectation()) + ": "
                            + GoalList.readable(goal.failure().orElse("")))).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("<p class=\"right\">A policy that meets the goal:</p>\n<pre>")
                    .append(esc(g.correctAnswer())).append("</pre>\n");
        } else if (card.body() instanceof Card.Choice) {
            if (g.partlyRight()) {
                h.append("<p class=\"partial\">").append(esc(QuizText.partialCredit(g))).append("</p>\n");
            }
            h.append("<ul class=\"options\">\n");
            List<Card.Option> shown = e.question().shownOptions();
            for (int place = 0; place < shown.size() && place < g.marks().size(); place++) {
                Grade.Mark m = g.marks().get(place);
                h.append("<li class=\"").append(m.judgedRight() ? "right" : "wrong").append("\">")
                        .append(OptionMarks.symbol(m)).append(' ').append(place + 1).append(". ")
                        .append(inline(shown.get(place).text())).append(" \u2014 ").append(esc(OptionMarks.words(m)))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        } else {
            h.append("<p class=\"right\">Right answer: ").append(inline(g.correctAnswer())).append("</p>\n");
        }
        g.verdict().ifPresent(v -> v.sentences().forEach(s -> h.append("<p>").append(inline(s)).append("</p>\n")));
        if (!e.question().generated()) {
            blocks(h, card.explanation());
        }
        h.append("<p class=\"muted\">Lesson: ").append(esc(QuizText.lesson(content, card.lesson())))
                .append("</p>\n</div>\n");
    }

    /** Card text: paragraphs of inline markup, and fenced code as {@code <pre>}. */
    private static void blocks(StringBuilder h, String markdown) {
        Matcher fence = CardText.FENCED.matcher(markdown);
        int from = 0;
        while (fence.find()) {
            paragraphs(h, markdown.substring(from, fence.start()));
            h.append("<pre>").append(esc(fence.group(1))).append("</pre>\n");
            from = fence.end();
        }
        paragraphs(h, markdown.substring(from));
    }

    private static void paragraphs(StringBuilder h, String words) {
        for (String p : words.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                h.append("<p>").append(inline(p.strip())).append("</p>\n");
            }
        }
    }

    /** Inline markup (code, bold, italic) as HTML; everything else escaped. */
    static String inline(String markdown) {
        StringBuilder b = new StringBuilder();
        for (Span s : CardText.spans(markdown)) {
            String text = esc(s.text());
            if (s.has(Span.Style.CODE)) {
                text = "<code>" + text + "</code>";
            }
            if (s.has(Span.Style.BOLD)) {
                text = "<strong>" + text + "</strong>";
            }
            if (s.has(Span.Style.ITALIC)) {
                text = "<em>" + text + "</em>";
            }
            b.append(text);
        }
        return b.toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
