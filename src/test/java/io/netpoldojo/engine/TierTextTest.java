package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.namespaces;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TestClusters.shop;
import static io.netpoldojo.engine.TierClusters.admin;
import static io.netpoldojo.engine.TierClusters.baseline;
import static io.netpoldojo.engine.TierClusters.namespacesPeer;
import static io.netpoldojo.engine.TierClusters.networks;
import static io.netpoldojo.engine.TierClusters.rule;
import static io.netpoldojo.engine.TierClusters.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.RuleAction;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tier walk as a learner reads it when clicking an arrow, exactly. */
class TierTextTest {

    record Case(String name, List<Object> policies, String from, String to, String port, List<String> text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final ClusterNetworkPolicy PROTECT_DB = admin("protect-db", 10).subjectPods("", "app=mysql")
            .ingress(rule("deny-other-ns", RuleAction.DENY, List.of(namespacesPeer("env=dev")))).build();
    private static final ClusterNetworkPolicy DELEGATE = admin("delegate", 20)
            .ingress(rule("to-owners", RuleAction.PASS, List.of(namespacesPeer("")))).build();
    private static final ClusterNetworkPolicy MONITORING = admin("allow-monitoring", 5)
            .ingress(rule("scrape", RuleAction.ACCEPT,
                    List.of(namespacesPeer("kubernetes.io/metadata.name=kube-system")), tcp(9090))).build();
    private static final ClusterNetworkPolicy DEFAULT_DENY = baseline("default-deny", 100)
            .ingress(rule("deny-all", RuleAction.DENY, List.of(namespacesPeer("")))).build();
    private static final NetworkPolicy DENY_PROD = policy("prod/default-deny-ingress").build();
    private static final NetworkPolicy ALLOW_DEV = policy("prod/allow-dev").selecting("app=mysql")
            .ingress(from(namespaces("env=dev"))).build();
    private static final String CLIENT_OPEN = "dev/client is not isolated for egress (no policy with Egress in its"
            + " policyTypes selects it), so all its outgoing traffic is allowed.";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("an Admin Deny: NetworkPolicies not consulted", List.of(PROTECT_DB, DEFAULT_DENY, ALLOW_DEV),
                        "dev/client", "prod/mysql", "3306/TCP", List.of(CLIENT_OPEN,
                        "For prod/mysql's ingress, Admin protect-db (priority 10) rule deny-other-ns denies dev/client"
                                + " on 3306/TCP; NetworkPolicies (allow-dev) and the Baseline tier were not consulted.",
                        "Denied by prod/mysql's ingress in the Admin tier.")),
                new Case("an Admin Pass, then a NetworkPolicy; Baseline not reached",
                        List.of(PROTECT_DB, DELEGATE, DEFAULT_DENY, DENY_PROD), "dev/client", "prod/backend", "8080/TCP",
                        List.of(CLIENT_OPEN,
                        "For prod/backend's ingress, Admin delegate (priority 20) rule to-owners passes dev/client on"
                                + " 8080/TCP on to the next tier, skipping the rest of the Admin tier.",
                        "prod/backend is isolated for ingress by default-deny-ingress; no ingress rule admits dev/client"
                                + " on 8080/TCP.",
                        "The isolating policy has no ingress rules at all, which denies every connection in that"
                                + " direction.",
                        "The Baseline tier (default-deny) was not reached: a NetworkPolicy isolates prod/backend for"
                                + " ingress, and NetworkPolicies decide before it.",
                        "Denied by prod/backend's ingress.")),
                new Case("an Admin Pass, no NetworkPolicy: Baseline decides", List.of(DELEGATE, DEFAULT_DENY),
                        "dev/client", "prod/backend", "8080/TCP", List.of(CLIENT_OPEN,
                        "For prod/backend's ingress, Admin delegate (priority 20) rule to-owners passes dev/client on"
                                + " 8080/TCP on to the next tier, skipping the rest of the Admin tier.",
                        "prod/backend is not isolated for ingress by any NetworkPolicy (no policy with Ingress in its"
                                + " policyTypes selects it), so the Baseline tier decides.",
                        "For prod/backend's ingress, Baseline default-deny (priority 100) rule deny-all denies"
                                + " dev/client on 8080/TCP.",
                        "Denied by prod/backend's ingress in the Baseline tier.")),
                new Case("an Admin Accept over a default deny", List.of(MONITORING, DEFAULT_DENY, DENY_PROD),
                        "kube-system/coredns", "prod/backend", "9090/TCP", List.of(
                        "kube-system/coredns is not isolated for egress (no policy with Egress in its policyTypes"
                                + " selects it), so all its outgoing traffic is allowed.",
                        "For prod/backend's ingress, Admin allow-monitoring (priority 5) rule scrape accepts"
                                + " kube-system/coredns on 9090/TCP; NetworkPolicies (default-deny-ingress) and the"
                                + " Baseline tier were not consulted.",
                        "Allowed. Replies from prod/backend back to kube-system/coredns are allowed too: NetworkPolicies"
                                + " and ClusterNetworkPolicies are stateful, so no return rule is needed.")),
                new Case("no Admin rule matches, nothing below", List.of(MONITORING), "default/tool", "prod/backend",
                        "9090/TCP", List.of(
                        "default/tool is not isolated for egress (no policy with Egress in its policyTypes selects"
                                + " it), so all its outgoing traffic is allowed.",
                        "For prod/backend's ingress, no rule of Admin allow-monitoring (priority 5) matches"
                                + " default/tool on 9090/TCP.",
                        "prod/backend is not isolated for ingress by any NetworkPolicy (no policy with Ingress in its"
                                + " policyTypes selects it), so no NetworkPolicy restricts this traffic.",
                        "Allowed. Replies from prod/backend back to default/tool are allowed too: NetworkPolicies and"
                                + " ClusterNetworkPolicies are stateful, so no return rule is needed.")),
                new Case("egress to the internet in the Admin tier", List.of(admin("no-internet", 30)
                        .egress(rule("block", RuleAction.DENY, List.of(networks("0.0.0.0/0")))).build()),
                        "prod/backend", "internet", "443/TCP", List.of(
                        "For prod/backend's egress, Admin no-internet (priority 30) rule block denies traffic to"
                                + " internet on 443/TCP; NetworkPolicies were not consulted.",
                        "internet is outside the cluster: NetworkPolicies do not restrict traffic arriving there.",
                        "Denied by prod/backend's egress in the Admin tier.")),
                new Case("two policies share a priority and both match", List.of(
                        admin("deny-dev", 10).ingress(rule("", RuleAction.DENY, List.of(namespacesPeer("env=dev"))))
                                .build(),
                        admin("accept-dev", 10).ingress(rule("", RuleAction.ACCEPT, List.of(namespacesPeer("env=dev"))))
                                .build()), "dev/client", "prod/redis", "6379/TCP", List.of(CLIENT_OPEN,
                        "For prod/redis's ingress, Admin accept-dev (priority 10) rule ingress[0] accepts dev/client on"
                                + " 6379/TCP; NetworkPolicies were not consulted.",
                        "accept-dev and deny-dev share priority 10 and both match this connection: which one a network"
                                + " plugin applies first is not defined, so plugins may disagree.",
                        "Allowed. Replies from prod/redis back to dev/client are allowed too: NetworkPolicies and"
                                + " ClusterNetworkPolicies are stateful, so no return rule is needed.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsATeacherWouldSayIt(Case c) {
        List<NetworkPolicy> nps = c.policies().stream().filter(p -> p instanceof NetworkPolicy)
                .map(p -> (NetworkPolicy) p).toList();
        List<ClusterNetworkPolicy> cnps = c.policies().stream().filter(p -> p instanceof ClusterNetworkPolicy)
                .map(p -> (ClusterNetworkPolicy) p).toList();
        Engine engine = new Engine(shop(nps.toArray(NetworkPolicy[]::new)).withClusterPolicies(cnps));
        assertEquals(c.text(), engine.evaluate(c.from(), c.to(), Port.parse(c.port()).orElseThrow()).sentences());
    }
}
