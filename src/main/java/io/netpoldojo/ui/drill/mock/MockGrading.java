package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Trap;
import io.netpoldojo.explain.ExplainGrader;
import io.netpoldojo.explain.Judgement;
import io.netpoldojo.explain.Point;
import io.netpoldojo.quiz.Answer;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.Grader;
import io.netpoldojo.quiz.Question;
import io.netpoldojo.ui.drill.whatif.WhatIf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grades one question of a mock interview with the app's own graders: the explain grader for an
 * explanation, the quiz grader (and so the engine) for a prediction or a policy.
 */
final class MockGrading {
    private final Grader grader = new Grader();
    private final Content content;

    MockGrading(Content content) {
        this.content = content;
    }

    /**
     * @param text   the typed explanation or policy YAML ("" when none)
     * @param choice for a prediction: yes (allowed), no (denied), or empty when not answered
     */
    MockReport.Item grade(MockStep step, String text, Optional<Boolean> choice, Duration time) {
        Card card = step.card();
        return switch (step.kind()) {
            case EXPLAIN -> explain(step, text, time);
            case FOLLOW_UP -> engine(step, "follow-up", choice.map(c -> (Answer) new Answer.YesNo(c))
                    .orElse(new Answer.Skipped()), choice.map(c -> c ? "Allowed" : "Denied").orElse(""), time);
            case TASK -> engine(step, "policy", text.isBlank() || text.strip().equals(starter(card).strip())
                    ? new Answer.Skipped() : new Answer.PolicyYaml(text), text, time);
            case WHAT_IF -> whatIf(step, step.whatIf().orElseThrow(), choice, time);
        };
    }

    /** The engine's answer on the changed cluster; the report says whether the change changed it, and why. */
    private MockReport.Item whatIf(MockStep step, WhatIf w, Optional<Boolean> choice, Duration time) {
        boolean right = choice.isPresent() && choice.get() == w.answer();
        String verdict = (right ? "Right. " : choice.isEmpty() ? "Not answered. " : "Wrong. ") + w.explanation();
        return new MockReport.Item("what-if", step.card().id() + "#" + w.kind().id(), step.question(), time,
                step.time(), choice.map(c -> c ? "Allowed" : "Denied").orElse(""), right, List.of(), List.of(),
                List.of(), verdict, right ? List.of() : List.of(w.kind().trap().title()));
    }

    private MockReport.Item explain(MockStep step, String text, Duration time) {
        Card card = step.card();
        Card.Explain body = (Card.Explain) card.body();
        Judgement j = ExplainGrader.grade(body.rubric(), text, card.question());
        List<String> practise = new ArrayList<>();
        j.misconceptionIds().stream().map(body.traps()::get).filter(t -> t != null).map(Trap::title)
                .forEach(practise::add);
        if (j.coverage() < 0.5) {
            practise.add("Explain again: " + card.question().replaceAll("[.?!]+$", ""));
        }
        return new MockReport.Item("explain", card.id(), card.question(), time, step.time(), text,
                j.missed().isEmpty() && j.misconceptions().isEmpty(),
                j.covered().stream().map(c -> c.point().says()).toList(),
                j.missed().stream().map(Point::says).toList(),
                j.misconceptions().stream().map(c -> c.point().says()).toList(), "", practise);
    }

    private MockReport.Item engine(MockStep step, String kind, Answer answer, String shown, Duration time) {
        Card card = step.card();
        Grade grade = grader.grade(Question.of(card, content), answer);
        boolean right = grade.result() == Grade.Result.CORRECT;
        StringBuilder verdict = new StringBuilder(right ? "Right. " : answer instanceof Answer.Skipped
                ? "Not answered. " : grade.result() == Grade.Result.INVALID ? "The YAML does not load. " : "Wrong. ");
        if (grade.result() == Grade.Result.INVALID) {
            grade.problems().stream().limit(3).forEach(d -> verdict.append(d.path()).append(": ").append(d.message())
                    .append(". "));
        }
        verdict.append(grade.correctAnswer()).append('.');
        // The engine's own reasons: which policies isolate each end and which rule, if any, allows it.
        grade.verdict().ifPresent(v -> v.sentences().forEach(n -> verdict.append(' ').append(n)));
        grade.notes().forEach(n -> verdict.append(' ').append(n));
        grade.stillWrong().stream().limit(3).forEach(g -> g.failure().ifPresent(f -> verdict.append(' ').append(f)));
        List<String> practise = right ? List.of() : card.traps().isEmpty() ? List.of("Practise: " + card.topic())
                : card.traps().stream().map(Trap::title).toList();
        return new MockReport.Item(kind, card.id(), card.question(), time, step.time(), shown, right, List.of(),
                List.of(), List.of(), verdict.toString().strip(), practise);
    }

    static String starter(Card card) {
        return card.body() instanceof Card.PolicyTask t ? t.starter() : "";
    }
}
