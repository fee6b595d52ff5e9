package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.content.ExpectationCheck;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Trap;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.LoadedObject;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.manifest.Severity;
import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grades answers. Nothing here is typed in as a key: a prediction is judged by the engine's
 * verdict on the scenario, and a policy answer by whether the scenario plus the learner's
 * policies meets every expectation of the card's goal, so any correct policy passes, not only
 * the model answer.
 */
public final class Grader {
    /** The note of a question not answered (skipped, or the interview's time ran out). */
    public static final String NOT_ANSWERED = "Not answered.";
    /** The note of an "I don't know". */
    public static final String DONT_KNOW = "You said you don't know.";
    /** The file name the learner's YAML is reported under. */
    public static final String ANSWER_FILE = "answer.yaml";

    private final ManifestLoader loader = new ManifestLoader();

    /**
     * Grades {@code answer}. A wrong answer names the traps it fell into: those on the wrong
     * options picked, or the card's own for the other kinds. Not answering, or "I don't know",
     * falls into none: it reveals no misconception.
     */
    public Grade grade(Question question, Answer answer) {
        Card card = question.card();
        Card.Body body = card.body();
        if (body instanceof Card.Choice choice) {
            return choice(question, choice, answer);
        }
        Grade grade;
        if (body instanceof Card.TrueFalse trueFalse) {
            String key = trueFalse.answer() ? "True" : "False";
            grade = yesNo(answer, trueFalse.answer(), key, Optional.empty());
        } else if (body instanceof Card.Predict predict) {
            Verdict verdict = scenario(question).evaluate(predict.after(), predict.ask());
            String key = verdict.allowed() ? "Yes: the connection is allowed" : "No: the connection is denied";
            grade = yesNo(answer, verdict.allowed(), key, Optional.of(verdict));
        } else {
            grade = policy(question, (Card.PolicyTask) body, answer);
        }
        boolean fell = grade.result() == Grade.Result.WRONG && gave(answer);
        return fell ? grade.withTraps(card.traps()) : grade;
    }

    /** Whether the learner gave an answer of their own (not skipped, not "I don't know"). */
    static boolean gave(Answer answer) {
        return !(answer instanceof Answer.Skipped) && !(answer instanceof Answer.DontKnow);
    }

    /**
     * Loads the learner's YAML the way {@code kubectl apply} would see it, with the apiserver's
     * validation. Anything other than NetworkPolicies is an error at that object, since the
     * scenario's pods and namespaces are given.
     */
    public PolicyParse parsePolicies(String text) {
        LoadResult result = loader.load(ANSWER_FILE, text);
        List<Diagnostic> problems = new ArrayList<>(result.diagnostics().stream()
                .filter(d -> d.severity() != Severity.NOTICE).toList());
        if (result.hasErrors()) {
            return new PolicyParse(List.of(), problems);
        }
        for (LoadedObject o : result.objects()) {
            if (!o.key().kind().equals("NetworkPolicy")) {
                problems.add(Diagnostic.error(o.position(), "kind", "only NetworkPolicies belong in the answer; the "
                        + o.key().kind() + " " + o.key().name() + " is part of the scenario already"));
            }
        }
        if (result.cluster().policies().isEmpty() && problems.stream().noneMatch(Diagnostic::isError)) {
            problems.add(Diagnostic.error(new SourcePosition(ANSWER_FILE, 1, 1), "",
                    "write at least one NetworkPolicy (apiVersion: networking.k8s.io/v1, kind: NetworkPolicy)"));
        }
        boolean ok = problems.stream().noneMatch(Diagnostic::isError);
        return new PolicyParse(ok ? result.cluster().policies() : List.of(), problems);
    }

    private static Grade choice(Question question, Card.Choice choice, Answer answer) {
        Card card = question.card();
        List<String> key = new ArrayList<>();
        for (int i : rightInShownOrder(question, choice)) {
            key.add(numbered(question, i));
        }
        String correctAnswer = String.join("\n", key);
        if (!gave(answer)) {
            List<Grade.Mark> marks = question.order().stream()
                    .map(i -> choice.answer().contains(i) ? Grade.Mark.MISSED : Grade.Mark.LEFT_OUT).toList();
            return new Grade(Grade.Result.WRONG, correctAnswer, List.of(notAnswered(answer)), List.of(), List.of(),
                    Optional.empty(), 0, marks, Set.of());
        }
        if (!(answer instanceof Answer.Choices chosen)) {
            throw new IllegalArgumentException("card " + card.id() + " takes choices, not " + answer);
        }
        Set<Integer> expected = Set.copyOf(choice.answer());
        List<String> notes = new ArrayList<>();
        for (int i : chosen.chosen()) {
            if (i < 0 || i >= choice.choices().size()) {
                throw new IllegalArgumentException("card " + card.id() + " has no choice " + i);
            }
        }
        for (int i : chosen.chosen().stream().sorted(Comparator.comparingInt(question::shownPlace)).toList()) {
            if (!expected.contains(i) && choice.answer().size() > 1) {
                notes.add("Not right: " + numbered(question, i));
            }
        }
        for (int i : rightInShownOrder(question, choice)) {
            if (!chosen.chosen().contains(i) && choice.answer().size() > 1) {
                notes.add("Missed: " + numbered(question, i));
            }
        }
        boolean correct = chosen.chosen().equals(new TreeSet<>(expected));
        List<Grade.Mark> marks = new ArrayList<>();
        Set<Trap> traps = new LinkedHashSet<>();
        int rightPicked = 0;
        int wrongPicked = 0;
        for (int i : question.order()) {
            boolean picked = chosen.chosen().contains(i);
            boolean right = expected.contains(i);
            marks.add(picked ? (right ? Grade.Mark.PICKED_RIGHT : Grade.Mark.PICKED_WRONG)
                    : (right ? Grade.Mark.MISSED : Grade.Mark.LEFT_OUT));
            rightPicked += picked && right ? 1 : 0;
            wrongPicked += picked && !right ? 1 : 0;
            if (picked && !right) {
                choice.options().get(i).trap().ifPresent(traps::add);
            }
        }
        double credit = correct ? 1 : card.kind() == CardKind.MULTIPLE
                ? Grade.creditFor(rightPicked, wrongPicked, expected.size()) : 0;
        return new Grade(correct ? Grade.Result.CORRECT : Grade.Result.WRONG, correctAnswer, notes, List.of(),
                List.of(), Optional.empty(), credit, marks, traps);
    }

    private static String notAnswered(Answer answer) {
        return answer instanceof Answer.DontKnow ? DONT_KNOW : NOT_ANSWERED;
    }

    /** A choice as the learner saw it: numbered from 1 in the order shown, as the number keys pick it. */
    private static String numbered(Question question, int index) {
        return (question.shownPlace(index) + 1) + ". " + ((Card.Choice) question.card().body()).choices().get(index);
    }

    private static List<Integer> rightInShownOrder(Question question, Card.Choice choice) {
        return choice.answer().stream().sorted(Comparator.comparingInt(question::shownPlace)).toList();
    }

    private static Grade yesNo(Answer answer, boolean truth, String correctAnswer, Optional<Verdict> verdict) {
        if (!gave(answer)) {
            return new Grade(Grade.Result.WRONG, correctAnswer, List.of(notAnswered(answer)), List.of(), List.of(),
                    verdict);
        }
        if (!(answer instanceof Answer.YesNo yesNo)) {
            throw new IllegalArgumentException("a yes/no card cannot take " + answer);
        }
        Grade.Result result = yesNo.yes() == truth ? Grade.Result.CORRECT : Grade.Result.WRONG;
        return new Grade(result, correctAnswer, List.of(), List.of(), List.of(), verdict);
    }

    private Grade policy(Question question, Card.PolicyTask task, Answer answer) {
        if (!gave(answer)) {
            return wrong(task.solution(), List.of(notAnswered(answer)));
        }
        if (!(answer instanceof Answer.PolicyYaml yaml)) {
            throw new IllegalArgumentException("card " + question.id() + " takes policy YAML, not " + answer);
        }
        PolicyParse parsed = parsePolicies(yaml.text());
        if (!parsed.valid()) {
            return new Grade(Grade.Result.INVALID, task.solution(), List.of(), List.of(), parsed.problems(),
                    Optional.empty());
        }
        Cluster cluster = scenario(question).clusterWith(task.after(), parsed.policies());
        List<GoalResult> goals = new ArrayList<>();
        Engine engine = new Engine(cluster);
        for (Expectation e : task.goal()) {
            Optional<String> failure = ExpectationCheck.check(cluster, e);
            goals.add(new GoalResult(e, failure, failure.isEmpty() ? List.of() : mismatches(engine, e)));
        }
        boolean met = goals.stream().allMatch(GoalResult::met);
        return new Grade(met ? Grade.Result.CORRECT : Grade.Result.WRONG, task.solution(), List.of(), goals,
                parsed.problems(), Optional.empty());
    }

    /**
     * The connections behind an unmet expectation: for "only these reach B", every source the
     * engine lets in that is not listed and every listed one it keeps out; likewise for "A reaches
     * only these". Endpoints the scenario does not have are left to the failure sentence.
     */
    static List<GoalResult.Mismatch> mismatches(Engine engine, Expectation e) {
        List<GoalResult.Mismatch> out = new ArrayList<>();
        if (e instanceof Expectation.Reach r) {
            if (engine.endpoint(r.from()).isPresent() && engine.endpoint(r.to()).isPresent()) {
                boolean allowed = engine.evaluate(r.from(), r.to(), r.port()).allowed();
                if (allowed != r.allowed()) {
                    out.add(new GoalResult.Mismatch(r.from(), r.to(), r.port(), allowed));
                }
            }
            return out;
        }
        boolean inbound = e instanceof Expectation.OnlyFrom;
        String fixed = inbound ? ((Expectation.OnlyFrom) e).to() : ((Expectation.OnlyTo) e).from();
        List<String> listed = inbound ? ((Expectation.OnlyFrom) e).sources() : ((Expectation.OnlyTo) e).destinations();
        if (engine.endpoint(fixed).isEmpty()) {
            return out;
        }
        for (Endpoint other : engine.endpoints()) {
            if (other.id().equals(fixed)) {
                continue;
            }
            String from = inbound ? other.id() : fixed;
            String to = inbound ? fixed : other.id();
            boolean allowed = engine.evaluate(from, to, e.port()).allowed();
            if (allowed != listed.contains(other.id())) {
                out.add(new GoalResult.Mismatch(from, to, e.port(), allowed));
            }
        }
        return out;
    }

    private static Grade wrong(String correctAnswer, List<String> notes) {
        return new Grade(Grade.Result.WRONG, correctAnswer, notes, List.of(), List.of(), Optional.empty());
    }

    private static Scenario scenario(Question question) {
        return question.scenario().orElseThrow();
    }
}
