package io.netpoldojo.engine.conformance;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies of the upstream conformance manifests ({@code conformance/base/admin_tier},
 * {@code baseline_tier} and {@code api_integration}), written again as engine records. Most files
 * share one shape, built by {@link #sevenRules} (Admin) and {@link #fiveRules} (Baseline).
 */
final class ConformancePolicies {
    private ConformancePolicies() {}

    private static LabelSelector byName(String house) {
        return LabelSelector.matchLabels(Namespace.NAME_LABEL, house);
    }

    private static LabelSelector byHouse(String house) {
        return LabelSelector.matchLabels("conformance-house", house);
    }

    private static ClusterRule rule(String name, RuleAction action, ClusterPeer peer, ClusterPort... ports) {
        return new ClusterRule(name, action, List.of(peer), List.of(ports));
    }

    private static ClusterPeer house(String house) {
        return new ClusterPeer.Namespaces(byName(house));
    }

    /**
     * The Admin files for one protocol ({@code standard-{ingress,egress}-{tcp,udp,sctp}-rules}):
     * subject: the namespace {@code subject}; rules: Accept, Deny and Pass everything from/to
     * {@code x}; Deny then Pass {@code y} on {@code p1}; Accept {@code z} on {@code p2}; Deny the
     * rest of {@code z}.
     */
    static ClusterNetworkPolicy sevenRules(String name, int priority, String subject, Direction d, String x,
                                           String y, String z, Protocol protocol, int p1, int p2) {
        ClusterPort port1 = ClusterPort.Numbered.single(protocol, p1);
        ClusterPort port2 = ClusterPort.Numbered.single(protocol, p2);
        List<ClusterRule> rules = List.of(
                rule("allow-" + x + "-everything", RuleAction.ACCEPT, house(x)),
                rule("deny-" + x + "-everything", RuleAction.DENY, house(x)),
                rule("pass-" + x + "-everything", RuleAction.PASS, house(x)),
                rule("deny-" + y + "-at-port-" + p1, RuleAction.DENY, house(y), port1),
                rule("pass-" + y + "-at-port-" + p1, RuleAction.PASS, house(y), port1),
                rule("allow-" + z + "-at-port-" + p2, RuleAction.ACCEPT, house(z), port2),
                rule("deny-" + z + "-everything-else", RuleAction.DENY, house(z)));
        return policy(name, Tier.ADMIN, priority, ClusterSubject.namespaces(byName(subject)), d, rules);
    }

    /** The Baseline files for one protocol: as {@link #sevenRules} without the two Pass rules. */
    static ClusterNetworkPolicy fiveRules(String subject, Direction d, String x, String y, String z, Protocol protocol,
                                          int p1, int p2) {
        ClusterPort port1 = ClusterPort.Numbered.single(protocol, p1);
        ClusterPort port2 = ClusterPort.Numbered.single(protocol, p2);
        List<ClusterRule> rules = List.of(
                rule("allow-" + x + "-everything", RuleAction.ACCEPT, house(x)),
                rule("deny-" + x + "-everything", RuleAction.DENY, house(x)),
                rule("deny-" + y + "-at-port-" + p1, RuleAction.DENY, house(y), port1),
                rule("allow-" + z + "-at-port-" + p2, RuleAction.ACCEPT, house(z), port2),
                rule("deny-" + z + "-everything-else", RuleAction.DENY, house(z)));
        return policy("default", Tier.BASELINE, 10, ClusterSubject.namespaces(byName(subject)), d, rules);
    }

    /**
     * {@code standard-gress-rules-combined}: gryffindor's ingress and egress, ravenclaw everything,
     * slytherin on 80/TCP, 53/UDP and 9003/SCTP, hufflepuff on the ports below and nothing else.
     * The Baseline file has no Pass rules.
     */
    static ClusterNetworkPolicy gress(Tier tier) {
        boolean admin = tier == Tier.ADMIN;
        ClusterPort[] slytherinPorts = {tcp(80), udp(53), sctp(9003)};
        List<ClusterRule> egress = gressRules(admin, slytherinPorts, new ClusterPort[] {tcp(8080), udp(5353), sctp(9003)});
        List<ClusterRule> ingress = gressRules(admin, slytherinPorts, new ClusterPort[] {tcp(80), udp(5353), sctp(9003)});
        return new ClusterNetworkPolicy(admin ? "gress-rules" : "default", tier, admin ? 15 : 10,
                ClusterSubject.namespaces(byName("gryffindor")), ingress, egress);
    }

    private static List<ClusterRule> gressRules(boolean admin, ClusterPort[] slytherin, ClusterPort[] hufflepuff) {
        List<ClusterRule> rules = new ArrayList<>();
        rules.add(rule("allow-ravenclaw-everything", RuleAction.ACCEPT, house("ravenclaw")));
        rules.add(rule("deny-ravenclaw-everything", RuleAction.DENY, house("ravenclaw")));
        if (admin) {
            rules.add(rule("pass-ravenclaw-everything", RuleAction.PASS, house("ravenclaw")));
        }
        rules.add(rule("deny-slytherin-at-ports-80-53-9003", RuleAction.DENY, house("slytherin"), slytherin));
        if (admin) {
            rules.add(rule("pass-slytherin-at-ports-80-53-9003", RuleAction.PASS, house("slytherin"), slytherin));
        }
        rules.add(rule("allow-hufflepuff-at-some-ports", RuleAction.ACCEPT, house("hufflepuff"), hufflepuff));
        rules.add(rule("deny-hufflepuff-everything-else", RuleAction.DENY, house("hufflepuff")));
        return rules;
    }

    /**
     * {@code standard-egress-inline-cidr-rules}: gryffindor may reach slytherin's pods, and
     * everything else in 0.0.0.0/0 and ::/0 (pods included) is denied.
     */
    static ClusterNetworkPolicy inlineCidr(Tier tier) {
        ClusterSubject subject = tier == Tier.ADMIN
                ? ClusterSubject.pods(byHouse("gryffindor"), byHouse("gryffindor"))
                : ClusterSubject.namespaces(byName("gryffindor"));
        List<ClusterRule> egress = List.of(
                rule("allow-egress-to-slytherin", RuleAction.ACCEPT, new ClusterPeer.Pods(byHouse("slytherin"),
                        byHouse("slytherin"))),
                rule("deny-egress-to-internet", RuleAction.DENY,
                        new ClusterPeer.Networks(List.of(Cidr.of("0.0.0.0/0"), Cidr.of("::/0")))));
        return new ClusterNetworkPolicy(tier == Tier.ADMIN ? "inline-cidr-as-peers-example" : "default", tier,
                tier == Tier.ADMIN ? 85 : 10, subject, List.of(), egress);
    }

    /** The rule the inline-CIDR test prepends: Accept luna-lovegood-0 and cedric-diggory-0 by their IPs. */
    static ClusterRule acceptTwoPodIps() {
        return rule("allow-egress-to-specific-podIPs", RuleAction.ACCEPT, new ClusterPeer.Networks(List.of(
                Cidr.of("10.244.4.10/32"), Cidr.of("10.244.3.10/32"))));
    }

    /** {@code standard-priority-field}: three policies on gryffindor's pods, about slytherin's pods. */
    static List<ClusterNetworkPolicy> priorities() {
        ClusterSubject gryffindor = ClusterSubject.pods(byHouse("gryffindor"), byHouse("gryffindor"));
        ClusterPeer slytherin = new ClusterPeer.Pods(byHouse("slytherin"), byHouse("slytherin"));
        return List.of(
                new ClusterNetworkPolicy("priority-50-example", Tier.ADMIN, 50, gryffindor,
                        List.of(rule("deny-all-ingress-from-slytherin", RuleAction.DENY, slytherin)),
                        List.of(rule("deny-all-egress-to-slytherin", RuleAction.DENY, slytherin))),
                new ClusterNetworkPolicy("old-priority-60-new-priority-40-example", Tier.ADMIN, 60, gryffindor,
                        List.of(rule("pass-all-ingress-from-slytherin", RuleAction.PASS, slytherin)),
                        List.of(rule("pass-all-egress-to-slytherin", RuleAction.PASS, slytherin))),
                new ClusterNetworkPolicy("default", Tier.BASELINE, 10, gryffindor,
                        List.of(rule("allow-all-ingress-from-slytherin", RuleAction.ACCEPT, slytherin)),
                        List.of(rule("allow-all-egress-to-slytherin", RuleAction.ACCEPT, slytherin))));
    }

    /**
     * {@code api_integration/standard-anp-np-banp}: an Admin Deny between gryffindor and
     * slytherin, a NetworkPolicy in gryffindor allowing slytherin both ways, a Baseline Deny.
     */
    static List<Object> integration() {
        ClusterSubject gryffindor = ClusterSubject.namespaces(byHouse("gryffindor"));
        ClusterPeer slytherin = new ClusterPeer.Namespaces(byHouse("slytherin"));
        PolicyRule slytherinRule = new PolicyRule(List.of(PolicyPeer.Selector.namespaces(byHouse("slytherin"))), List.of());
        return List.of(
                new ClusterNetworkPolicy("pass-example", Tier.ADMIN, 10, gryffindor,
                        List.of(rule("deny-all-ingress-from-slytherin", RuleAction.DENY, slytherin)),
                        List.of(rule("deny-all-egress-to-slytherin", RuleAction.DENY, slytherin))),
                new NetworkPolicy("gryffindor", "allow-gress-from-to-slytherin-to-gryffindor", LabelSelector.EVERYTHING,
                        List.of(Direction.INGRESS, Direction.EGRESS), List.of(slytherinRule), List.of(slytherinRule)),
                new ClusterNetworkPolicy("default", Tier.BASELINE, 10, gryffindor,
                        List.of(rule("deny-all-ingress-from-slytherin", RuleAction.DENY, slytherin)),
                        List.of(rule("deny-all-egress-to-slytherin", RuleAction.DENY, slytherin))));
    }

    private static ClusterNetworkPolicy policy(String name, Tier tier, int priority, ClusterSubject subject,
                                               Direction d, List<ClusterRule> rules) {
        return d == Direction.INGRESS
                ? new ClusterNetworkPolicy(name, tier, priority, subject, rules, List.of())
                : new ClusterNetworkPolicy(name, tier, priority, subject, List.of(), rules);
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
}
