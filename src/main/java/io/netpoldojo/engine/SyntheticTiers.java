package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The ClusterNetworkPolicy half of {@link SyntheticClusters}: seeded policies of every shape. */
final class SyntheticTiers {
    private SyntheticTiers() {}

    static ClusterNetworkPolicy randomClusterPolicy(Random r, String name, int namespaces, int apps) {
        Tier tier = r.nextInt(3) == 0 ? Tier.BASELINE : Tier.ADMIN;
        int priority = r.nextInt(4) == 0 ? 10 : r.nextInt(1001); // some ties on 10
        ClusterSubject subject = switch (r.nextInt(3)) {
            case 0 -> ClusterSubject.namespaces(SyntheticClusters.randomNamespaceSelector(r));
            case 1 -> ClusterSubject.pods(LabelSelector.EVERYTHING, SyntheticClusters.randomPodSelector(r, apps));
            default -> ClusterSubject.pods(SyntheticClusters.randomNamespaceSelector(r),
                    SyntheticClusters.randomPodSelector(r, apps));
        };
        List<ClusterRule> ingress = new ArrayList<>();
        List<ClusterRule> egress = new ArrayList<>();
        int ingressRules = r.nextInt(4);
        for (int i = 0; i < ingressRules; i++) {
            ingress.add(randomRule(r, apps, false));
        }
        int egressRules = r.nextInt(3);
        for (int i = 0; i < egressRules; i++) {
            egress.add(randomRule(r, apps, true));
        }
        return new ClusterNetworkPolicy(name, tier, priority, subject, ingress, egress);
    }

    private static ClusterRule randomRule(Random r, int apps, boolean egress) {
        RuleAction action = RuleAction.values()[r.nextInt(3)];
        List<ClusterPeer> peers = new ArrayList<>();
        int peerCount = 1 + r.nextInt(2);
        for (int i = 0; i < peerCount; i++) {
            int kind = r.nextInt(egress ? 4 : 3);
            peers.add(switch (kind) {
                case 0 -> new ClusterPeer.Namespaces(SyntheticClusters.randomNamespaceSelector(r));
                case 1 -> new ClusterPeer.Pods(LabelSelector.EVERYTHING, SyntheticClusters.randomPodSelector(r, apps));
                case 2 -> new ClusterPeer.Pods(SyntheticClusters.randomNamespaceSelector(r),
                        SyntheticClusters.randomPodSelector(r, apps));
                default -> new ClusterPeer.Networks(List.of(r.nextBoolean() ? Cidr.of("0.0.0.0/0")
                        : Cidr.of("10.244." + (1 + r.nextInt(4)) + ".0/24"), Cidr.of("203.0.113.0/24")));
            });
        }
        List<ClusterPort> ports = new ArrayList<>();
        int portCount = r.nextInt(3);
        for (int i = 0; i < portCount; i++) {
            int t = r.nextInt(SyntheticClusters.TIERS.length);
            ports.add(switch (r.nextInt(4)) {
                case 0 -> new ClusterPort.Named(SyntheticClusters.TIER_PORT_NAMES[t]);
                case 1 -> new ClusterPort.Numbered(Protocol.TCP, SyntheticClusters.TIER_PORTS[t] - 10,
                        SyntheticClusters.TIER_PORTS[t] + 10);
                case 2 -> ClusterPort.Numbered.single(r.nextInt(6) == 0 ? Protocol.UDP : Protocol.TCP,
                        SyntheticClusters.TIER_PORTS[t]);
                default -> ClusterPort.Numbered.single(Protocol.TCP, SyntheticClusters.TIER_PORTS[t]);
            });
        }
        return new ClusterRule(r.nextBoolean() ? "" : "rule-" + r.nextInt(100), action, peers, ports);
    }
}
