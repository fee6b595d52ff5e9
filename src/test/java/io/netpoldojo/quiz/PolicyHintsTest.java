package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hints name first what the learner's policy gets differently from the model answer. */
class PolicyHintsTest {
    private static Content content;
    private static final Grader GRADER = new Grader();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private static String mysql(String types, String peer, String port) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: mysql, namespace: default}
                spec:
                  podSelector: {matchLabels: {app: mysql}}
                  policyTypes: %s
                  ingress:
                  - from: [%s]
                    ports: [{protocol: TCP, port: %s}]
                  egress:
                  - {}
                """.formatted(types, peer, port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what is off | policyTypes | peer | port | the aspect of the first hint
            "the direction | [Ingress, Egress] | {podSelector: {matchLabels: {app: backend}}} | 3306 | direction",
            "the peer's labels | [Ingress] | {podSelector: {}} | 3306 | peers",
            "the peer's kind | [Ingress] | {namespaceSelector: {}} | 3306 | peers",
            "the port | [Ingress] | {podSelector: {matchLabels: {app: backend}}} | 3307 | ports"})
    void theFirstHintIsAboutWhatIsOff(String what, String types, String peer, String port, String aspect) {
        Card.PolicyTask task = (Card.PolicyTask) content.card("recipes-lock-down-mysql").orElseThrow().body();
        PolicyParse parse = GRADER.parsePolicies(mysql(types, peer, port));
        List<PolicyHints.Hint> hints = PolicyHints.forAttempt(task, parse.policies());
        assertEquals(aspect, hints.get(0).aspect(), hints.toString());
        assertEquals(4, hints.size(), "every aspect can be asked about, one at a time");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "recipes-write-default-deny-all | Who is let in or out? Nobody: the model answer has no rules at all.",
            "dns-write-egress | Who is let in or out? The model answer names pods labelled k8s-app=kube-dns in namespaces"
                    + " labelled kubernetes.io/metadata.name=kube-system (a podSelector and a namespaceSelector in one peer)."})
    void withoutAnAttemptTheHintsDescribeTheModelAnswer(String card, String peersHint) {
        Card.PolicyTask task = (Card.PolicyTask) content.card(card).orElseThrow().body();
        List<PolicyHints.Hint> hints = PolicyHints.forAttempt(task, List.of());
        assertEquals(peersHint, hints.stream().filter(h -> h.aspect().equals("peers")).findFirst().orElseThrow().text());
    }
}
