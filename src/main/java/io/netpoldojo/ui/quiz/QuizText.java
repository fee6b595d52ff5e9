package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.quiz.PredictionGenerator;
import io.netpoldojo.quiz.ExpectedTimes;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.Points;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** How the quiz names things on screen: topics, card kinds, expectations, durations. */
final class QuizText {
    private static final Map<String, String> TOPIC_NAMES = Map.of(
            "cni", "CNI", "dns", "DNS", PredictionGenerator.TOPIC, "Generated scenarios");

    private QuizText() {}

    static String topic(String topic) {
        String known = TOPIC_NAMES.get(topic);
        if (known != null) {
            return known;
        }
        String words = topic.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static String kind(CardKind kind) {
        switch (kind) {
            case SINGLE:
                return "Single choice";
            case MULTIPLE:
                return "Multiple choice";
            case TRUEFALSE:
                return "True or false";
            case PREDICT:
                return "Predict the traffic";
            case WRITE_POLICY:
                return "Write the policy";
            case FIX_POLICY:
                return "Fix the policy";
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /** What to do, under the question. */
    static String instruction(CardKind kind) {
        switch (kind) {
            case SINGLE:
                return "Pick one answer: click it or press its number, then Enter. 0 if you don't know.";
            case MULTIPLE:
                return "Pick every right answer: click them or press their numbers (Space toggles the last one),"
                        + " then Enter. 0 if you don't know.";
            case TRUEFALSE:
                return "Press 1 for true, 2 for false, then Enter. 0 if you don't know.";
            case PREDICT:
                return "Read the policies, then press 1 for yes or 2 for no, then Enter. 0 if you don't know.";
            case WRITE_POLICY:
                return "Write NetworkPolicy YAML that meets the goal (any policy that does passes), then press "
                        + QuizKeys.CHECK_FROM_EDITOR.getDisplayText() + " to check it. In the editor, numbers and Enter"
                        + " type text.";
            case FIX_POLICY:
                return "Edit the policy until it meets the goal, then press " + QuizKeys.CHECK_FROM_EDITOR.getDisplayText()
                        + " to check it. In the editor, numbers and Enter type text.";
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    static String difficulty(int level) {
        return level == 1 ? "Easy" : level == 2 ? "Medium" : "Hard";
    }

    /** An expectation as a goal in words. */
    static String goal(Expectation e) {
        if (e instanceof Expectation.Reach r) {
            return r.from() + " \u2192 " + r.to() + " on " + r.port() + (r.allowed() ? " is allowed" : " is denied");
        }
        if (e instanceof Expectation.OnlyFrom o) {
            return "Only " + String.join(", ", o.sources()) + " can reach " + o.to() + " on " + o.port();
        }
        Expectation.OnlyTo o = (Expectation.OnlyTo) e;
        return o.from() + " can reach only " + String.join(", ", o.destinations()) + " on " + o.port();
    }

    /** The lesson's title, or its id when the content has no such lesson. */
    static String lesson(Content content, String lessonId) {
        return content.lesson(lessonId).map(l -> l.title()).orElse(lessonId);
    }

    /** 0:42, 15:00: a clock's reading. */
    static String clock(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    /** 42 s, 3:05: short times in seconds. */
    static String duration(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        return s < 60 ? s + " s" : s / 60 + ":" + String.format("%02d", s % 60);
    }

    /** "Partly right: 1 of the 2 right options, and 1 wrong one picked: half the points." */
    static String partialCredit(Grade g) {
        long rightPicked = g.marks().stream().filter(m -> m == Grade.Mark.PICKED_RIGHT).count();
        long right = g.marks().stream().filter(m -> m == Grade.Mark.PICKED_RIGHT || m == Grade.Mark.MISSED).count();
        long wrongPicked = g.marks().stream().filter(m -> m == Grade.Mark.PICKED_WRONG).count();
        return "Partly right: " + rightPicked + " of the " + right + " right options"
                + (wrongPicked == 0 ? "" : ", and " + wrongPicked + " wrong " + (wrongPicked == 1 ? "one" : "ones")
                + " picked") + ". Credit " + Math.round(g.credit() * 100) + "% (right ones picked, less wrong ones"
                + " picked, out of the right ones): that share of the base points, and the card counts as not known yet.";
    }

    /** "20 for a level-2 card + 5 for answering within 20 s + 4 for your streak of 2." */
    static String pointsBreakdown(Points p, Card card) {
        StringBuilder sb = new StringBuilder(p.base() + " for a level-" + card.difficulty() + " card");
        if (p.speed() > 0) {
            sb.append(" + ").append(p.speed()).append(" for answering within ")
                    .append(duration(ExpectedTimes.of(card.kind())));
        }
        if (p.streak() > 0) {
            sb.append(" + ").append(p.streak()).append(" for your streak of ")
                    .append(p.streak() / Points.STREAK_BONUS);
        }
        return sb.toString();
    }
}
