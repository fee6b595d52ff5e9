package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.peers;
import static io.netpoldojo.engine.TestClusters.pod;
import static io.netpoldojo.engine.TestClusters.pods;
import static io.netpoldojo.engine.TestClusters.podsInNamespaces;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TestClusters.port;
import static io.netpoldojo.engine.TestClusters.rule;
import static io.netpoldojo.engine.TestClusters.shop;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static io.netpoldojo.engine.model.Direction.INGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lint's DNS check without ClusterNetworkPolicies reads who reaches DNS from sets made once;
 * on hundreds of random clusters (no, one or two DNS pods; DNS rules by number, by name, on one
 * protocol or both; DNS pods that refuse some ingress) it warns exactly as asking pod by pod does.
 */
class LintDnsFastPathTest {
    private static final List<NetworkPolicy> POOL = List.of(
            policy("prod/default-deny-egress").types(EGRESS).build(),
            policy("dev/default-deny-egress").types(EGRESS).build(),
            policy("default/deny-tool").selecting("app=tool").types(EGRESS).build(),
            policy("prod/dns-both").types(EGRESS).egress(rule(
                    peers(podsInNamespaces("k8s-app=kube-dns", "kubernetes.io/metadata.name=kube-system")),
                    PolicyPort.of(Protocol.UDP, 53), PolicyPort.of(Protocol.TCP, 53))).build(),
            policy("prod/dns-udp").selecting("tier=api").types(EGRESS).egress(rule(peers(),
                    PolicyPort.of(Protocol.UDP, 53))).build(),
            policy("dev/dns-named").types(EGRESS).egress(rule(peers(podsInNamespaces("k8s-app=kube-dns", "")),
                    PolicyPort.named(Protocol.UDP, "dns"), PolicyPort.named(Protocol.TCP, "dns-tcp"))).build(),
            policy("prod/frontend-to-backend").selecting("app=frontend").types(EGRESS).egress(rule(
                    peers(pods("app=backend")), PolicyPort.tcp(8080))).build(),
            policy("prod/db-any").selecting("tier=db").types(EGRESS).egress(rule(peers())).build(),
            policy("kube-system/dns-from-prod").selecting("k8s-app=kube-dns").types(INGRESS).ingress(
                    from(TestClusters.namespaces("team=shop"))).build(),
            policy("kube-system/deny-all").types(INGRESS).build(),
            policy("default/dns-second").types(EGRESS).egress(rule(peers(podsInNamespaces("dns=second", "")),
                    PolicyPort.of(Protocol.UDP, 53), PolicyPort.of(Protocol.TCP, 53))).build());

    @Test
    void theFastPathWarnsAsThePodByPodCheck() {
        Random random = new Random(24);
        int warned = 0;
        for (int run = 0; run < 400; run++) {
            List<NetworkPolicy> chosen = new ArrayList<>();
            for (NetworkPolicy p : POOL) {
                if (random.nextInt(3) == 0) {
                    chosen.add(p);
                }
            }
            Cluster cluster = shop(chosen.toArray(NetworkPolicy[]::new));
            List<Endpoint> endpoints = new ArrayList<>(cluster.endpoints());
            switch (random.nextInt(3)) {
                case 0 -> endpoints.removeIf(e -> e.id().equals("kube-system/coredns"));
                case 1 -> endpoints.add(pod("kube-system/coredns-2", "k8s-app=kube-dns,dns=second", "10.244.0.3",
                        port("dns", 53, Protocol.UDP)));
                default -> { }
            }
            Engine engine = new Engine(cluster.withEndpoints(endpoints));
            List<LintWarning> fast = new ArrayList<>();
            List<LintWarning> slow = new ArrayList<>();
            Lint.dnsEgress(engine, fast, true);
            Lint.dnsEgress(engine, slow, false);
            assertEquals(slow, fast, "run " + run + " with " + chosen.stream().map(NetworkPolicy::id).toList());
            warned += fast.isEmpty() ? 0 : 1;
        }
        assertTrue(warned > 100, "most runs warn about something, so the comparison means something: " + warned);
    }
}
