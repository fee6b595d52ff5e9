package io.netpoldojo.engine.conformance;

import static io.netpoldojo.engine.conformance.ConformancePolicies.acceptTwoPodIps;
import static io.netpoldojo.engine.conformance.ConformancePolicies.gress;
import static io.netpoldojo.engine.conformance.ConformancePolicies.inlineCidr;
import static io.netpoldojo.engine.conformance.ConformancePolicies.integration;
import static io.netpoldojo.engine.conformance.ConformancePolicies.priorities;
import static io.netpoldojo.engine.conformance.ConformancePolicies.sevenRules;
import static io.netpoldojo.engine.conformance.ConformanceWorld.NONE;
import static io.netpoldojo.engine.conformance.ConformanceWorld.action;
import static io.netpoldojo.engine.conformance.ConformanceWorld.all;
import static io.netpoldojo.engine.conformance.ConformanceWorld.deleteNetworkPolicy;
import static io.netpoldojo.engine.conformance.ConformanceWorld.namedPort;
import static io.netpoldojo.engine.conformance.ConformanceWorld.prepend;
import static io.netpoldojo.engine.conformance.ConformanceWorld.priority;
import static io.netpoldojo.engine.conformance.ConformanceWorld.relabelNamespace;
import static io.netpoldojo.engine.conformance.ConformanceWorld.step;
import static io.netpoldojo.engine.conformance.ConformanceWorld.swap;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static io.netpoldojo.engine.model.Direction.INGRESS;
import static io.netpoldojo.engine.model.Protocol.SCTP;
import static io.netpoldojo.engine.model.Protocol.TCP;
import static io.netpoldojo.engine.model.Protocol.UDP;

import io.netpoldojo.engine.conformance.ConformanceWorld.Scenario;
import io.netpoldojo.engine.conformance.ConformanceWorld.World;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.List;

/**
 * The Admin-tier conformance tests of kubernetes-sigs/network-policy-api ({@code conformance/tests}),
 * transcribed: each scenario is one test's ShortName, each step one of its t.Run blocks with the
 * change it makes to the policies (changes add up) and the servers it pokes, with the same
 * expectations. The steps about {@code nodes} peers (experimental, host-network pods) are left
 * out: NetPol Dojo models no nodes.
 */
final class ConformanceAdminScenarios {
    private ConformanceAdminScenarios() {}

    static List<Scenario> scenarios() {
        return List.of(adminTierEgressNamedPort(), adminTierIngressNamedPort(), adminTierEgressInlineCIDRPeers(), adminTierEgressSCTP(), adminTierEgressTCP(), adminTierEgressUDP(), adminTierGress(), adminTierIngressSCTP(), adminTierIngressTCP(), adminTierIngressUDP(), adminTierIntegration(), adminTierPriorityField());
    }

    /** CNPAdminTierEgressNamedPort (admin_tier/standard-egress-tcp-rules.yaml, admin_tier/experimental-egress-selector-rules.yaml). */
    static Scenario adminTierEgressNamedPort() {
        return new Scenario("CNPAdminTierEgressNamedPort", World.of(sevenRules("egress-tcp", 6, "gryffindor", EGRESS, "ravenclaw", "slytherin", "hufflepuff", TCP, 80, 8080)),
                step("an 'allow-egress' policy for named port", namedPort("egress-tcp", EGRESS, 5, "web"),
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 80/TCP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 8080/TCP closed"));
    }

    /** CNPAdminTierIngressNamedPort (admin_tier/standard-ingress-udp-rules.yaml). */
    static Scenario adminTierIngressNamedPort() {
        return new Scenario("CNPAdminTierIngressNamedPort", World.of(sevenRules("ingress-udp", 4, "hufflepuff", INGRESS, "ravenclaw", "slytherin", "gryffindor", UDP, 5353, 53)),
                step("an 'allow-ingress' policy for named port", namedPort("ingress-udp", INGRESS, 5, "dns"),
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 53/UDP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 5353/UDP closed"));
    }

    /** CNPAdminTierEgressInlineCIDRPeers (admin_tier/standard-egress-inline-cidr-rules.yaml). */
    static Scenario adminTierEgressInlineCIDRPeers() {
        return new Scenario("CNPAdminTierEgressInlineCIDRPeers", World.of(inlineCidr(Tier.ADMIN)),
                step("a 'deny-egress' rule policy for egress-cidr-peer", NONE,
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 53/UDP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 9003/SCTP closed",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-0 53/UDP closed",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-0 9003/SCTP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 53/UDP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 9003/SCTP open"),
                step("... with slytherin relabelled, its Accept no longer matches", relabelNamespace("slytherin", "denied-namespace-label"),
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 53/UDP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 9003/SCTP closed"),
                step("... and with the label back", relabelNamespace("slytherin", "slytherin"),
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 53/UDP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 9003/SCTP open"),
                step("an 'allow-egress' rule policy for egress-cidr-peer", prepend("inline-cidr-as-peers-example", EGRESS, acceptTwoPodIps()),
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 53/UDP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 9003/SCTP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-0 53/UDP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-0 9003/SCTP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 80/TCP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 53/UDP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 9003/SCTP closed",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 80/TCP closed",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 53/UDP closed",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 9003/SCTP closed"));
    }

    /** CNPAdminTierEgressSCTP (admin_tier/standard-egress-sctp-rules.yaml). */
    static Scenario adminTierEgressSCTP() {
        return new Scenario("CNPAdminTierEgressSCTP", World.of(sevenRules("egress-sctp", 8, "ravenclaw", EGRESS, "gryffindor", "slytherin", "hufflepuff", SCTP, 9003, 9003)),
                step("an 'allow-egress' policy for SCTP protocol; ensure rule ordering is respected", NONE,
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-0 9003/SCTP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 9005/SCTP open"),
                step("an 'allow-egress' policy for SCTP protocol at the specified port", NONE,
                        "ravenclaw/luna-lovegood-0 -> hufflepuff/cedric-diggory-1 9003/SCTP open",
                        "ravenclaw/luna-lovegood-1 -> hufflepuff/cedric-diggory-1 9005/SCTP closed"),
                step("an 'deny-egress' policy for SCTP protocol; ensure rule ordering is respected", swap("egress-sctp", EGRESS, 0, 1),
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-1 9003/SCTP closed",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-1 9005/SCTP closed"),
                step("a 'deny-egress' policy for SCTP protocol at the specified port", NONE,
                        "ravenclaw/luna-lovegood-0 -> slytherin/draco-malfoy-0 9003/SCTP closed",
                        "ravenclaw/luna-lovegood-1 -> slytherin/draco-malfoy-0 9005/SCTP open"),
                step("an 'pass-egress' policy for SCTP protocol; ensure rule ordering is respected", swap("egress-sctp", EGRESS, 0, 2),
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-1 9003/SCTP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-1 9005/SCTP open"),
                step("a 'pass-egress' policy for SCTP protocol at the specified port", swap("egress-sctp", EGRESS, 3, 4),
                        "ravenclaw/luna-lovegood-0 -> slytherin/draco-malfoy-0 9003/SCTP open",
                        "ravenclaw/luna-lovegood-1 -> slytherin/draco-malfoy-0 9005/SCTP open"));
    }

    /** CNPAdminTierEgressTCP (admin_tier/standard-egress-tcp-rules.yaml). */
    static Scenario adminTierEgressTCP() {
        return new Scenario("CNPAdminTierEgressTCP", World.of(sevenRules("egress-tcp", 6, "gryffindor", EGRESS, "ravenclaw", "slytherin", "hufflepuff", TCP, 80, 8080)),
                step("an 'allow-egress' policy for TCP protocol; ensure rule ordering is respected", NONE,
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 8080/TCP open"),
                step("an 'allow-egress' policy for TCP protocol at the specified port", NONE,
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 8080/TCP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 80/TCP closed"),
                step("an 'deny-egress' policy for TCP protocol; ensure rule ordering is respected", swap("egress-tcp", EGRESS, 0, 1),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-1 80/TCP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 8080/TCP closed"),
                step("a 'deny-egress' policy for TCP protocol at the specified port", NONE,
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP open"),
                step("an 'pass-egress' policy for TCP protocol; ensure rule ordering is respected", swap("egress-tcp", EGRESS, 0, 2),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 8080/TCP open"),
                step("a 'pass-egress' policy for TCP protocol at the specified port", swap("egress-tcp", EGRESS, 3, 4),
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP open"));
    }

    /** CNPAdminTierEgressUDP (admin_tier/standard-egress-udp-rules.yaml). */
    static Scenario adminTierEgressUDP() {
        return new Scenario("CNPAdminTierEgressUDP", World.of(sevenRules("egress-udp", 7, "hufflepuff", EGRESS, "ravenclaw", "slytherin", "gryffindor", UDP, 5353, 53)),
                step("an 'allow-egress' policy for UDP protocol; ensure rule ordering is respected", NONE,
                        "hufflepuff/cedric-diggory-0 -> ravenclaw/luna-lovegood-0 53/UDP open",
                        "hufflepuff/cedric-diggory-1 -> ravenclaw/luna-lovegood-0 5353/UDP open"),
                step("an 'allow-egress' policy for UDP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 53/UDP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 5353/UDP closed"),
                step("an 'deny-egress' policy for UDP protocol; ensure rule ordering is respected", swap("egress-udp", EGRESS, 0, 1),
                        "hufflepuff/cedric-diggory-0 -> ravenclaw/luna-lovegood-1 53/UDP closed",
                        "hufflepuff/cedric-diggory-1 -> ravenclaw/luna-lovegood-1 5353/UDP closed"),
                step("a 'deny-egress' policy for UDP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> slytherin/draco-malfoy-0 5353/UDP closed",
                        "hufflepuff/cedric-diggory-1 -> slytherin/draco-malfoy-0 53/UDP open"),
                step("an 'pass-egress' policy for UDP protocol; ensure rule ordering is respected", swap("egress-udp", EGRESS, 0, 2),
                        "hufflepuff/cedric-diggory-0 -> ravenclaw/luna-lovegood-1 5353/UDP open",
                        "hufflepuff/cedric-diggory-1 -> ravenclaw/luna-lovegood-1 53/UDP open"),
                step("a 'pass-egress' policy for UDP protocol at the specified port", swap("egress-udp", EGRESS, 3, 4),
                        "hufflepuff/cedric-diggory-0 -> slytherin/draco-malfoy-0 5353/UDP open",
                        "hufflepuff/cedric-diggory-1 -> slytherin/draco-malfoy-0 53/UDP open"));
    }

    /** CNPAdminTierGress (admin_tier/standard-gress-rules-combined.yaml). */
    static Scenario adminTierGress() {
        return new Scenario("CNPAdminTierGress", World.of(gress(Tier.ADMIN)),
                step("an 'allow-gress' policy across different protocols", NONE,
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 53/UDP open",
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 9003/SCTP open",
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 53/UDP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 9003/SCTP open"),
                step("an 'allow-gress' policy across different protocols at the specified ports", NONE,
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 8080/TCP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 80/TCP closed",
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 5353/UDP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 53/UDP closed",
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 9003/SCTP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 9005/SCTP closed",
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 80/TCP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 8080/TCP closed",
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 5353/UDP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 53/UDP closed",
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 9003/SCTP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 9005/SCTP closed"),
                step("an 'deny-gress' policy across different protocols", all(swap("gress-rules", EGRESS, 0, 1), swap("gress-rules", INGRESS, 0, 1)),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-1 80/TCP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 53/UDP closed",
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-1 9003/SCTP closed",
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-1 80/TCP closed",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-1 53/UDP closed",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-1 9003/SCTP closed"),
                step("a 'deny-gress' policy across different protocols at the specified ports", NONE,
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP open",
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 53/UDP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 5353/UDP open",
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 9003/SCTP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 9005/SCTP open",
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP open",
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 53/UDP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 5353/UDP open",
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 9003/SCTP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 9005/SCTP open"),
                step("an 'pass-gress' policy across different protocols", all(swap("gress-rules", EGRESS, 0, 2), swap("gress-rules", INGRESS, 0, 2)),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 80/TCP open",
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 5353/UDP open",
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 9003/SCTP open",
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 53/UDP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 9003/SCTP open"),
                step("a 'pass-gress' policy across different protocols at the specified ports", all(swap("gress-rules", EGRESS, 3, 4), swap("gress-rules", INGRESS, 3, 4)),
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP open",
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 53/UDP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 5353/UDP open",
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 9003/SCTP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 9005/SCTP open",
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP open",
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 53/UDP open",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 5353/UDP open",
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 9003/SCTP open",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 9005/SCTP open"));
    }

    /** CNPAdminTierIngressSCTP (admin_tier/standard-ingress-sctp-rules.yaml). */
    static Scenario adminTierIngressSCTP() {
        return new Scenario("CNPAdminTierIngressSCTP", World.of(sevenRules("ingress-sctp", 5, "ravenclaw", INGRESS, "gryffindor", "slytherin", "hufflepuff", SCTP, 9003, 9003)),
                step("an 'allow-ingress' policy for SCTP protocol; ensure rule ordering is respected", NONE,
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 9003/SCTP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 9005/SCTP open"),
                step("an 'allow-ingress' policy for SCTP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> ravenclaw/luna-lovegood-1 9003/SCTP open",
                        "hufflepuff/cedric-diggory-1 -> ravenclaw/luna-lovegood-1 9005/SCTP closed"),
                step("an 'deny-ingress' policy for SCTP protocol; ensure rule ordering is respected", swap("ingress-sctp", INGRESS, 0, 1),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-1 9003/SCTP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 9005/SCTP closed"),
                step("a 'deny-ingress' policy for SCTP protocol at the specified port", NONE,
                        "slytherin/draco-malfoy-0 -> ravenclaw/luna-lovegood-0 9003/SCTP closed",
                        "slytherin/draco-malfoy-1 -> ravenclaw/luna-lovegood-0 9005/SCTP open"),
                step("an 'pass-ingress' policy for SCTP protocol; ensure rule ordering is respected", swap("ingress-sctp", INGRESS, 0, 2),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-1 9003/SCTP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 9005/SCTP open"),
                step("a 'pass-ingress' policy for SCTP protocol at the specified port", swap("ingress-sctp", INGRESS, 3, 4),
                        "slytherin/draco-malfoy-0 -> ravenclaw/luna-lovegood-0 9003/SCTP open",
                        "slytherin/draco-malfoy-1 -> ravenclaw/luna-lovegood-0 9005/SCTP open"));
    }

    /** CNPAdminTierIngressTCP (admin_tier/standard-ingress-tcp-rules.yaml). */
    static Scenario adminTierIngressTCP() {
        return new Scenario("CNPAdminTierIngressTCP", World.of(sevenRules("ingress-tcp", 3, "gryffindor", INGRESS, "ravenclaw", "slytherin", "hufflepuff", TCP, 80, 80)),
                step("an 'allow-ingress' policy for TCP protocol; ensure rule ordering is respected", NONE,
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 8080/TCP open"),
                step("an 'allow-ingress' policy for TCP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 80/TCP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 8080/TCP closed"),
                step("an 'deny-ingress' policy for TCP protocol; ensure rule ordering is respected", swap("ingress-tcp", INGRESS, 0, 1),
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-1 80/TCP closed",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-1 8080/TCP closed"),
                step("a 'deny-ingress' policy for TCP protocol at the specified port", NONE,
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP open"),
                step("an 'pass-ingress' policy for TCP protocol; ensure rule ordering is respected", swap("ingress-tcp", INGRESS, 0, 2),
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 8080/TCP open"),
                step("a 'pass-ingress' policy for TCP protocol at the specified port", swap("ingress-tcp", INGRESS, 3, 4),
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP open"));
    }

    /** CNPAdminTierIngressUDP (admin_tier/standard-ingress-udp-rules.yaml). */
    static Scenario adminTierIngressUDP() {
        return new Scenario("CNPAdminTierIngressUDP", World.of(sevenRules("ingress-udp", 4, "hufflepuff", INGRESS, "ravenclaw", "slytherin", "gryffindor", UDP, 5353, 53)),
                step("an 'allow-ingress' policy for UDP protocol; ensure rule ordering is respected", NONE,
                        "ravenclaw/luna-lovegood-0 -> hufflepuff/cedric-diggory-0 53/UDP open",
                        "ravenclaw/luna-lovegood-1 -> hufflepuff/cedric-diggory-0 5353/UDP open"),
                step("an 'allow-ingress' policy for UDP protocol at the specified port", NONE,
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 53/UDP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 5353/UDP closed"),
                step("an 'deny-ingress' policy for UDP protocol; ensure rule ordering is respected", swap("ingress-udp", INGRESS, 0, 1),
                        "ravenclaw/luna-lovegood-0 -> hufflepuff/cedric-diggory-1 53/UDP closed",
                        "ravenclaw/luna-lovegood-1 -> hufflepuff/cedric-diggory-1 5353/UDP closed"),
                step("a 'deny-ingress' policy for UDP protocol at the specified port", NONE,
                        "slytherin/draco-malfoy-0 -> hufflepuff/cedric-diggory-0 5353/UDP closed",
                        "slytherin/draco-malfoy-1 -> hufflepuff/cedric-diggory-0 53/UDP open"),
                step("an 'pass-ingress' policy for UDP protocol; ensure rule ordering is respected", swap("ingress-udp", INGRESS, 0, 2),
                        "ravenclaw/luna-lovegood-0 -> hufflepuff/cedric-diggory-1 5353/UDP open",
                        "ravenclaw/luna-lovegood-1 -> hufflepuff/cedric-diggory-1 53/UDP open"),
                step("a 'pass-ingress' policy for UDP protocol at the specified port", swap("ingress-udp", INGRESS, 3, 4),
                        "slytherin/draco-malfoy-0 -> hufflepuff/cedric-diggory-0 5353/UDP open",
                        "slytherin/draco-malfoy-1 -> hufflepuff/cedric-diggory-0 53/UDP open"));
    }

    /** CNPAdminTierIntegration (api_integration/standard-anp-np-banp.yaml). */
    static Scenario adminTierIntegration() {
        return new Scenario("CNPAdminTierIntegration", World.of(integration().toArray()),
                step("Deny traffic from slytherin to gryffindor respecting admin CNP", NONE,
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP closed"),
                step("Deny traffic to slytherin from gryffindor respecting admin CNP", NONE,
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP closed"),
                step("a 'pass-ingress' policy for admin CNP and respect the match for network policy", action("pass-example", INGRESS, 0, RuleAction.PASS),
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP open"),
                step("a 'pass-egress' policy for admin CNP and respect the match for network policy", action("pass-example", EGRESS, 0, RuleAction.PASS),
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP open"),
                step("a 'pass-ingress' policy for admin CNP and respect the match for baseline cluster network policy",
                        deleteNetworkPolicy("allow-gress-from-to-slytherin-to-gryffindor"),
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP closed"),
                step("a 'pass-egress' policy for admin CNP and respect the match for baseline cluster network policy", NONE,
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP closed"));
    }

    /** CNPAdminTierPriorityField (admin_tier/standard-priority-field.yaml). */
    static Scenario adminTierPriorityField() {
        return new Scenario("CNPAdminTierPriorityField", World.of(priorities().toArray()),
                step("Deny traffic from slytherin to gryffindor respecting admin CNP", NONE,
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP closed"),
                step("Deny traffic to slytherin from gryffindor respecting admin CNP", NONE,
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP closed"),
                step("respect admin CNP priority field; thus passing both ingress and egress traffic over to baseline CNP", priority("old-priority-60-new-priority-40-example", 40),
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP open",
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP open"));
    }
}
