package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.expr;
import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.namespaces;
import static io.netpoldojo.engine.TestClusters.peers;
import static io.netpoldojo.engine.TestClusters.pods;
import static io.netpoldojo.engine.TestClusters.podsInNamespaces;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TestClusters.rule;
import static io.netpoldojo.engine.TestClusters.sel;
import static io.netpoldojo.engine.TestClusters.shop;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static io.netpoldojo.engine.model.Direction.INGRESS;
import static io.netpoldojo.engine.model.SelectorRequirement.Operator.DOES_NOT_EXIST;
import static io.netpoldojo.engine.model.SelectorRequirement.Operator.EXISTS;
import static io.netpoldojo.engine.model.SelectorRequirement.Operator.IN;
import static io.netpoldojo.engine.model.SelectorRequirement.Operator.NOT_IN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table per NetworkPolicy rule. Every row is a connection in the {@link TestClusters#shop}
 * cluster under some policies, with the answer Kubernetes gives. Each row is checked twice: by a
 * single {@link Engine#evaluate} and by the whole {@link Engine#matrix}, which must agree.
 */
class ReachabilityRulesTest {

    record Case(String rule, List<NetworkPolicy> policies, String from, String to, String port, boolean allowed) {
        @Override
        public String toString() {
            return rule + ": " + from + " -> " + to + " " + port + " = " + (allowed ? "allowed" : "denied");
        }
    }

    static Case allow(String rule, String from, String to, String port, NetworkPolicy... policies) {
        return new Case(rule, List.of(policies), from, to, port, true);
    }

    static Case deny(String rule, String from, String to, String port, NetworkPolicy... policies) {
        return new Case(rule, List.of(policies), from, to, port, false);
    }

    private static final NetworkPolicy DENY_ALL_INGRESS_PROD = policy("prod/default-deny-ingress").build();
    private static final NetworkPolicy DENY_ALL_EGRESS_PROD = policy("prod/default-deny-egress").types(EGRESS).build();
    private static final NetworkPolicy DENY_ALL_PROD = policy("prod/default-deny-all").types(INGRESS, EGRESS).build();

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void noPolicyMeansOpen(Case c) {
        check(c);
    }

    /** "By default, a pod is non-isolated for egress/ingress; all connections are allowed." */
    static Stream<Case> noPolicyMeansOpen() {
        return Stream.of(
                allow("flat network: pod to pod", "prod/frontend", "prod/mysql", "3306/TCP"),
                allow("flat network: across namespaces", "dev/client", "prod/mysql", "3306/TCP"),
                allow("flat network: any port, even one nobody listens on", "dev/client", "prod/backend", "12345/TCP"),
                allow("flat network: outside to pod", "internet", "prod/mysql", "3306/TCP"),
                allow("flat network: pod to outside", "prod/mysql", "internet", "443/TCP"),
                allow("a policy in prod does not touch dev", "default/tool", "dev/client", "80/TCP", DENY_ALL_PROD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void isolationIsPerDirection(Case c) {
        check(c);
    }

    /**
     * "A pod is isolated for ingress if there is any NetworkPolicy that both selects the pod and
     * has Ingress in its policyTypes"; likewise for egress. The two are independent.
     */
    static Stream<Case> isolationIsPerDirection() {
        return Stream.of(
                deny("ingress-isolated pod refuses everyone", "prod/frontend", "prod/backend", "8080/TCP",
                        DENY_ALL_INGRESS_PROD),
                allow("ingress isolation leaves the pod's egress open", "prod/backend", "dev/client", "80/TCP",
                        DENY_ALL_INGRESS_PROD),
                deny("egress-isolated pod cannot send", "prod/backend", "dev/client", "80/TCP", DENY_ALL_EGRESS_PROD),
                allow("egress isolation leaves the pod's ingress open", "dev/client", "prod/backend", "8080/TCP",
                        DENY_ALL_EGRESS_PROD),
                deny("both ends must allow: open destination, closed source", "prod/frontend", "dev/client",
                        "80/TCP", DENY_ALL_EGRESS_PROD),
                deny("both ends must allow: open source, closed destination", "dev/client", "prod/frontend",
                        "80/TCP", DENY_ALL_INGRESS_PROD),
                deny("a policy selecting only the db isolates only the db", "prod/frontend", "prod/mysql",
                        "3306/TCP", policy("prod/db").selecting("tier=db").build()),
                allow("...and not the other pods", "prod/mysql", "prod/frontend", "80/TCP",
                        policy("prod/db").selecting("tier=db").build()),
                allow("selector with no match isolates nobody", "prod/frontend", "prod/mysql", "3306/TCP",
                        policy("prod/typo").selecting("app=mysq1").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void policyTypesDefaulting(Case c) {
        check(c);
    }

    /**
     * policyTypes defaulting: Ingress always; Egress only when the policy has egress rules; an
     * empty list counts as unset.
     */
    static Stream<Case> policyTypesDefaulting() {
        NetworkPolicy egressRulesNoTypes = policy("prod/egress-only-rules").selecting("app=backend")
                .egress(rule(peers(pods("app=mysql")))).build();
        NetworkPolicy egressTypeOnly = policy("prod/egress-type").selecting("app=backend").types(EGRESS).build();
        NetworkPolicy emptyEgressList = policy("prod/empty-egress").selecting("app=backend").build();
        return Stream.of(
                deny("unset policyTypes still isolates ingress", "prod/frontend", "prod/backend", "8080/TCP",
                        emptyEgressList),
                allow("unset policyTypes, egress: [] -> no egress isolation", "prod/backend", "dev/client", "80/TCP",
                        emptyEgressList),
                allow("egress rules -> Egress added; rule allows mysql", "prod/backend", "prod/mysql", "3306/TCP",
                        egressRulesNoTypes),
                deny("egress rules -> Egress added; other destinations denied", "prod/backend", "dev/client",
                        "80/TCP", egressRulesNoTypes),
                deny("egress rules -> Ingress is defaulted too", "prod/frontend", "prod/backend", "8080/TCP",
                        egressRulesNoTypes),
                allow("policyTypes [Egress] does not isolate ingress", "prod/frontend", "prod/backend", "8080/TCP",
                        egressTypeOnly),
                deny("policyTypes [Egress] with no rules denies all egress", "prod/backend", "prod/mysql",
                        "3306/TCP", egressTypeOnly),
                allow("policyTypes [Ingress] ignores egress rules written anyway", "prod/backend", "dev/client",
                        "80/TCP", policy("prod/ingress-typed").selecting("app=backend").types(INGRESS)
                                .egress(rule(peers(pods("app=mysql")))).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unionOfPolicies(Case c) {
        check(c);
    }

    /** "Network policies do not conflict; they are additive": the allowed set is the union. */
    static Stream<Case> unionOfPolicies() {
        NetworkPolicy allowFrontend = policy("prod/allow-frontend").selecting("app=backend")
                .ingress(rule(peers(pods("app=frontend")), PolicyPort.tcp(8080))).build();
        NetworkPolicy allowDev = policy("prod/allow-dev").selecting("app=backend")
                .ingress(from(namespaces("env=dev"))).build();
        return Stream.of(
                allow("deny-all plus an allow: the allow wins", "prod/frontend", "prod/backend", "8080/TCP",
                        DENY_ALL_PROD, allowFrontend, policy("prod/frontend-out").selecting("app=frontend")
                                .egress(PolicyRule.ALLOW_ALL).build()),
                allow("two allows: first", "prod/frontend", "prod/backend", "8080/TCP", allowFrontend, allowDev),
                allow("two allows: second", "dev/client", "prod/backend", "9090/TCP", allowFrontend, allowDev),
                deny("two allows: neither", "default/tool", "prod/backend", "8080/TCP", allowFrontend, allowDev),
                allow("the order of policies does not matter", "dev/client", "prod/backend", "8080/TCP",
                        allowDev, DENY_ALL_INGRESS_PROD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void peerSemantics(Case c) {
        check(c);
    }

    /**
     * podSelector alone: pods in the policy's namespace. namespaceSelector alone: all pods in the
     * selected namespaces. Both in ONE peer: selected pods within selected namespaces (AND). Two
     * peers: either (OR). Empty selectors select everything in their scope.
     */
    static Stream<Case> peerSemantics() {
        NetworkPolicy and = policy("prod/and").selecting("app=mysql")
                .ingress(from(podsInNamespaces("app=client", "env=dev"))).build();
        NetworkPolicy or = policy("prod/or").selecting("app=mysql")
                .ingress(from(namespaces("env=dev"), pods("app=client"))).build();
        NetworkPolicy allInNamespace = policy("prod/same-ns").ingress(from(pods(""))).build();
        NetworkPolicy allNamespaces = policy("prod/all-ns").ingress(from(namespaces(""))).build();
        NetworkPolicy byNameLabel = policy("prod/from-default").selecting("app=mysql")
                .ingress(from(namespaces("kubernetes.io/metadata.name=default"))).build();
        return Stream.of(
                deny("podSelector alone means the policy's namespace only", "dev/client", "prod/mysql", "3306/TCP",
                        policy("prod/clients").selecting("app=mysql").ingress(from(pods("app=client"))).build()),
                allow("AND: pod label and namespace label both match", "dev/client", "prod/mysql", "3306/TCP", and),
                deny("AND: namespace matches, pod label does not", "default/tool", "prod/mysql", "3306/TCP",
                        policy("prod/and2").selecting("app=mysql")
                                .ingress(from(podsInNamespaces("app=tool", "env=dev"))).build()),
                allow("OR: any pod of the dev namespace", "dev/client", "prod/mysql", "3306/TCP", or),
                deny("OR: app=client pods only in prod, so not default/tool", "default/tool", "prod/mysql",
                        "3306/TCP", or),
                allow("empty podSelector peer: every pod of the policy's namespace", "prod/frontend", "prod/mysql",
                        "3306/TCP", allInNamespace),
                deny("empty podSelector peer: not other namespaces", "dev/client", "prod/mysql", "3306/TCP",
                        allInNamespace),
                allow("empty namespaceSelector peer: every pod in every namespace", "default/tool", "prod/mysql",
                        "3306/TCP", allNamespaces),
                deny("empty namespaceSelector peer: not outside the cluster", "internet", "prod/mysql", "3306/TCP",
                        allNamespaces),
                allow("kubernetes.io/metadata.name selects a namespace by name", "default/tool", "prod/mysql",
                        "3306/TCP", byNameLabel),
                deny("selectors never match outside addresses", "alb", "prod/frontend", "80/TCP",
                        policy("prod/web").selecting("app=frontend").ingress(from(pods(""), namespaces(""))).build()),
                allow("ingress: [{}] allows everything, outside included", "internet", "prod/mysql", "3306/TCP",
                        DENY_ALL_INGRESS_PROD, policy("prod/open").selecting("app=mysql")
                                .ingress(PolicyRule.ALLOW_ALL).build()),
                deny("ingress: [] allows nothing", "prod/frontend", "prod/mysql", "3306/TCP",
                        policy("prod/closed").selecting("app=mysql").types(INGRESS).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void labelSelectorExpressions(Case c) {
        check(c);
    }

    /** matchLabels and matchExpressions are ANDed; NotIn and DoesNotExist match a missing key. */
    static Stream<Case> labelSelectorExpressions() {
        NetworkPolicy dbFromWebOrApi = policy("prod/expr-in").selecting("app=mysql")
                .ingress(from(PolicyPeer.Selector.pods(sel("", expr("tier", IN, "web", "api"))))).build();
        NetworkPolicy notWeb = policy("prod/expr-notin").selecting("app=mysql")
                .ingress(from(PolicyPeer.Selector.namespaces(sel("")),
                        PolicyPeer.Selector.pods(sel("", expr("tier", NOT_IN, "web"))))).build();
        NetworkPolicy notWebAnywhere = policy("prod/notin-any-ns").selecting("app=mysql")
                .ingress(from(PolicyPeer.Selector.podsInNamespaces(sel("", expr("tier", NOT_IN, "web")), sel(""))))
                .build();
        NetworkPolicy withTier = policy("prod/exists").selecting("app=mysql")
                .ingress(from(PolicyPeer.Selector.podsInNamespaces(sel("", expr("tier", EXISTS)), sel("")))).build();
        NetworkPolicy withoutTier = policy("prod/dne").selecting("app=mysql")
                .ingress(from(PolicyPeer.Selector.podsInNamespaces(sel("", expr("tier", DOES_NOT_EXIST)), sel(""))))
                .build();
        NetworkPolicy labelsAndExpr = policy("prod/and-expr").selecting("app=mysql")
                .ingress(from(PolicyPeer.Selector.pods(sel("app=backend", expr("tier", IN, "web"))))).build();
        return Stream.of(
                allow("In: value listed", "prod/backend", "prod/mysql", "3306/TCP", dbFromWebOrApi),
                deny("In: value not listed", "prod/redis", "prod/mysql", "3306/TCP", dbFromWebOrApi),
                deny("NotIn: listed value excluded", "prod/frontend", "prod/mysql", "3306/TCP", notWebAnywhere),
                allow("NotIn: a pod without the key matches", "dev/client", "prod/mysql", "3306/TCP",
                        notWebAnywhere),
                allow("NotIn in a second peer is ORed with the first", "prod/frontend", "prod/mysql", "3306/TCP",
                        notWeb),
                allow("Exists: key present", "prod/redis", "prod/mysql", "3306/TCP", withTier),
                deny("Exists: key absent", "dev/client", "prod/mysql", "3306/TCP", withTier),
                allow("DoesNotExist: key absent", "dev/client", "prod/mysql", "3306/TCP", withoutTier),
                deny("DoesNotExist: key present", "prod/frontend", "prod/mysql", "3306/TCP", withoutTier),
                deny("matchLabels AND matchExpressions: one fails", "prod/backend", "prod/mysql", "3306/TCP",
                        labelsAndExpr));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ipBlocks(Case c) {
        check(c);
    }

    /** ipBlock: addresses in cidr except the except ranges; matches outside addresses and pod IPs. */
    static Stream<Case> ipBlocks() {
        NetworkPolicy fromAlb = policy("prod/from-alb").selecting("app=frontend")
                .ingress(from(PolicyPeer.IpBlock.of("203.0.113.0/24"))).build();
        NetworkPolicy internetButNotPrivate = policy("prod/egress-internet").selecting("app=backend")
                .egress(rule(peers(PolicyPeer.IpBlock.of("0.0.0.0/0", "10.0.0.0/8", "192.168.0.0/16"))))
                .build();
        NetworkPolicy podCidr = policy("prod/pod-cidr").selecting("app=mysql")
                .ingress(from(PolicyPeer.IpBlock.of("10.244.1.0/24", "10.244.1.10/32"))).build();
        return Stream.of(
                allow("ipBlock admits the ALB", "alb", "prod/frontend", "80/TCP", fromAlb),
                deny("ipBlock refuses an address outside the block", "internet", "prod/frontend", "80/TCP", fromAlb),
                allow("0.0.0.0/0 except private ranges: the internet", "prod/backend", "internet", "443/TCP",
                        internetButNotPrivate),
                deny("0.0.0.0/0 except 10.0.0.0/8: pod IPs excluded", "prod/backend", "prod/mysql", "3306/TCP",
                        internetButNotPrivate),
                allow("ipBlock matches a pod IP", "prod/backend", "prod/mysql", "3306/TCP", podCidr),
                deny("except carves out one pod IP", "prod/frontend", "prod/mysql", "3306/TCP", podCidr),
                deny("ipBlock does not match pods outside it", "dev/client", "prod/mysql", "3306/TCP", podCidr));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void portSemantics(Case c) {
        check(c);
    }

    /**
     * Ports: numbers; named ports resolved on the destination pod with the rule's protocol;
     * endPort ranges (inclusive); protocol defaulting to TCP; no ports = all ports.
     */
    static Stream<Case> portSemantics() {
        NetworkPolicy tcp8080 = policy("prod/p8080").selecting("app=backend")
                .ingress(rule(peers(), PolicyPort.tcp(8080))).build();
        NetworkPolicy namedApi = policy("prod/named").selecting("app=backend")
                .ingress(rule(peers(), PolicyPort.named(Protocol.TCP, "api"))).build();
        NetworkPolicy namedUdp = policy("prod/named-udp").selecting("app=backend")
                .ingress(rule(peers(), PolicyPort.named(Protocol.UDP, "api"))).build();
        NetworkPolicy range = policy("prod/range").selecting("app=backend")
                .ingress(rule(peers(), PolicyPort.range(Protocol.TCP, 8000, 8999))).build();
        NetworkPolicy allUdp = policy("prod/udp").selecting("app=backend")
                .ingress(rule(peers(), PolicyPort.allOf(Protocol.UDP))).build();
        NetworkPolicy egressNamed = policy("prod/egress-named").selecting("app=frontend")
                .egress(rule(peers(), PolicyPort.named(Protocol.TCP, "api"))).build();
        return Stream.of(
                allow("numeric port matches", "prod/frontend", "prod/backend", "8080/TCP", tcp8080),
                deny("other port denied", "prod/frontend", "prod/backend", "9090/TCP", tcp8080),
                deny("same number, other protocol", "prod/frontend", "prod/backend", "8080/UDP", tcp8080),
                allow("named port resolves on the destination", "prod/frontend", "prod/backend", "8080/TCP",
                        namedApi),
                deny("named port: other number", "prod/frontend", "prod/backend", "9090/TCP", namedApi),
                deny("named port with the wrong protocol resolves to nothing", "prod/frontend", "prod/backend",
                        "8080/UDP", namedUdp),
                allow("endPort range: low end", "prod/frontend", "prod/backend", "8000/TCP", range),
                allow("endPort range: high end (inclusive)", "prod/frontend", "prod/backend", "8999/TCP", range),
                deny("endPort range: just outside", "prod/frontend", "prod/backend", "9000/TCP", range),
                allow("protocol without port: all ports of it", "prod/frontend", "prod/backend", "5353/UDP", allUdp),
                deny("protocol without port: not the other protocol", "prod/frontend", "prod/backend", "5353/TCP",
                        allUdp),
                allow("egress named port resolves on the destination pod", "prod/frontend", "prod/backend",
                        "8080/TCP", egressNamed),
                deny("egress named port: a destination that does not declare it", "prod/frontend", "prod/mysql",
                        "8080/TCP", egressNamed),
                deny("egress named port never matches an outside address", "prod/frontend", "internet", "8080/TCP",
                        egressNamed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void selfAndOutside(Case c) {
        check(c);
    }

    /** A pod is never blocked from itself; outside endpoints have no policies of their own. */
    static Stream<Case> selfAndOutside() {
        return Stream.of(
                allow("a pod reaches itself under default deny all", "prod/mysql", "prod/mysql", "3306/TCP",
                        DENY_ALL_PROD),
                allow("outside source: only the destination's ingress decides", "internet", "dev/client", "80/TCP",
                        DENY_ALL_PROD),
                deny("outside destination: only the source's egress decides", "prod/frontend", "internet",
                        "443/TCP", DENY_ALL_PROD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void recipes(Case c) {
        check(c);
    }

    /** The classic recipes from the Kubernetes docs and the usual microservice set. */
    static Stream<Case> recipes() {
        NetworkPolicy allowDnsEgress = policy("prod/allow-dns").egress(rule(
                peers(podsInNamespaces("k8s-app=kube-dns", "kubernetes.io/metadata.name=kube-system")),
                PolicyPort.of(Protocol.UDP, 53), PolicyPort.of(Protocol.TCP, 53))).build();
        NetworkPolicy allowFromProd = policy("prod/allow-from-dev").selecting("app=backend")
                .ingress(from(namespaces("env=dev"))).build();
        NetworkPolicy sameNamespace = policy("prod/allow-same-namespace").ingress(from(pods(""))).build();
        return Stream.of(
                deny("default deny all: no ingress", "prod/frontend", "prod/backend", "8080/TCP", DENY_ALL_PROD),
                deny("default deny all: no egress", "prod/backend", "dev/client", "80/TCP", DENY_ALL_PROD),
                deny("default deny egress breaks DNS", "prod/backend", "kube-system/coredns", "53/UDP",
                        DENY_ALL_EGRESS_PROD),
                allow("allow DNS egress fixes UDP 53", "prod/backend", "kube-system/coredns", "53/UDP",
                        DENY_ALL_EGRESS_PROD, allowDnsEgress),
                allow("allow DNS egress fixes TCP 53", "prod/backend", "kube-system/coredns", "53/TCP",
                        DENY_ALL_EGRESS_PROD, allowDnsEgress),
                deny("allow DNS egress allows nothing else", "prod/backend", "prod/mysql", "3306/TCP",
                        DENY_ALL_EGRESS_PROD, allowDnsEgress),
                allow("allow from a namespace", "dev/client", "prod/backend", "8080/TCP", DENY_ALL_INGRESS_PROD,
                        allowFromProd),
                deny("allow from a namespace: not others", "default/tool", "prod/backend", "8080/TCP",
                        DENY_ALL_INGRESS_PROD, allowFromProd),
                allow("allow same namespace", "prod/frontend", "prod/redis", "6379/TCP", DENY_ALL_INGRESS_PROD,
                        sameNamespace),
                deny("allow same namespace: not from dev", "dev/client", "prod/redis", "6379/TCP",
                        DENY_ALL_INGRESS_PROD, sameNamespace));
    }

    private static void check(Case c) {
        Engine engine = new Engine(shop(c.policies().toArray(NetworkPolicy[]::new)));
        Port port = Port.parse(c.port()).orElseThrow();
        Verdict verdict = engine.evaluate(c.from(), c.to(), port);
        assertEquals(c.allowed(), verdict.allowed(), () -> c + "\n" + verdict.reason());
        ReachabilityMatrix matrix = engine.matrix(List.of(port));
        assertEquals(c.allowed(), matrix.allowed(c.from(), c.to(), port), "matrix disagrees with evaluate: " + c);
    }
}
