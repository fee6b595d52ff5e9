package io.netpoldojo.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The grader on the shipped "what are NetworkPolicies" card, one behaviour a learner would notice per case. */
class ExplainGraderTest {
    private static Rubric whatAre;

    @BeforeAll
    static void load() {
        Content content = new ContentLoader().load(Path.of("content"));
        whatAre = ((Card.Explain) content.explainCard("explain-what-are-netpols").orElseThrow().body()).rubric();
    }

    private static Judgement grade(String answer) {
        return ExplainGrader.grade(whatAre, answer);
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                // Negations decide between a point and a myth.
                Arguments.of("They do not filter HTTP paths or methods.", List.of("l3-l4"), List.of()),
                Arguments.of("They can filter HTTP paths and methods.", List.of(), List.of("myth-l7")),
                Arguments.of("Policies dont look at HTTP headers.", List.of("l3-l4"), List.of()),
                Arguments.of("Policies don\u2019t look at HTTP headers.", List.of("l3-l4"), List.of()),
                Arguments.of("kube-proxy enforces them on every node.", List.of(), List.of("myth-kube-enforces")),
                Arguments.of("It isn't kube-proxy that enforces them.", List.of(), List.of()),
                Arguments.of("The kubelet does not enforce them, and neither does kube-proxy.", List.of(), List.of()),
                Arguments.of("A common myth is that kube-proxy enforces them.", List.of(), List.of()),
                Arguments.of("People think a policy blocks all traffic in both directions, but that is wrong.",
                        List.of(), List.of()),
                Arguments.of("Once a policy selects a pod, it blocks everything in and out.", List.of(),
                        List.of("myth-deny-both")),
                Arguments.of("Policies are stateful.", List.of("stateful"), List.of()),
                Arguments.of("Policies are not stateful.", List.of(), List.of()),
                Arguments.of("Order does not matter.", List.of("additive"), List.of()),
                Arguments.of("Order matters.", List.of(), List.of()),
                Arguments.of("There is no deny rule.", List.of("additive"), List.of()),
                // Synonyms, plurals and word forms.
                Arguments.of("Several policies on a pod are combined as a union.", List.of("additive"), List.of()),
                Arguments.of("Policies simply add up.", List.of("additive"), List.of()),
                Arguments.of("Enforcement is done by the CNI plugin.", List.of("cni-enforces"), List.of()),
                Arguments.of("The network plugin implements them.", List.of("cni-enforces"), List.of()),
                Arguments.of("Without any policy, every pod can reach every other pod.", List.of("default-allow"),
                        List.of()),
                Arguments.of("With no policy at all, all pods can talk to each other.", List.of("default-allow"),
                        List.of()),
                // A topic word alone states nothing.
                Arguments.of("Every pod.", List.of(), List.of()),
                Arguments.of("HTTP.", List.of(), List.of()),
                Arguments.of("kube-proxy.", List.of(), List.of()),
                // A question asks; it asserts nothing.
                Arguments.of("Do they filter HTTP paths?", List.of(), List.of()),
                Arguments.of("Does kube-proxy enforce them?", List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void creditsWhatTheSentenceStates(String answer, List<String> covered, List<String> myths) {
        Judgement j = grade(answer);
        assertEquals(covered, j.coveredIds(), "covered");
        assertEquals(myths, j.misconceptionIds(), "misconceptions");
    }

    @Test
    void anEmptyAnswerCoversNothingAndMissesEverything() {
        for (String empty : List.of("", "   ", "\n\n", "- \n1.\n")) {
            Judgement j = grade(empty);
            assertEquals(List.of(), j.covered());
            assertEquals(whatAre.points().size(), j.missed().size());
            assertEquals(List.of(), j.misconceptions());
            assertEquals(List.of(), j.unread());
            assertEquals(0, j.coverage());
        }
    }

    @Test
    void eachCreditShowsTheSentenceAndTheWordsThatEarnedIt() {
        String answer = "Hello. Replies come back automatically on an allowed connection. Thanks.";
        Judgement j = grade(answer);
        Judgement.Credit c = j.covered().get(0);
        assertEquals("stateful", c.point().id());
        assertEquals("Replies come back automatically on an allowed connection.", c.sentence().orElseThrow().text());
        assertEquals(List.of("Replies", "come back"),
                c.matched().stream().map(s -> answer.substring(s.start(), s.end())).toList());
    }

    @Test
    void aVeryLongRamblingAnswerIsReadUpToTheLimitAndSaysSo() {
        StringBuilder sb = new StringBuilder("So, well, let me think about this for a moment. ");
        while (sb.length() < 12_000) {
            sb.append("We had a lot of meetings about it and the teams were busy. ");
        }
        sb.append("The CNI plugin enforces them. ");
        while (sb.length() < ExplainGrader.MAX_CHARS + 1000) {
            sb.append("And then we had some more meetings. ");
        }
        sb.append("Policies are stateful.");
        Judgement j = grade(sb.toString());
        assertEquals(List.of("cni-enforces"), j.coveredIds(), "stated before the limit: read; after it: not");
        assertTrue(j.truncated());
        assertFalse(grade("The CNI plugin enforces them.").truncated());
    }

    @Test
    void textInAnotherLanguageGivesNoCredit() {
        for (String foreign : List.of(
                "NetworkPolicies sind namespaced Objekte. Ohne Policy kann jeder Pod jeden anderen Pod erreichen.",
                "Das CNI-Plugin setzt die Policies durch, nicht kube-proxy.",
                "Sin ninguna política, todos los pods pueden comunicarse. El plugin CNI aplica las políticas.",
                "Les politiques sont stateful: les réponses sont autorisées automatiquement par le plugin CNI.",
                "NetworkPolicy 是命名空间级别的对象，由 CNI 插件执行，不能过滤 HTTP 路径。",
                "NetworkPolicy работает на уровне L3/L4, а применяет её CNI плагин.")) {
            Judgement j = grade(foreign);
            assertEquals(List.of(), j.covered(), foreign);
            assertEquals(List.of(), j.misconceptions(), foreign);
            assertTrue(j.unread().stream().allMatch(s -> s.kind() == Sentence.Kind.NOT_ENGLISH), foreign);
            assertFalse(j.unread().isEmpty(), foreign);
        }
    }

    @Test
    void inAMixedAnswerTheEnglishSentencesStillCount() {
        Judgement j = grade("Policies are stateful. Die Antworten kommen von selbst zurück, das ist wichtig und gut.");
        assertEquals(List.of("stateful"), j.coveredIds());
        assertEquals(1, j.unread().size());
    }

    @Test
    void theLearnerCanCreditAMissedPointAndWithdrawAMyth() {
        Judgement j = grade("Policies are stateful. They can filter HTTP paths.");
        assertTrue(j.missedIds().contains("additive"));
        Judgement after = j.creditedByLearner("additive").withdrawn("myth-l7");
        assertTrue(after.coveredIds().contains("additive"));
        assertFalse(after.missedIds().contains("additive"));
        assertTrue(after.covered().stream().filter(c -> c.point().id().equals("additive")).findFirst().orElseThrow()
                .byLearner());
        assertEquals(List.of(), after.misconceptionIds());
        assertEquals(j, j.creditedByLearner("no-such-point"), "an unknown id changes nothing");
    }

    @Test
    void gradingIsDeterministic() {
        String answer = "By default every pod can reach every pod. The CNI enforces policies. They are namespaced.";
        assertEquals(grade(answer), grade(answer));
    }

    @Test
    void pastingTheQuestionBackEarnsNothingEvenWhereTheQuestionStatesAFact() {
        io.netpoldojo.content.Content content = new io.netpoldojo.content.ContentLoader().load(java.nio.file.Path.of("content"));
        for (io.netpoldojo.content.Card card : content.explainCards()) {
            Rubric rubric = ((io.netpoldojo.content.Card.Explain) card.body()).rubric();
            Judgement echo = ExplainGrader.grade(rubric, card.question(), card.question());
            assertEquals(java.util.List.of(), echo.coveredIds(), card.id());
            assertEquals(java.util.List.of(), echo.misconceptionIds(), card.id());
        }
        // The ports prompt states "forwards to the pods' port 8080": said in one's own words, it still counts.
        io.netpoldojo.content.Card ports = content.explainCard("explain-ports").orElseThrow();
        Rubric rubric = ((io.netpoldojo.content.Card.Explain) ports.body()).rubric();
        assertTrue(ExplainGrader.grade(rubric, ports.question()).coveredIds().contains("pod-port"),
                "without the question, the prompt's statement reads as a point: the guard is what stops it");
        Judgement own = ExplainGrader.grade(rubric, "The policy must use the target port of the pods, 8080.", ports.question());
        assertTrue(own.coveredIds().contains("pod-port"), own.coveredIds().toString());
        assertEquals("repeats the question", ExplainGrader.grade(rubric, ports.question(), ports.question()).unread()
                .get(0).reason());
    }
}
