package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.quiz.PredictionGenerator;
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
                return "Pick one answer: click it or press its number.";
            case MULTIPLE:
                return "Pick every right answer: click them or press their numbers (Space toggles the last one).";
            case TRUEFALSE:
                return "Press 1 for true, 2 for false.";
            case PREDICT:
                return "Read the policies, then press 1 for yes or 2 for no.";
            case WRITE_POLICY:
                return "Write NetworkPolicy YAML that meets the goal. Any policy that does passes.";
            case FIX_POLICY:
                return "Edit the policy until it meets the goal.";
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
}
