package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.sel;

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
import java.util.Arrays;
import java.util.List;

/**
 * Compact builders for ClusterNetworkPolicies in engine tests:
 * {@code admin("protect-db", 10).subjectPods("", "app=mysql").ingress(deny(fromNamespaces("env=dev"))).build()}.
 */
final class TierClusters {
    private TierClusters() {}

    /** The engine over {@link TestClusters#shop} with these policies, NetworkPolicies and ClusterNetworkPolicies mixed. */
    static Engine shopEngine(List<Object> policies) {
        List<io.netpoldojo.engine.model.NetworkPolicy> nps = new ArrayList<>();
        List<ClusterNetworkPolicy> cnps = new ArrayList<>();
        for (Object p : policies) {
            if (p instanceof io.netpoldojo.engine.model.NetworkPolicy np) {
                nps.add(np);
            } else {
                cnps.add((ClusterNetworkPolicy) p);
            }
        }
        return new Engine(TestClusters.shop(nps.toArray(io.netpoldojo.engine.model.NetworkPolicy[]::new))
                .withClusterPolicies(cnps));
    }

    static Builder admin(String name, int priority) {
        return new Builder(name, Tier.ADMIN, priority);
    }

    static Builder baseline(String name, int priority) {
        return new Builder(name, Tier.BASELINE, priority);
    }

    static ClusterPeer namespacesPeer(String nsLabels) {
        return new ClusterPeer.Namespaces(sel(nsLabels));
    }

    static ClusterPeer podsPeer(String nsLabels, String podLabels) {
        return new ClusterPeer.Pods(sel(nsLabels), sel(podLabels));
    }

    static ClusterPeer networks(String... cidrs) {
        return new ClusterPeer.Networks(Arrays.stream(cidrs).map(Cidr::of).toList());
    }

    static ClusterPort tcp(int port) {
        return ClusterPort.Numbered.single(Protocol.TCP, port);
    }

    static ClusterPort udp(int port) {
        return ClusterPort.Numbered.single(Protocol.UDP, port);
    }

    static ClusterPort sctp(int port) {
        return ClusterPort.Numbered.single(Protocol.SCTP, port);
    }

    static ClusterPort range(Protocol protocol, int start, int end) {
        return new ClusterPort.Numbered(protocol, start, end);
    }

    static ClusterPort named(String name) {
        return new ClusterPort.Named(name);
    }

    /** A rule's peers and then its protocols: {@code rule(ACCEPT, peers(...), tcp(80))}. */
    static ClusterRule rule(String name, RuleAction action, List<ClusterPeer> peers, ClusterPort... ports) {
        return new ClusterRule(name, action, peers, List.of(ports));
    }

    static ClusterRule accept(ClusterPeer peer, ClusterPort... ports) {
        return rule("", RuleAction.ACCEPT, List.of(peer), ports);
    }

    static ClusterRule deny(ClusterPeer peer, ClusterPort... ports) {
        return rule("", RuleAction.DENY, List.of(peer), ports);
    }

    static ClusterRule pass(ClusterPeer peer, ClusterPort... ports) {
        return rule("", RuleAction.PASS, List.of(peer), ports);
    }

    static final class Builder {
        private final String name;
        private final Tier tier;
        private final int priority;
        private ClusterSubject subject = ClusterSubject.namespaces(LabelSelector.EVERYTHING);
        private final List<ClusterRule> ingress = new ArrayList<>();
        private final List<ClusterRule> egress = new ArrayList<>();

        Builder(String name, Tier tier, int priority) {
            this.name = name;
            this.tier = tier;
            this.priority = priority;
        }

        Builder subjectNamespaces(String nsLabels) {
            subject = ClusterSubject.namespaces(sel(nsLabels));
            return this;
        }

        Builder subjectPods(String nsLabels, String podLabels) {
            subject = ClusterSubject.pods(sel(nsLabels), sel(podLabels));
            return this;
        }

        Builder subject(ClusterSubject newSubject) {
            subject = newSubject;
            return this;
        }

        Builder ingress(ClusterRule... rules) {
            ingress.addAll(Arrays.asList(rules));
            return this;
        }

        Builder egress(ClusterRule... rules) {
            egress.addAll(Arrays.asList(rules));
            return this;
        }

        ClusterNetworkPolicy build() {
            return new ClusterNetworkPolicy(name, tier, priority, subject, ingress, egress);
        }
    }
}
