package io.netpoldojo.engine.conformance;

import static io.netpoldojo.engine.conformance.ConformancePolicies.acceptTwoPodIps;
import static io.netpoldojo.engine.conformance.ConformancePolicies.fiveRules;
import static io.netpoldojo.engine.conformance.ConformancePolicies.gress;
import static io.netpoldojo.engine.conformance.ConformancePolicies.inlineCidr;
import static io.netpoldojo.engine.conformance.ConformanceWorld.NONE;
import static io.netpoldojo.engine.conformance.ConformanceWorld.all;
import static io.netpoldojo.engine.conformance.ConformanceWorld.namedPort;
import static io.netpoldojo.engine.conformance.ConformanceWorld.prepend;
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
import io.netpoldojo.engine.model.Tier;
import java.util.List;

/**
 * The Baseline-tier conformance tests of kubernetes-sigs/network-policy-api ({@code conformance/tests}),
 * transcribed: each scenario is one test's ShortName, each step one of its t.Run blocks with the
 * change it makes to the policies (changes add up) and the servers it pokes, with the same
 * expectations. The steps about {@code nodes} peers (experimental, host-network pods) are left
 * out: NetPol Dojo models no nodes.
 */
final class ConformanceBaselineScenarios {
    private ConformanceBaselineScenarios() {}

    static List<Scenario> scenarios() {
        return List.of(baselineTierEgressNamedPort(), baselineTierIngressNamedPort(), baselineTierEgressInlineCIDRPeers(), baselineTierEgressSCTP(), baselineTierEgressTCP(), baselineTierEgressUDP(), baselineTierGress(), baselineTierIngressSCTP(), baselineTierIngressTCP(), baselineTierIngressUDP());
    }

    /** CNPBaselineTierEgressNamedPort (baseline_tier/standard-egress-udp-rules.yaml, baseline_tier/experimental-egress-selector-rules.yaml). */
    static Scenario baselineTierEgressNamedPort() {
        return new Scenario("CNPBaselineTierEgressNamedPort", World.of(fiveRules("hufflepuff", EGRESS, "ravenclaw", "slytherin", "gryffindor", UDP, 5353, 53)),
                step("an 'allow-egress' policy for named port", namedPort("default", EGRESS, 3, "dns"),
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 53/UDP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 5353/UDP closed"));
    }

    /** CNPBaselineTierIngressNamedPort (baseline_tier/standard-ingress-tcp-rules.yaml). */
    static Scenario baselineTierIngressNamedPort() {
        return new Scenario("CNPBaselineTierIngressNamedPort", World.of(fiveRules("gryffindor", INGRESS, "ravenclaw", "slytherin", "hufflepuff", TCP, 80, 80)),
                step("an 'allow-ingress' policy for named port", namedPort("default", INGRESS, 3, "web"),
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 80/TCP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 8080/TCP closed"));
    }

    /** CNPBaselineTierEgressInlineCIDRPeers (baseline_tier/standard-egress-inline-cidr-rules.yaml). */
    static Scenario baselineTierEgressInlineCIDRPeers() {
        return new Scenario("CNPBaselineTierEgressInlineCIDRPeers", World.of(inlineCidr(Tier.BASELINE)),
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
                step("an 'allow-egress' rule policy for egress-cidr-peer", prepend("default", EGRESS, acceptTwoPodIps()),
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

    /** CNPBaselineTierEgressSCTP (baseline_tier/standard-egress-sctp-rules.yaml). */
    static Scenario baselineTierEgressSCTP() {
        return new Scenario("CNPBaselineTierEgressSCTP", World.of(fiveRules("ravenclaw", EGRESS, "gryffindor", "slytherin", "hufflepuff", SCTP, 9003, 9003)),
                step("an 'allow-egress' policy for SCTP protocol; ensure rule ordering is respected", NONE,
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-0 9003/SCTP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 9005/SCTP open"),
                step("an 'allow-egress' policy for SCTP protocol at the specified port", NONE,
                        "ravenclaw/luna-lovegood-0 -> hufflepuff/cedric-diggory-1 9003/SCTP open",
                        "ravenclaw/luna-lovegood-1 -> hufflepuff/cedric-diggory-1 9005/SCTP closed"),
                step("an 'deny-egress' policy for SCTP protocol; ensure rule ordering is respected", swap("default", EGRESS, 0, 1),
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-1 9003/SCTP closed",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-1 9005/SCTP closed"),
                step("a 'deny-egress' policy for SCTP protocol at the specified port", NONE,
                        "ravenclaw/luna-lovegood-0 -> slytherin/draco-malfoy-0 9003/SCTP closed",
                        "ravenclaw/luna-lovegood-1 -> slytherin/draco-malfoy-0 9005/SCTP open"));
    }

    /** CNPBaselineTierEgressTCP (baseline_tier/standard-egress-tcp-rules.yaml). */
    static Scenario baselineTierEgressTCP() {
        return new Scenario("CNPBaselineTierEgressTCP", World.of(fiveRules("gryffindor", EGRESS, "ravenclaw", "slytherin", "hufflepuff", TCP, 80, 8080)),
                step("an 'allow-egress' policy for TCP protocol; ensure rule ordering is respected", NONE,
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 80/TCP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 8080/TCP open"),
                step("an 'allow-egress' policy for TCP protocol at the specified port", NONE,
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 8080/TCP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 80/TCP closed"),
                step("an 'deny-egress' policy for TCP protocol; ensure rule ordering is respected", swap("default", EGRESS, 0, 1),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-1 80/TCP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 8080/TCP closed"),
                step("a 'deny-egress' policy for TCP protocol at the specified port", NONE,
                        "gryffindor/harry-potter-0 -> slytherin/draco-malfoy-0 80/TCP closed",
                        "gryffindor/harry-potter-1 -> slytherin/draco-malfoy-0 8080/TCP open"));
    }

    /** CNPBaselineTierEgressUDP (baseline_tier/standard-egress-udp-rules.yaml). */
    static Scenario baselineTierEgressUDP() {
        return new Scenario("CNPBaselineTierEgressUDP", World.of(fiveRules("hufflepuff", EGRESS, "ravenclaw", "slytherin", "gryffindor", UDP, 5353, 53)),
                step("an 'allow-egress' policy for UDP protocol; ensure rule ordering is respected", NONE,
                        "hufflepuff/cedric-diggory-0 -> ravenclaw/luna-lovegood-0 53/UDP open",
                        "hufflepuff/cedric-diggory-1 -> ravenclaw/luna-lovegood-0 5353/UDP open"),
                step("an 'allow-egress' policy for UDP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 53/UDP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 5353/UDP closed"),
                step("an 'deny-egress' policy for UDP protocol; ensure rule ordering is respected", swap("default", EGRESS, 0, 1),
                        "hufflepuff/cedric-diggory-0 -> ravenclaw/luna-lovegood-1 53/UDP closed",
                        "hufflepuff/cedric-diggory-1 -> ravenclaw/luna-lovegood-1 5353/UDP closed"),
                step("a 'deny-egress' policy for UDP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> slytherin/draco-malfoy-0 5353/UDP closed",
                        "hufflepuff/cedric-diggory-1 -> slytherin/draco-malfoy-0 53/UDP open"));
    }

    /** CNPBaselineTierGress (baseline_tier/standard-gress-rules-combined.yaml). */
    static Scenario baselineTierGress() {
        return new Scenario("CNPBaselineTierGress", World.of(gress(Tier.BASELINE)),
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
                step("an 'deny-gress' policy across different protocols", all(swap("default", EGRESS, 0, 1), swap("default", INGRESS, 0, 1)),
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
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 9005/SCTP open"));
    }

    /** CNPBaselineTierIngressSCTP (baseline_tier/standard-ingress-sctp-rules.yaml). */
    static Scenario baselineTierIngressSCTP() {
        return new Scenario("CNPBaselineTierIngressSCTP", World.of(fiveRules("ravenclaw", INGRESS, "gryffindor", "slytherin", "hufflepuff", SCTP, 9003, 9003)),
                step("an 'allow-ingress' policy for SCTP protocol; ensure rule ordering is respected", NONE,
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-0 9003/SCTP open",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-0 9005/SCTP open"),
                step("an 'allow-ingress' policy for SCTP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> ravenclaw/luna-lovegood-1 9003/SCTP open",
                        "hufflepuff/cedric-diggory-1 -> ravenclaw/luna-lovegood-1 9005/SCTP closed"),
                step("an 'deny-ingress' policy for SCTP protocol; ensure rule ordering is respected", swap("default", INGRESS, 0, 1),
                        "gryffindor/harry-potter-0 -> ravenclaw/luna-lovegood-1 9003/SCTP closed",
                        "gryffindor/harry-potter-1 -> ravenclaw/luna-lovegood-1 9005/SCTP closed"),
                step("a 'deny-ingress' policy for SCTP protocol at the specified port", NONE,
                        "slytherin/draco-malfoy-0 -> ravenclaw/luna-lovegood-0 9003/SCTP closed",
                        "slytherin/draco-malfoy-1 -> ravenclaw/luna-lovegood-0 9005/SCTP open"));
    }

    /** CNPBaselineTierIngressTCP (baseline_tier/standard-ingress-tcp-rules.yaml). */
    static Scenario baselineTierIngressTCP() {
        return new Scenario("CNPBaselineTierIngressTCP", World.of(fiveRules("gryffindor", INGRESS, "ravenclaw", "slytherin", "hufflepuff", TCP, 80, 80)),
                step("an 'allow-ingress' policy for TCP protocol; ensure rule ordering is respected", NONE,
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-0 80/TCP open",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-0 8080/TCP open"),
                step("an 'allow-ingress' policy for TCP protocol at the specified port", NONE,
                        "hufflepuff/cedric-diggory-0 -> gryffindor/harry-potter-1 80/TCP open",
                        "hufflepuff/cedric-diggory-1 -> gryffindor/harry-potter-1 8080/TCP closed"),
                step("an 'deny-ingress' policy for TCP protocol; ensure rule ordering is respected", swap("default", INGRESS, 0, 1),
                        "ravenclaw/luna-lovegood-0 -> gryffindor/harry-potter-1 80/TCP closed",
                        "ravenclaw/luna-lovegood-1 -> gryffindor/harry-potter-1 8080/TCP closed"),
                step("a 'deny-ingress' policy for TCP protocol at the specified port", NONE,
                        "slytherin/draco-malfoy-0 -> gryffindor/harry-potter-0 80/TCP closed",
                        "slytherin/draco-malfoy-1 -> gryffindor/harry-potter-0 8080/TCP open"));
    }

    /** CNPBaselineTierIngressUDP (baseline_tier/standard-ingress-udp-rules.yaml). */
    static Scenario baselineTierIngressUDP() {
        return new Scenario("CNPBaselineTierIngressUDP", World.of(fiveRules("hufflepuff", INGRESS, "ravenclaw", "slytherin", "gryffindor", UDP, 5353, 53)),
                step("an 'allow-ingress' policy for UDP protocol; ensure rule ordering is respected", NONE,
                        "ravenclaw/luna-lovegood-0 -> hufflepuff/cedric-diggory-0 53/UDP open",
                        "ravenclaw/luna-lovegood-1 -> hufflepuff/cedric-diggory-0 5353/UDP open"),
                step("an 'allow-ingress' policy for UDP protocol at the specified port", NONE,
                        "gryffindor/harry-potter-0 -> hufflepuff/cedric-diggory-1 53/UDP open",
                        "gryffindor/harry-potter-1 -> hufflepuff/cedric-diggory-1 5353/UDP closed"),
                step("an 'deny-ingress' policy for UDP protocol; ensure rule ordering is respected", swap("default", INGRESS, 0, 1),
                        "ravenclaw/luna-lovegood-0 -> hufflepuff/cedric-diggory-1 53/UDP closed",
                        "ravenclaw/luna-lovegood-1 -> hufflepuff/cedric-diggory-1 5353/UDP closed"),
                step("a 'deny-ingress' policy for UDP protocol at the specified port", NONE,
                        "slytherin/draco-malfoy-0 -> hufflepuff/cedric-diggory-0 5353/UDP closed",
                        "slytherin/draco-malfoy-1 -> hufflepuff/cedric-diggory-0 53/UDP open"));
    }
}
