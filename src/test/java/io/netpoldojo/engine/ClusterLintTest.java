package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.namespaces;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TestClusters.shop;
import static io.netpoldojo.engine.TierClusters.accept;
import static io.netpoldojo.engine.TierClusters.admin;
import static io.netpoldojo.engine.TierClusters.baseline;
import static io.netpoldojo.engine.TierClusters.deny;
import static io.netpoldojo.engine.TierClusters.named;
import static io.netpoldojo.engine.TierClusters.namespacesPeer;
import static io.netpoldojo.engine.TierClusters.networks;
import static io.netpoldojo.engine.TierClusters.pass;
import static io.netpoldojo.engine.TierClusters.podsPeer;
import static io.netpoldojo.engine.TierClusters.tcp;
import static io.netpoldojo.engine.TierClusters.udp;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static io.netpoldojo.engine.model.Direction.INGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.SelectorRequirement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row: ClusterNetworkPolicies (and NetworkPolicies) in the shop cluster, and the exact warnings. */
class ClusterLintTest {

    record Case(String name, List<Object> policies, List<String> warnings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case lint(String name, List<Object> policies, String... warnings) {
        return new Case(name, policies, List.of(warnings));
    }

    private static final NetworkPolicy DENY_ALL_PROD = policy("prod/default-deny-all").types(INGRESS, EGRESS)
            .egress(TestClusters.rule(List.of(TestClusters.podsInNamespaces("k8s-app=kube-dns", "")))).build();

    static Stream<Case> cases() {
        return Stream.of(
                lint("a clean policy", List.of(admin("protect-db", 10).subjectPods("", "app=mysql")
                        .ingress(accept(namespacesPeer("env=prod")), deny(namespacesPeer(""))).build())),
                lint("a subject that matches no pod", List.of(admin("typo", 10).subjectPods("", "app=mysq")
                                .ingress(deny(namespacesPeer(""))).build()),
                        "typo spec.subject: selects no pod: its subject (pods app=mysq in all namespaces) matches"
                                + " nothing in this scenario, so this policy has no effect"),
                lint("a peer that matches no pod", List.of(admin("typo", 10).subjectPods("", "app=mysql")
                                .ingress(deny(podsPeer("", "app=frontned"))).build()),
                        "typo spec.ingress[0].from[0]: this peer matches no pod in this scenario (pods app=frontned in"
                                + " all namespaces); check the labels for a typo"),
                lint("equal priorities that both match", List.of(
                                admin("deny-dev", 10).subjectNamespaces("env=prod").ingress(deny(namespacesPeer("env=dev"))).build(),
                                admin("accept-dev", 10).subjectNamespaces("env=prod")
                                        .ingress(accept(namespacesPeer("env=dev"))).build()),
                        "deny-dev spec.priority: has the same priority (10) as accept-dev in the Admin tier, and both"
                                + " match some of the same ingress traffic of prod/frontend, prod/backend, prod/mysql"
                                + " and 1 more (one accepts, the other denies): which one a network plugin applies"
                                + " first is not defined; give them different priorities"),
                lint("equal priorities on different ports do not clash", List.of(
                        admin("a", 10).ingress(deny(namespacesPeer("env=dev"), tcp(80))).build(),
                        admin("b", 10).ingress(accept(namespacesPeer("env=dev"), tcp(443))).build())),
                lint("a rule shadowed by an earlier one in the same policy", List.of(admin("p", 10).subjectNamespaces("env=prod")
                                .ingress(deny(namespacesPeer("")), accept(namespacesPeer("env=dev"), tcp(80))).build()),
                        "p spec.ingress[1]: rule ingress[1] never matches: rule ingress[0] before it matches all of its"
                                + " traffic first"
                                + " (Deny), so this Accept has no effect"),
                lint("a rule shadowed by a policy of lower priority value", List.of(
                                admin("first", 5).subjectNamespaces("env=prod").ingress(deny(namespacesPeer("env=dev"))).build(),
                                admin("second", 10).subjectNamespaces("env=prod")
                                        .ingress(accept(podsPeer("env=dev", "app=client"), tcp(80))).build()),
                        "second spec.ingress[0]: rule ingress[0] never matches: rule ingress[0] of Admin first"
                                + " (priority 5) matches all of its traffic first (Deny), so this Accept has no effect"),
                lint("an Admin Pass with nothing below", List.of(admin("delegate", 10).subjectNamespaces("env=dev")
                                .ingress(pass(namespacesPeer(""))).build()),
                        "delegate spec.ingress[0]: changes nothing yet: no later Admin rule matches this traffic, and"
                                + " no NetworkPolicy or Baseline policy has a say on ingress for dev/client, so it is"
                                + " allowed either way (once a namespace owner adds a NetworkPolicy, that decides)"),
                lint("an Admin Pass that skips a later Admin Deny", List.of(
                        admin("delegate", 10).subjectNamespaces("env=dev").ingress(pass(namespacesPeer(""))).build(),
                        admin("deny-all", 20).subject(ClusterSubject.namespaces(TestClusters.sel("",
                                TestClusters.expr("env", SelectorRequirement.Operator.EXISTS))))
                                .ingress(deny(namespacesPeer(""))).build())),
                lint("an Admin Pass with a Baseline policy below", List.of(
                        admin("delegate", 10).subjectNamespaces("env=dev").ingress(pass(namespacesPeer(""))).build(),
                        baseline("default-deny", 10).subjectNamespaces("env=dev").ingress(deny(namespacesPeer(""))).build())),
                lint("a Baseline Pass with nothing after it", List.of(baseline("exempt", 10)
                                .ingress(pass(namespacesPeer("env=dev"))).build()),
                        "exempt spec.ingress[0]: changes nothing: no later Baseline rule could match this traffic, so"
                                + " it is allowed either way"),
                lint("a Baseline Deny every selected pod's NetworkPolicies override", List.of(
                                baseline("prod-default", 10).subjectNamespaces("env=prod").ingress(deny(namespacesPeer("")))
                                        .build(), DENY_ALL_PROD),
                        "prod-default spec.ingress: never applies to ingress: every pod it selects (prod/frontend,"
                                + " prod/backend, prod/mysql and 1 more) is isolated for ingress by NetworkPolicies,"
                                + " which decide before the Baseline tier"),
                lint("networks 0.0.0.0/0 catches pod traffic", List.of(admin("no-internet", 10)
                                .egress(deny(networks("0.0.0.0/0"))).build()),
                        "no-internet spec.egress[0].to[0]: networks [0.0.0.0/0] also matches pods (e.g. prod/frontend"
                                + " at 10.244.1.10), so this Deny applies to pod-to-pod traffic too; put a Pass for pod"
                                + " traffic before it if that is not meant",
                        "no-internet spec.egress[0]: denies DNS (53/UDP or 53/TCP to kube-dns in kube-system) for"
                                + " prod/frontend, prod/backend, prod/mysql and 3 more, so these pods cannot resolve"
                                + " Service names; Accept DNS in an Admin policy checked before it"),
                lint("networks after a Pass for pod traffic", List.of(admin("no-internet", 10)
                        .egress(pass(namespacesPeer("")), deny(networks("0.0.0.0/0"))).build())),
                lint("a named port no pod declares", List.of(admin("named", 10).subjectPods("", "app=backend")
                                .ingress(deny(namespacesPeer("env=dev"), named("http"))).build()),
                        "named spec.ingress[0].protocols[0].destinationNamedPort: no selected pod declares a container"
                                + " port named \"http\", so this entry matches nothing"),
                lint("a Baseline default deny for every namespace shuts kube-dns too", List.of(
                                baseline("default-deny", 100).ingress(deny(namespacesPeer(""))).build()),
                        "default-deny spec.ingress[0]: denies DNS (53/UDP or 53/TCP to kube-dns in kube-system) for"
                                + " prod/frontend, prod/backend, prod/mysql and 3 more at kube-dns's ingress, so these"
                                + " pods cannot resolve Service names; Accept DNS in an Admin policy checked before it"),
                lint("DNS accepted in Admin before a Baseline egress deny", List.of(
                        admin("allow-dns", 1).egress(accept(podsPeer("kubernetes.io/metadata.name=kube-system",
                                "k8s-app=kube-dns"), udp(53), tcp(53))).build(),
                        baseline("no-egress", 10).subjectNamespaces("env=prod").egress(deny(namespacesPeer(""))).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void warnsAsATeacherWould(Case c) {
        List<NetworkPolicy> nps = c.policies().stream().filter(p -> p instanceof NetworkPolicy)
                .map(p -> (NetworkPolicy) p).toList();
        List<ClusterNetworkPolicy> cnps = c.policies().stream().filter(p -> p instanceof ClusterNetworkPolicy)
                .map(p -> (ClusterNetworkPolicy) p).toList();
        Engine engine = new Engine(shop(nps.toArray(NetworkPolicy[]::new)).withClusterPolicies(cnps));
        List<String> actual = Lint.check(engine).stream().map(LintWarning::toString).toList();
        assertEquals(c.warnings(), actual);
    }
}
