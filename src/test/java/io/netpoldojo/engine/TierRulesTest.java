package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.namespaces;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TierClusters.accept;
import static io.netpoldojo.engine.TierClusters.admin;
import static io.netpoldojo.engine.TierClusters.baseline;
import static io.netpoldojo.engine.TierClusters.deny;
import static io.netpoldojo.engine.TierClusters.named;
import static io.netpoldojo.engine.TierClusters.namespacesPeer;
import static io.netpoldojo.engine.TierClusters.networks;
import static io.netpoldojo.engine.TierClusters.pass;
import static io.netpoldojo.engine.TierClusters.podsPeer;
import static io.netpoldojo.engine.TierClusters.range;
import static io.netpoldojo.engine.TierClusters.sctp;
import static io.netpoldojo.engine.TierClusters.tcp;
import static io.netpoldojo.engine.TierClusters.udp;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static io.netpoldojo.engine.model.Direction.INGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.DirectionVerdict.Decider;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table per ClusterNetworkPolicy rule of the upstream API, each row a connection in the
 * {@link TestClusters#shop} cluster with the answer and, where it teaches something, which tier
 * decided the side that matters. Every row is checked by {@link Engine#evaluate} and by
 * {@link Engine#matrix}, which must agree.
 */
class TierRulesTest {

    /** {@code decided}: "" or "ingress ADMIN_TIER" / "egress BASELINE_TIER" and so on. */
    record Case(String rule, List<Object> policies, String from, String to, String port, boolean allowed,
                String decided) {
        @Override
        public String toString() {
            return rule + ": " + from + " -> " + to + " " + port + " = " + (allowed ? "allowed" : "denied")
                    + (decided.isEmpty() ? "" : " (" + decided + ")");
        }
    }

    static Case allowed(String rule, String from, String to, String port, String decided, Object... policies) {
        return new Case(rule, List.of(policies), from, to, port, true, decided);
    }

    static Case denied(String rule, String from, String to, String port, String decided, Object... policies) {
        return new Case(rule, List.of(policies), from, to, port, false, decided);
    }

    // ---- policies the tables share ----

    private static final NetworkPolicy NP_DENY_INGRESS_PROD = policy("prod/default-deny-ingress").build();
    private static final NetworkPolicy NP_DENY_EGRESS_PROD = policy("prod/default-deny-egress").types(EGRESS).build();
    private static final NetworkPolicy NP_ALLOW_DEV_TO_MYSQL = policy("prod/allow-dev").selecting("app=mysql")
            .ingress(from(namespaces("env=dev"))).build();
    private static final ClusterNetworkPolicy ADMIN_DENY_DEV_TO_PROD = admin("protect-prod", 10)
            .subjectNamespaces("env=prod").ingress(deny(namespacesPeer("env=dev"))).build();
    private static final ClusterNetworkPolicy BASELINE_DENY_ALL = baseline("default-deny", 100)
            .ingress(deny(namespacesPeer(""))).build();

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aClusterNetworkPolicyIsolatesNothing(Case c) {
        check(c);
    }

    /** "There will not be any implicit isolation effects for the Pods selected by the ClusterNetworkPolicy." */
    static Stream<Case> aClusterNetworkPolicyIsolatesNothing() {
        return Stream.of(
                denied("its Deny rule denies what it matches", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", ADMIN_DENY_DEV_TO_PROD),
                allowed("traffic its rules do not match stays open", "default/tool", "prod/mysql", "3306/TCP",
                        "ingress DEFAULT_ALLOW", ADMIN_DENY_DEV_TO_PROD),
                allowed("an Accept rule shuts nothing else out", "default/tool", "prod/mysql", "3306/TCP",
                        "ingress DEFAULT_ALLOW", admin("only-dev", 10).subjectNamespaces("env=prod")
                                .ingress(accept(namespacesPeer("env=dev"))).build()),
                allowed("\"CNPs with no ingress rules do not affect ingress traffic\"", "dev/client", "prod/mysql",
                        "3306/TCP", "ingress DEFAULT_ALLOW", admin("egress-only", 10).subjectNamespaces("env=prod")
                                .egress(deny(namespacesPeer("env=dev"))).build()),
                allowed("a pod reaching its own IP is not subject to CNP", "prod/mysql", "prod/mysql", "3306/TCP", "",
                        admin("deny-all", 0).ingress(deny(namespacesPeer(""))).egress(deny(namespacesPeer(""))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void theAdminTierDecidesBeforeNetworkPolicies(Case c) {
        check(c);
    }

    /** "If Admin tier has made a final decision (Accept or Deny) on a connection, then no further evaluation is done." */
    static Stream<Case> theAdminTierDecidesBeforeNetworkPolicies() {
        return Stream.of(
                denied("an Admin Deny beats a NetworkPolicy that allows", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", ADMIN_DENY_DEV_TO_PROD, NP_ALLOW_DEV_TO_MYSQL),
                allowed("without the Admin Deny the NetworkPolicy allows", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress NETWORK_POLICIES", NP_ALLOW_DEV_TO_MYSQL),
                allowed("an Admin Accept beats a default deny", "kube-system/coredns", "prod/backend", "9090/TCP",
                        "ingress ADMIN_TIER", NP_DENY_INGRESS_PROD, admin("allow-monitoring", 5)
                                .ingress(accept(namespacesPeer("kubernetes.io/metadata.name=kube-system"))).build()),
                denied("an Admin Accept for others leaves the default deny in charge", "dev/client", "prod/backend",
                        "9090/TCP", "ingress NETWORK_POLICIES", NP_DENY_INGRESS_PROD, admin("allow-monitoring", 5)
                                .ingress(accept(namespacesPeer("kubernetes.io/metadata.name=kube-system"))).build()),
                allowed("an Admin egress Accept beats an egress default deny", "prod/frontend", "dev/client", "80/TCP",
                        "egress ADMIN_TIER", NP_DENY_EGRESS_PROD, admin("allow-out", 5).subjectNamespaces("env=prod")
                                .egress(accept(namespacesPeer("env=dev"))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tierBeatsPriority(Case c) {
        check(c);
    }

    /** "All Admin tier rules have higher precedence than NetworkPolicy or Baseline tier rules." */
    static Stream<Case> tierBeatsPriority() {
        ClusterNetworkPolicy baselineAcceptFirst = baseline("baseline-accept", 0)
                .ingress(accept(namespacesPeer(""))).build();
        ClusterNetworkPolicy adminDenyLast = admin("admin-deny", 1000).subjectNamespaces("env=prod")
                .ingress(deny(namespacesPeer("env=dev"))).build();
        ClusterNetworkPolicy baselineDenyFirst = baseline("baseline-deny", 0).ingress(deny(namespacesPeer(""))).build();
        ClusterNetworkPolicy adminAcceptLast = admin("admin-accept", 1000).ingress(accept(namespacesPeer("env=dev")))
                .build();
        return Stream.of(
                denied("Admin priority 1000 Deny beats Baseline priority 0 Accept", "dev/client", "prod/mysql",
                        "3306/TCP", "ingress ADMIN_TIER", baselineAcceptFirst, adminDenyLast),
                allowed("Admin priority 1000 Accept beats Baseline priority 0 Deny", "dev/client", "prod/mysql",
                        "3306/TCP", "ingress ADMIN_TIER", baselineDenyFirst, adminAcceptLast),
                denied("Baseline priority 0 still decides what Admin leaves", "default/tool", "prod/mysql", "3306/TCP",
                        "ingress BASELINE_TIER", baselineDenyFirst, adminAcceptLast));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void lowerPriorityValuesAreCheckedFirst(Case c) {
        check(c);
    }

    /** "Policies with lower priority values have higher precedence." */
    static Stream<Case> lowerPriorityValuesAreCheckedFirst() {
        ClusterNetworkPolicy deny20 = admin("deny-dev", 20).ingress(deny(namespacesPeer("env=dev"))).build();
        ClusterNetworkPolicy accept10 = admin("accept-dev", 10).ingress(accept(namespacesPeer("env=dev"))).build();
        ClusterNetworkPolicy accept30 = admin("accept-dev", 30).ingress(accept(namespacesPeer("env=dev"))).build();
        return Stream.of(
                allowed("priority 10 Accept before priority 20 Deny", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", deny20, accept10),
                denied("priority 20 Deny before priority 30 Accept", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", accept30, deny20),
                denied("a later policy that does not match changes nothing", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", deny20, admin("accept-tool", 5)
                                .ingress(accept(namespacesPeer("kubernetes.io/metadata.name=default"))).build()),
                baselineRow("the Baseline tier is ordered the same way", false,
                        baseline("b-deny", 5).ingress(deny(namespacesPeer("env=dev"))).build(),
                        baseline("b-accept", 6).ingress(accept(namespacesPeer("env=dev"))).build()),
                baselineRow("the Baseline tier is ordered the same way (swapped)", true,
                        baseline("b-deny", 7).ingress(deny(namespacesPeer("env=dev"))).build(),
                        baseline("b-accept", 6).ingress(accept(namespacesPeer("env=dev"))).build()));
    }

    private static Case baselineRow(String rule, boolean allowed, Object... policies) {
        return new Case(rule, List.of(policies), "dev/client", "prod/mysql", "3306/TCP", allowed,
                "ingress BASELINE_TIER");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rulesInWrittenOrderFirstMatchDecides(Case c) {
        check(c);
    }

    /** "A rule that appears at the top of the ingress rules would take the highest precedence." */
    static Stream<Case> rulesInWrittenOrderFirstMatchDecides() {
        return Stream.of(
                allowed("Accept written before Deny", "dev/client", "prod/mysql", "3306/TCP", "ingress ADMIN_TIER",
                        admin("ordered", 10).ingress(accept(namespacesPeer("env=dev")), deny(namespacesPeer("")))
                                .build()),
                denied("Deny written before Accept", "dev/client", "prod/mysql", "3306/TCP", "ingress ADMIN_TIER",
                        admin("ordered", 10).ingress(deny(namespacesPeer("")), accept(namespacesPeer("env=dev")))
                                .build()),
                denied("a first rule on another port does not match, the next one decides", "dev/client", "prod/mysql",
                        "3306/TCP", "ingress ADMIN_TIER", admin("ordered", 10)
                                .ingress(accept(namespacesPeer("env=dev"), tcp(80)), deny(namespacesPeer(""))).build()),
                allowed("the first rule's port matches", "dev/client", "prod/frontend", "80/TCP", "ingress ADMIN_TIER",
                        admin("ordered", 10)
                                .ingress(accept(namespacesPeer("env=dev"), tcp(80)), deny(namespacesPeer(""))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void passSkipsTheRestOfTheAdminTier(Case c) {
        check(c);
    }

    /** "Pass: Skips all further ClusterNetworkPolicy rules in the current tier ... passes evaluation to the next tier." */
    static Stream<Case> passSkipsTheRestOfTheAdminTier() {
        ClusterNetworkPolicy delegate = admin("delegate", 10).ingress(pass(namespacesPeer("env=dev"))).build();
        ClusterNetworkPolicy denyLater = admin("deny-dev", 20).ingress(deny(namespacesPeer("env=dev"))).build();
        ClusterNetworkPolicy passLaterInSamePolicy = admin("pass-then-deny", 10)
                .ingress(pass(namespacesPeer("env=dev")), deny(namespacesPeer(""))).build();
        return Stream.of(
                allowed("Pass, then nothing: allowed", "dev/client", "prod/mysql", "3306/TCP", "ingress DEFAULT_ALLOW",
                        delegate, denyLater),
                allowed("Pass skips a later rule of the same policy", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress DEFAULT_ALLOW", passLaterInSamePolicy),
                denied("Pass hands over to the NetworkPolicies, which deny", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress NETWORK_POLICIES", delegate, denyLater, NP_DENY_INGRESS_PROD),
                allowed("Pass hands over to the NetworkPolicies, which allow", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress NETWORK_POLICIES", delegate, denyLater, NP_DENY_INGRESS_PROD, NP_ALLOW_DEV_TO_MYSQL),
                denied("Pass with no NetworkPolicy reaches the Baseline tier", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress BASELINE_TIER", delegate, denyLater, BASELINE_DENY_ALL),
                denied("without the Pass, the later Admin Deny decides", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", denyLater, NP_ALLOW_DEV_TO_MYSQL),
                allowed("a Pass in the Baseline tier skips the rest of Baseline", "dev/client", "prod/mysql",
                        "3306/TCP", "ingress DEFAULT_ALLOW", baseline("exempt-dev", 10)
                                .ingress(pass(namespacesPeer("env=dev"))).build(), BASELINE_DENY_ALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void networkPoliciesDecideWhenTheyIsolateThePod(Case c) {
        check(c);
    }

    /** "v1.NetworkPolicy always makes a final decision for selected pods. Further evaluation only happens for Pods not selected." */
    static Stream<Case> networkPoliciesDecideWhenTheyIsolateThePod() {
        NetworkPolicy egressOnly = policy("prod/egress-only").selecting("app=mysql").types(EGRESS).build();
        return Stream.of(
                allowed("a NetworkPolicy allow overrides a Baseline Deny", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress NETWORK_POLICIES", BASELINE_DENY_ALL, NP_ALLOW_DEV_TO_MYSQL),
                denied("isolated and not allowed: denied, Baseline Accept not reached", "default/tool", "prod/mysql",
                        "3306/TCP", "ingress NETWORK_POLICIES", NP_ALLOW_DEV_TO_MYSQL,
                        baseline("baseline-accept", 1).ingress(accept(namespacesPeer(""))).build()),
                denied("isolation is per direction: isolated for egress only, Baseline decides ingress", "dev/client",
                        "prod/mysql", "3306/TCP", "ingress BASELINE_TIER", egressOnly, BASELINE_DENY_ALL),
                denied("a pod in another namespace is not isolated by prod's policies", "prod/frontend", "dev/client",
                        "80/TCP", "ingress BASELINE_TIER", NP_DENY_INGRESS_PROD, BASELINE_DENY_ALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void theBaselineTierThenTheDefault(Case c) {
        check(c);
    }

    /** "If a given connection wasn't allowed or denied by any of the tiers ... all pods can communicate." */
    static Stream<Case> theBaselineTierThenTheDefault() {
        return Stream.of(
                denied("Baseline Deny on a pod no NetworkPolicy selects", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress BASELINE_TIER", BASELINE_DENY_ALL),
                allowed("Baseline Accept before its Deny", "dev/client", "prod/mysql", "3306/TCP", "ingress BASELINE_TIER",
                        baseline("same-ns-and-dev", 50).ingress(accept(namespacesPeer("env=dev"))).build(),
                        BASELINE_DENY_ALL),
                allowed("no tier matches: the Kubernetes default allows", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress DEFAULT_ALLOW", baseline("deny-default-ns", 50)
                                .ingress(deny(namespacesPeer("kubernetes.io/metadata.name=default"))).build()),
                allowed("traffic from outside never matches a namespaces peer", "internet", "prod/frontend", "80/TCP",
                        "ingress DEFAULT_ALLOW", BASELINE_DENY_ALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bothEndsMustAllow(Case c) {
        check(c);
    }

    /** Egress "Accept ... but any ingress rules at the destination do apply." */
    static Stream<Case> bothEndsMustAllow() {
        ClusterNetworkPolicy acceptOut = admin("accept-out", 1).subjectNamespaces("env=dev")
                .egress(accept(namespacesPeer(""))).build();
        return Stream.of(
                denied("an egress Accept at the source does not open the destination's ingress", "dev/client",
                        "prod/mysql", "3306/TCP", "ingress ADMIN_TIER", acceptOut, ADMIN_DENY_DEV_TO_PROD),
                denied("nor a NetworkPolicy's default deny there", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress NETWORK_POLICIES", acceptOut, NP_DENY_INGRESS_PROD),
                denied("an egress Deny at the source wins over an ingress Accept", "dev/client", "prod/mysql",
                        "3306/TCP", "egress ADMIN_TIER", admin("deny-out", 1).subjectNamespaces("env=dev")
                                .egress(deny(namespacesPeer("env=prod"))).build(),
                        admin("accept-in", 0).ingress(accept(namespacesPeer(""))).build()),
                denied("egress Baseline Deny on the source", "dev/client", "prod/mysql", "3306/TCP",
                        "egress BASELINE_TIER", baseline("no-egress", 1).subjectNamespaces("env=dev")
                                .egress(deny(namespacesPeer(""))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void subjects(Case c) {
        check(c);
    }

    /** subject: "exactly one of namespaces (label selector) or pods (namespaceSelector AND podSelector)". */
    static Stream<Case> subjects() {
        return Stream.of(
                denied("namespaces: every pod of the selected namespaces", "dev/client", "prod/redis", "6379/TCP",
                        "ingress ADMIN_TIER", ADMIN_DENY_DEV_TO_PROD),
                allowed("namespaces: not the pods of other namespaces", "dev/client", "default/tool", "80/TCP",
                        "ingress DEFAULT_ALLOW", ADMIN_DENY_DEV_TO_PROD),
                denied("pods with an empty namespaceSelector: matching pods in every namespace", "default/tool",
                        "dev/client", "80/TCP", "ingress ADMIN_TIER", admin("clients", 1).subjectPods("", "app=client")
                                .ingress(deny(namespacesPeer(""))).build()),
                allowed("pods: the podSelector must match", "default/tool", "prod/mysql", "3306/TCP",
                        "ingress DEFAULT_ALLOW", admin("clients", 1).subjectPods("", "app=client")
                                .ingress(deny(namespacesPeer(""))).build()),
                allowed("pods: and the namespaceSelector must match too", "default/tool", "dev/client", "80/TCP",
                        "ingress DEFAULT_ALLOW", admin("prod-clients", 1).subjectPods("env=prod", "app=client")
                                .ingress(deny(namespacesPeer(""))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void peers(Case c) {
        check(c);
    }

    /** Peers: namespaces, pods (both selectors), and for egress networks, which "cluster-internal traffic" matches too. */
    static Stream<Case> peers() {
        return Stream.of(
                denied("pods peer: pod labels in matching namespaces", "prod/frontend", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", admin("db", 1).subjectPods("", "app=mysql")
                                .ingress(deny(podsPeer("env=prod", "tier=web"))).build()),
                allowed("pods peer: a pod with the labels in another namespace", "dev/client", "prod/mysql", "3306/TCP",
                        "ingress DEFAULT_ALLOW", admin("db", 1).subjectPods("", "app=mysql")
                                .ingress(deny(podsPeer("env=prod", "app=client"))).build()),
                denied("any one of several peers is enough", "default/tool", "prod/mysql", "3306/TCP",
                        "ingress ADMIN_TIER", admin("db", 1).subjectPods("", "app=mysql")
                                .ingress(TierClusters.rule("either", io.netpoldojo.engine.model.RuleAction.DENY,
                                        List.of(namespacesPeer("env=dev"), podsPeer("", "app=tool")))).build()),
                denied("networks: an outside address in the CIDR", "prod/backend", "internet", "443/TCP",
                        "egress ADMIN_TIER", admin("no-internet", 1).egress(deny(networks("0.0.0.0/0"))).build()),
                denied("networks 0.0.0.0/0 also matches pod IPs", "prod/backend", "prod/mysql", "3306/TCP",
                        "egress ADMIN_TIER", admin("no-internet", 1).egress(deny(networks("0.0.0.0/0"))).build()),
                allowed("networks: a Pass for pod traffic first keeps pods reachable", "prod/backend", "prod/mysql",
                        "3306/TCP", "egress DEFAULT_ALLOW", admin("no-internet", 1)
                                .egress(pass(namespacesPeer("")), deny(networks("0.0.0.0/0"))).build()),
                denied("networks: after the Pass, outside addresses are still denied", "prod/backend", "alb",
                        "443/TCP", "egress ADMIN_TIER", admin("no-internet", 1)
                                .egress(pass(namespacesPeer("")), deny(networks("0.0.0.0/0"))).build()),
                allowed("networks: an address outside the CIDR", "prod/backend", "internet", "443/TCP",
                        "egress DEFAULT_ALLOW", admin("no-alb", 1).egress(deny(networks("203.0.113.0/24"))).build()),
                allowed("an ingress rule never matches an outside source (no networks peer in ingress)", "alb",
                        "prod/frontend", "80/TCP", "ingress DEFAULT_ALLOW",
                        admin("all-pods", 1).ingress(deny(namespacesPeer(""))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void protocols(Case c) {
        check(c);
    }

    /** protocols: tcp/udp/sctp destinationPort number or inclusive range; destinationNamedPort on the destination pod. */
    static Stream<Case> protocols() {
        return Stream.of(
                denied("no protocols: every port", "dev/client", "prod/mysql", "12345/UDP", "ingress ADMIN_TIER",
                        ADMIN_DENY_DEV_TO_PROD),
                denied("tcp number", "dev/client", "prod/mysql", "3306/TCP", "ingress ADMIN_TIER",
                        adminIngressDeny(tcp(3306))),
                allowed("tcp number: another port", "dev/client", "prod/mysql", "3307/TCP", "ingress DEFAULT_ALLOW",
                        adminIngressDeny(tcp(3306))),
                allowed("tcp number: not UDP", "dev/client", "prod/mysql", "3306/UDP", "ingress DEFAULT_ALLOW",
                        adminIngressDeny(tcp(3306))),
                denied("udp number", "dev/client", "kube-system/coredns", "53/UDP", "ingress ADMIN_TIER",
                        adminIngressDeny(udp(53))),
                denied("sctp number", "dev/client", "prod/mysql", "9003/SCTP", "ingress ADMIN_TIER",
                        adminIngressDeny(sctp(9003))),
                denied("range: its start", "dev/client", "prod/mysql", "3000/TCP", "ingress ADMIN_TIER",
                        adminIngressDeny(range(Protocol.TCP, 3000, 3306))),
                denied("range: its end (inclusive)", "dev/client", "prod/mysql", "3306/TCP", "ingress ADMIN_TIER",
                        adminIngressDeny(range(Protocol.TCP, 3000, 3306))),
                allowed("range: one past the end", "dev/client", "prod/mysql", "3307/TCP", "ingress DEFAULT_ALLOW",
                        adminIngressDeny(range(Protocol.TCP, 3000, 3306))),
                denied("named port: the destination's container port of that name", "dev/client", "prod/backend",
                        "8080/TCP", "ingress ADMIN_TIER", adminIngressDeny(named("api"))),
                allowed("named port: another number", "dev/client", "prod/backend", "9090/TCP", "ingress DEFAULT_ALLOW",
                        adminIngressDeny(named("api"))),
                allowed("named port: the container port's protocol, not another", "dev/client", "prod/backend",
                        "8080/UDP", "ingress DEFAULT_ALLOW", adminIngressDeny(named("api"))),
                denied("named port: UDP when the container port is UDP", "dev/client", "kube-system/coredns", "53/UDP",
                        "ingress ADMIN_TIER", adminIngressDeny(named("dns"))),
                allowed("named port: a pod that does not declare it", "dev/client", "prod/redis", "6379/TCP",
                        "ingress DEFAULT_ALLOW", adminIngressDeny(named("api"))),
                denied("named port in egress: resolved on the destination pod", "dev/client", "prod/mysql", "3306/TCP",
                        "egress ADMIN_TIER", admin("no-mysql", 1).subjectNamespaces("env=dev")
                                .egress(deny(networks("10.0.0.0/8"), named("mysql"))).build()),
                allowed("named port in egress: an outside address has none", "dev/client", "internet", "3306/TCP",
                        "egress DEFAULT_ALLOW", admin("no-mysql", 1).subjectNamespaces("env=dev")
                                .egress(deny(networks("0.0.0.0/0"), named("mysql"))).build()));
    }

    private static ClusterNetworkPolicy adminIngressDeny(io.netpoldojo.engine.model.ClusterPort port) {
        return admin("ports", 1).ingress(deny(namespacesPeer("env=dev"), port)).build();
    }

    private static void check(Case c) {
        Engine engine = TierClusters.shopEngine(c.policies());
        Port port = Port.parse(c.port()).orElseThrow();
        Verdict verdict = engine.evaluate(c.from(), c.to(), port);
        assertEquals(c.allowed(), verdict.allowed(), () -> c + "\n" + verdict.reason());
        if (!c.decided().isEmpty()) {
            String[] parts = c.decided().split(" ");
            DirectionVerdict side = parts[0].equals("ingress") ? verdict.ingress() : verdict.egress();
            assertEquals(Decider.valueOf(parts[1]), side.decider(), () -> c + "\n" + verdict.reason());
        }
        ReachabilityMatrix matrix = engine.matrix(List.of(port));
        assertEquals(c.allowed(), matrix.allowed(c.from(), c.to(), port), "matrix disagrees with evaluate: " + c);
    }
}
