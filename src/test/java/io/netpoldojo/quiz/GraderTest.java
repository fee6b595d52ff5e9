package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grader, table-driven. Policy answers are judged by what they do to the scenario, so several
 * different correct answers pass and the ways of being wrong each show up as unmet goals.
 */
class GraderTest {
    private static Content content;
    private final Grader grader = new Grader();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
        assertFalse(content.hasErrors(), () -> content.errors().toString());
    }

    private static Question card(String id) {
        return Question.of(content.card(id).orElseThrow(), content);
    }

    // ---- choice, true/false and prediction cards ---------------------------------------------

    private static final Question UNION = TestCards.single("t-union", "Only what the policy created last allows",
            "Only what the policy created first allows", "*Both, the union of the two policies",
            "Nothing, because the policies conflict");
    private static final Question POLICY_TYPES = TestCards.multiple("t-policytypes",
            "*It isolates the api pods for ingress", "*It isolates the api pods for egress",
            "It affects egress only, since it has only egress rules", "It affects no pod until policyTypes is written");

    @ParameterizedTest
    @CsvSource({
            // card, chosen (space separated, 0-based as written), correct
            "single, 2, true",
            "single, 0, false",
            "multiple, 0 1, true",
            "multiple, 0, false",
            "multiple, 0 1 2, false",
            "multiple, 2 3, false"})
    void choiceCardsNeedExactlyTheRightChoices(String kind, String chosen, boolean correct) {
        Integer[] indexes = Stream.of(chosen.split(" ")).map(Integer::valueOf).toArray(Integer[]::new);
        Grade grade = grader.grade(kind.equals("single") ? UNION : POLICY_TYPES, Answer.Choices.of(indexes));
        assertEquals(correct, grade.correct());
        assertEquals(correct ? Grade.Result.CORRECT : Grade.Result.WRONG, grade.result());
    }

    @Test
    void aWrongMultipleChoiceSaysWhatWasMissedAndWhatWasNotRight() {
        Grade grade = grader.grade(POLICY_TYPES, Answer.Choices.of(0, 2));
        assertEquals(List.of("Not right: 3. It affects egress only, since it has only egress rules",
                "Missed: 2. It isolates the api pods for egress"), grade.notes());
        assertEquals("1. It isolates the api pods for ingress\n2. It isolates the api pods for egress",
                grade.correctAnswer());
    }

    @Test
    void choicesAreNumberedAsTheLearnerSawThem() {
        // Shown in the order 4, 3, 2, 1 of the written options.
        Question shown = new Question(POLICY_TYPES.card(), Optional.empty(), false, List.of(3, 2, 1, 0));
        Grade grade = grader.grade(shown, Answer.Choices.of(0, 2));
        assertEquals(List.of("Not right: 2. It affects egress only, since it has only egress rules",
                "Missed: 3. It isolates the api pods for egress"), grade.notes());
        assertEquals("3. It isolates the api pods for egress\n4. It isolates the api pods for ingress",
                grade.correctAnswer());
        assertFalse(grade.correct());
        assertTrue(grader.grade(shown, Answer.Choices.of(0, 1)).correct(), "grading does not depend on the order");
    }

    @ParameterizedTest
    @CsvSource({"true, false", "false, true"})
    void trueFalseCards(boolean answer, boolean correct) {
        assertEquals(correct, grader.grade(card("limits-no-http-paths"), new Answer.YesNo(answer)).correct());
    }

    @Test
    void aPredictionIsJudgedByTheEngineAndCarriesItsVerdict() {
        Question q = card("peers-one-peer-predict");
        Grade yes = grader.grade(q, new Answer.YesNo(true));
        Grade no = grader.grade(q, new Answer.YesNo(false));
        // alice/web is in the right namespace but lacks role=client: the one peer does not match.
        assertFalse(yes.correct());
        assertTrue(no.correct());
        assertFalse(no.verdict().orElseThrow().allowed());
        assertEquals("No: the connection is denied", no.correctAnswer());
    }

    @Test
    void skippingIsWrongAndStillShowsTheAnswer() {
        Grade grade = grader.grade(UNION, new Answer.Skipped());
        assertEquals(Grade.Result.WRONG, grade.result());
        assertEquals("3. Both, the union of the two policies", grade.correctAnswer());
    }

    // ---- write the policy: lock mysql down to the backend -------------------------------------

    private static final String HEADER = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: mysql-from-backend
              namespace: default
            spec:
            """;

    private static String mysqlPolicy(String from, String port) {
        return HEADER
                + "  podSelector:\n"
                + "    matchLabels:\n"
                + "      app: mysql\n"
                + "  policyTypes:\n"
                + "  - Ingress\n"
                + "  ingress:\n"
                + "  - from:\n"
                + from
                + "    ports:\n"
                + "    - protocol: TCP\n"
                + "      port: " + port + "\n";
    }

    private static final String BY_POD = """
                - podSelector:
                    matchLabels:
                      app: backend
            """;
    private static final String BY_POD_AND_NAMESPACE = """
                - namespaceSelector:
                    matchLabels:
                      kubernetes.io/metadata.name: default
                  podSelector:
                    matchLabels:
                      app: backend
            """;
    private static final String BY_MATCH_EXPRESSIONS = """
                - podSelector:
                    matchExpressions:
                    - {key: app, operator: In, values: [backend]}
            """;
    private static final String EVERY_POD_IN_THE_NAMESPACE = """
                - podSelector: {}
            """;

    static Stream<Arguments> lockDownMysql() {
        return Stream.of(
                Arguments.of("the model answer", mysqlPolicy(BY_POD, "3306"), List.of()),
                Arguments.of("podSelector and namespaceSelector in one peer", mysqlPolicy(BY_POD_AND_NAMESPACE, "3306"),
                        List.of()),
                Arguments.of("matchExpressions", mysqlPolicy(BY_MATCH_EXPRESSIONS, "3306"), List.of()),
                Arguments.of("a port name the mysql container does not declare", mysqlPolicy(BY_POD, "mysql"),
                        List.of(0)),
                Arguments.of("two policies: default deny for mysql, then allow the backend", HEADER.replace(
                        "mysql-from-backend", "mysql-deny") + """
                          podSelector:
                            matchLabels:
                              app: mysql
                          policyTypes:
                          - Ingress
                        ---
                        """ + mysqlPolicy(BY_POD, "3306"), List.of()),
                Arguments.of("too permissive: every pod in the namespace", mysqlPolicy(EVERY_POD_IN_THE_NAMESPACE, "3306"),
                        List.of(0)),
                Arguments.of("the wrong port", mysqlPolicy(BY_POD, "3307"), List.of(0)),
                Arguments.of("selects every pod: mysql is right, but frontend -> backend breaks", HEADER + """
                          podSelector: {}
                          policyTypes:
                          - Ingress
                          ingress:
                          - from:
                            - podSelector:
                                matchLabels:
                                  app: backend
                        """, List.of(1)),
                Arguments.of("egress instead of ingress leaves mysql open", HEADER + """
                          podSelector:
                            matchLabels:
                              app: mysql
                          policyTypes:
                          - Egress
                        """, List.of(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockDownMysql")
    void anyPolicyThatMeetsTheGoalPassesAndEveryUnmetGoalIsShown(String what, String yaml, List<Integer> unmet) {
        Grade grade = grader.grade(card("recipes-lock-down-mysql"), new Answer.PolicyYaml(yaml));
        assertTrue(grade.problems().stream().noneMatch(Diagnostic::isError), () -> what + ": " + grade.problems());
        assertEquals(unmet.isEmpty(), grade.correct(), what);
        List<Integer> failing = new java.util.ArrayList<>();
        for (int i = 0; i < grade.goals().size(); i++) {
            if (!grade.goals().get(i).met()) {
                failing.add(i);
            }
        }
        assertEquals(unmet, failing, what);
    }

    @Test
    void aTooPermissivePolicyNamesTheSourcesItStillLetsInAndTheConnectionsBehindIt() {
        Grade grade = grader.grade(card("recipes-lock-down-mysql"),
                new Answer.PolicyYaml(mysqlPolicy(EVERY_POD_IN_THE_NAMESPACE, "3306")));
        GoalResult unmet = grade.stillWrong().get(0);
        assertTrue(unmet.failure().orElseThrow().endsWith("the engine also lets in: default/frontend, default/redis"),
                unmet.failure().get());
        assertEquals(List.of(new GoalResult.Mismatch("default/frontend", "default/mysql", Port.tcp(3306), true),
                new GoalResult.Mismatch("default/redis", "default/mysql", Port.tcp(3306), true)), unmet.mismatches());
        assertTrue(grade.goals().get(1).mismatches().isEmpty(), "a met goal has nothing to point at");
    }

    @Test
    void aPolicyThatShutsOutTheRightSourceNamesTheConnectionsItBlocks() {
        Grade grade = grader.grade(card("recipes-lock-down-mysql"), new Answer.PolicyYaml(mysqlPolicy(BY_POD, "3307")));
        assertEquals(List.of(new GoalResult.Mismatch("default/backend", "default/mysql", Port.tcp(3306), false)),
                grade.stillWrong().get(0).mismatches());
    }

    @Test
    void anIpBlockWithTheBackendsAddressAlsoMeetsTheGoal() {
        Scenario microservices = content.scenario("microservices").orElseThrow();
        String ip = microservices.base().endpoint("default/backend").orElseThrow().ip().toString();
        String byAddress = "    - ipBlock:\n        cidr: " + ip + "/32\n";
        Grade grade = grader.grade(card("recipes-lock-down-mysql"), new Answer.PolicyYaml(mysqlPolicy(byAddress, "3306")));
        assertTrue(grade.correct(), () -> grade.stillWrong().toString());
    }

    // ---- write the policy: only the ALB may reach the frontend (an ipBlock goal) --------------

    private static Question onlyTheAlb() {
        SourcePosition at = SourcePosition.ofFile("test");
        Card card = new Card("test-only-alb", CardKind.WRITE_POLICY, "recipes", 2, "recipes",
                "Only the ALB may reach the frontend on port 80.", "An ipBlock selects addresses outside the cluster.",
                new Card.PolicyTask("microservices", Optional.of(Scenario.NONE), List.of(
                        new Expectation.OnlyFrom(Optional.empty(), "default/frontend", Port.tcp(80), List.of("alb"), at)),
                        "", "", List.of(), List.of(), Optional.empty()), at);
        return new Question(card, content.scenario("microservices"), false);
    }

    private static String frontendFrom(String peer) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: frontend-from-alb
                  namespace: default
                spec:
                  podSelector:
                    matchLabels:
                      app: frontend
                  ingress:
                  - from:
                """ + peer;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'    - ipBlock: {cidr: 10.0.1.57/32}'                    | true",
            "'    - ipBlock: {cidr: 10.0.0.0/23}'                     | true",
            "'    - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.16.0/20, 10.0.32.0/20]}' | true",
            "'    - ipBlock: {cidr: 10.0.0.0/16}'                     | false",
            "'    - ipBlock: {cidr: 0.0.0.0/0}'                       | false",
            "'    - podSelector: {matchLabels: {app: alb}}'           | false",
            "'    - namespaceSelector: {}'                            | false"})
    void anOutsideSourceIsReachedByIpBlockOnly(String peer, boolean correct) {
        Grade grade = grader.grade(onlyTheAlb(), new Answer.PolicyYaml(frontendFrom(peer + "\n")));
        assertTrue(grade.problems().stream().noneMatch(Diagnostic::isError), grade.problems()::toString);
        assertEquals(correct, grade.correct(), () -> peer + ": " + grade.stillWrong());
    }

    // ---- fix the policy -----------------------------------------------------------------------

    @Test
    void theBrokenStarterFailsAndEitherFixPasses() {
        Question q = card("peers-fix-extra-dash");
        Card.PolicyTask task = (Card.PolicyTask) q.card().body();
        Grade starter = grader.grade(q, new Answer.PolicyYaml(task.starter()));
        assertFalse(starter.correct());
        assertTrue(starter.stillWrong().get(0).failure().orElseThrow().contains("also lets in"));
        assertTrue(grader.grade(q, new Answer.PolicyYaml(task.solution())).correct());
        String withExpressions = task.solution().replace(
                "      podSelector:\n        matchLabels:\n          role: client",
                "      podSelector:\n        matchExpressions:\n"
                        + "        - {key: role, operator: In, values: [client]}");
        assertFalse(withExpressions.equals(task.solution()));
        assertTrue(grader.grade(q, new Answer.PolicyYaml(withExpressions)).correct());
    }

    // ---- answers that do not load ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not YAML at all        | 'spec:\\n  podSelector: {\\n'                                         | 3",
            "a port out of range    | '" + "PORT" + "'                                                    | 19",
            "a Pod instead          | 'apiVersion: v1\\nkind: Pod\\nmetadata: {name: x, namespace: default}\\nspec:\\n  containers: [{name: a, image: b}]\\n' | 1",
            "nothing written        | ''                                                                   | 1"})
    void yamlThatDoesNotLoadIsNotGradedAndTheProblemPointsAtItsLine(String what, String yaml, int line) {
        String text = yaml.equals("PORT") ? mysqlPolicy(BY_POD, "70000") : yaml.replace("\\n", "\n");
        Grade grade = grader.grade(card("recipes-lock-down-mysql"), new Answer.PolicyYaml(text));
        assertEquals(Grade.Result.INVALID, grade.result(), what);
        assertFalse(grade.correct());
        Diagnostic first = grade.problems().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(line, first.position().line(), () -> what + ": " + grade.problems());
        assertTrue(grade.goals().isEmpty(), "nothing is judged until it loads");
    }
}
