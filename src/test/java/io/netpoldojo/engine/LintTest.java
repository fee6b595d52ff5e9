package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.peers;
import static io.netpoldojo.engine.TestClusters.pods;
import static io.netpoldojo.engine.TestClusters.podsInNamespaces;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TestClusters.rule;
import static io.netpoldojo.engine.TestClusters.shop;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static io.netpoldojo.engine.model.Direction.INGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.Protocol;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row: policies in the shop cluster, and the exact warnings a learner should see. */
class LintTest {

    record Case(String name, Cluster cluster, List<String> warnings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case lint(String name, List<NetworkPolicy> policies, String... warnings) {
        return new Case(name, shop(policies.toArray(NetworkPolicy[]::new)), List.of(warnings));
    }

    /** As {@link #lint}, on the shop cluster without its coredns pod, as most scenarios are. */
    static Case lintWithoutDnsPod(String name, List<NetworkPolicy> policies, String... warnings) {
        Cluster cluster = shop(policies.toArray(NetworkPolicy[]::new));
        return new Case(name, cluster.withEndpoints(cluster.endpoints().stream()
                .filter(e -> !e.id().equals("kube-system/coredns")).toList()), List.of(warnings));
    }

    private static final NetworkPolicy DNS_FOR_ALL = policy("prod/allow-dns").types(EGRESS).egress(rule(
            peers(podsInNamespaces("k8s-app=kube-dns", "kubernetes.io/metadata.name=kube-system")),
            PolicyPort.of(Protocol.UDP, 53), PolicyPort.of(Protocol.TCP, 53))).build();

    static Stream<Case> cases() {
        return Stream.of(
                lint("a clean policy has no warnings",
                        List.of(policy("prod/allow-frontend").selecting("app=backend")
                                .ingress(rule(peers(pods("app=frontend")), PolicyPort.tcp(8080))).build())),
                lint("a podSelector with a typo selects nothing",
                        List.of(policy("prod/typo").selecting("app=backnd").build()),
                        "prod/typo spec.podSelector: selects no pod: podSelector app=backnd matches nothing in"
                                + " namespace prod, so this policy has no effect"),
                lintWithoutDnsPod("a DNS peer is not a typo when the scenario leaves kube-system out",
                        List.of(policy("prod/dns").selecting("app=backend").types(EGRESS).egress(rule(
                                peers(podsInNamespaces("k8s-app=kube-dns", "")), PolicyPort.of(Protocol.UDP, 53),
                                PolicyPort.of(Protocol.TCP, 53))).build())),
                lint("a peer with a typo matches nothing",
                        List.of(policy("prod/peer-typo").selecting("app=backend").ingress(from(pods("app=fronted")))
                                .build()),
                        "prod/peer-typo spec.ingress[0].from[0]: this peer matches no pod in this scenario (pods app=fronted in the"
                                + " policy's namespace); check the labels for a typo"),
                lint("default deny egress without DNS",
                        List.of(policy("prod/default-deny-egress").types(EGRESS).build()),
                        "prod/default-deny-egress spec.policyTypes: isolates egress for frontend, backend, mysql and"
                                + " 1 more, and no egress rule allows DNS (53/UDP and 53/TCP to kube-dns in kube-system),"
                                + " so these pods cannot resolve Service names"),
                lint("default deny egress with the DNS allowance",
                        List.of(policy("prod/default-deny-egress").types(EGRESS).build(), DNS_FOR_ALL)),
                lint("DNS over UDP only",
                        List.of(policy("prod/udp-dns").selecting("app=backend").types(EGRESS).egress(rule(peers(),
                                PolicyPort.of(Protocol.UDP, 53))).build()),
                        "prod/udp-dns spec.policyTypes: isolates egress for backend, and DNS is allowed on 53/UDP but"
                                + " not 53/TCP; large DNS answers fall back to TCP and will fail"),
                lint("ipBlock covering pod IPs",
                        List.of(policy("prod/cidr").selecting("app=mysql")
                                .ingress(from(PolicyPeer.IpBlock.of("10.244.1.0/24"))).build()),
                        "prod/cidr spec.ingress[0].from[0].ipBlock: ipBlock 10.244.1.0/24 covers pod IPs (e.g."
                                + " prod/frontend at 10.244.1.10); ipBlock is meant for addresses outside the cluster,"
                                + " and whether it matches pod traffic depends on the CNI plugin"),
                lint("named port that the selected pods do not declare",
                        List.of(policy("prod/named").selecting("app=mysql")
                                .ingress(rule(peers(), PolicyPort.named(Protocol.TCP, "api"))).build()),
                        "prod/named spec.ingress[0].ports[0].port: no selected pod declares a TCP container port"
                                + " named \"api\", so this entry matches nothing"),
                lint("endPort support varies",
                        List.of(policy("prod/range").selecting("app=backend")
                                .ingress(rule(peers(), PolicyPort.range(Protocol.TCP, 8000, 8100))).build()),
                        "prod/range spec.ingress[0].ports[0].endPort: endPort needs a CNI plugin that supports it"
                                + " (stable since Kubernetes 1.25); a plugin that does not will allow only port 8000"),
                lint("egress rules ignored by policyTypes [Ingress]",
                        List.of(policy("prod/half").selecting("app=backend").types(INGRESS)
                                .egress(rule(peers(pods("app=mysql")))).build()),
                        "prod/half spec.egress: these egress rules are ignored, because policyTypes does not include"
                                + " Egress"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void warnsAsATeacherWould(Case c) {
        List<String> actual = Lint.check(new Engine(c.cluster())).stream().map(LintWarning::toString).toList();
        assertEquals(c.warnings(), actual);
    }
}
