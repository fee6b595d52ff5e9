package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.peers;
import static io.netpoldojo.engine.TestClusters.pods;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TestClusters.rule;
import static io.netpoldojo.engine.TestClusters.shop;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static io.netpoldojo.engine.model.Direction.INGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.Port;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sentences a learner reads when clicking an arrow, exactly. */
class VerdictTextTest {

    record Case(String name, List<NetworkPolicy> policies, String from, String to, String port, List<String> text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final NetworkPolicy DENY_ALL = policy("prod/default-deny-all").types(INGRESS, EGRESS).build();
    private static final NetworkPolicy ALLOW_BACKEND = policy("prod/allow-backend").selecting("app=backend")
            .ingress(rule(peers(pods("app=frontend")), PolicyPort.tcp(8080))).build();
    private static final NetworkPolicy FRONTEND_OUT = policy("prod/frontend-egress").selecting("app=frontend")
            .egress(rule(peers(pods("app=backend")), PolicyPort.tcp(8080))).build();

    static Stream<Case> cases() {
        return Stream.of(
                new Case("open network", List.of(), "prod/frontend", "prod/backend", "8080/TCP", List.of(
                        "frontend is not isolated for egress (no policy with Egress in its policyTypes selects it),"
                                + " so all its outgoing traffic is allowed.",
                        "backend is not isolated for ingress (no policy with Ingress in its policyTypes selects it),"
                                + " so all its incoming traffic is allowed.",
                        "Allowed. Replies from backend back to frontend are allowed too: NetworkPolicies are"
                                + " stateful, so no return rule is needed.")),
                new Case("allowed by rules on both sides", List.of(DENY_ALL, ALLOW_BACKEND, FRONTEND_OUT),
                        "prod/frontend", "prod/backend", "8080/TCP", List.of(
                        "frontend is isolated for egress by default-deny-all and frontend-egress; frontend-egress"
                                + " egress[0] allows traffic to backend on 8080/TCP.",
                        "backend is isolated for ingress by default-deny-all and allow-backend; allow-backend"
                                + " ingress[0] admits frontend on 8080/TCP.",
                        "Allowed. Replies from backend back to frontend are allowed too: NetworkPolicies are"
                                + " stateful, so no return rule is needed.")),
                new Case("denied on the wrong port, with the near miss", List.of(ALLOW_BACKEND), "prod/frontend",
                        "prod/backend", "9090/TCP", List.of(
                        "frontend is not isolated for egress (no policy with Egress in its policyTypes selects it),"
                                + " so all its outgoing traffic is allowed.",
                        "backend is isolated for ingress by allow-backend; no ingress rule admits frontend on"
                                + " 9090/TCP.",
                        "Rule allow-backend ingress[0] matches frontend but not port 9090/TCP.",
                        "Denied by backend's ingress.")),
                new Case("selected, but not for this direction", List.of(ALLOW_BACKEND), "prod/backend",
                        "prod/mysql", "3306/TCP", List.of(
                        "backend is not isolated for egress (allow-backend selects it, but without Egress in"
                                + " policyTypes), so all its outgoing traffic is allowed.",
                        "mysql is not isolated for ingress (no policy with Ingress in its policyTypes selects it),"
                                + " so all its incoming traffic is allowed.",
                        "Allowed. Replies from mysql back to backend are allowed too: NetworkPolicies are stateful,"
                                + " so no return rule is needed.")),
                new Case("denied on both sides across namespaces", List.of(DENY_ALL,
                        policy("dev/deny").build()), "prod/mysql", "dev/client", "80/TCP", List.of(
                        "prod/mysql is isolated for egress by default-deny-all; no egress rule allows traffic to"
                                + " dev/client on 80/TCP.",
                        "The isolating policy has no egress rules at all, which denies every connection in that"
                                + " direction.",
                        "dev/client is isolated for ingress by deny; no ingress rule admits prod/mysql on 80/TCP.",
                        "The isolating policy has no ingress rules at all, which denies every connection in that"
                                + " direction.",
                        "Denied on both sides: prod/mysql's egress and dev/client's ingress.")),
                new Case("from outside", List.of(ALLOW_BACKEND), "internet", "prod/backend", "8080/TCP", List.of(
                        "internet is outside the cluster: NetworkPolicies do not restrict its outgoing traffic.",
                        "prod/backend is isolated for ingress by allow-backend; no ingress rule admits internet on"
                                + " 8080/TCP.",
                        "Rule allow-backend ingress[0] covers 8080/TCP but its peers do not include internet.",
                        "Denied by prod/backend's ingress.")),
                new Case("to itself", List.of(DENY_ALL), "prod/mysql", "prod/mysql", "3306/TCP", List.of(
                        "Allowed: mysql is talking to itself, and NetworkPolicies never block a pod's traffic to"
                                + " itself.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainsInPlainSentences(Case c) {
        Engine engine = new Engine(shop(c.policies().toArray(NetworkPolicy[]::new)));
        Verdict v = engine.evaluate(c.from(), c.to(), Port.parse(c.port()).orElseThrow());
        assertEquals(c.text(), v.sentences());
    }
}
