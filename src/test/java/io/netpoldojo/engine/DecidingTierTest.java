package io.netpoldojo.engine;

import static io.netpoldojo.engine.TestClusters.from;
import static io.netpoldojo.engine.TestClusters.namespaces;
import static io.netpoldojo.engine.TestClusters.policy;
import static io.netpoldojo.engine.TierClusters.accept;
import static io.netpoldojo.engine.TierClusters.admin;
import static io.netpoldojo.engine.TierClusters.baseline;
import static io.netpoldojo.engine.TierClusters.deny;
import static io.netpoldojo.engine.TierClusters.namespacesPeer;
import static io.netpoldojo.engine.TierClusters.pass;
import static io.netpoldojo.engine.TierClusters.tcp;
import static io.netpoldojo.engine.model.Direction.EGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PortFilter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which ClusterNetworkPolicy tier an arrow's badge names ({@link Verdict#decidingTier()}): the
 * outcome rests on both sides when allowed and only on the denying sides when denied; Admin is
 * named before Baseline. One row per rule, in the {@link TestClusters#shop} cluster.
 */
class DecidingTierTest {

    /** {@code tier}: "Admin", "Baseline" or "" (NetworkPolicies or the default decided). */
    record Case(String rule, List<Object> policies, String from, String to, String port, boolean allowed,
                String tier) {
        @Override
        public String toString() {
            return rule + ": " + from + " -> " + to + " " + port + " = " + (allowed ? "allowed" : "denied") + ", "
                    + (tier.isEmpty() ? "no tier" : tier);
        }
    }

    private static final NetworkPolicy NP_DENY_INGRESS_PROD = policy("prod/default-deny-ingress").build();
    private static final NetworkPolicy NP_DENY_EGRESS_DEV = policy("dev/default-deny-egress").types(EGRESS).build();
    private static final NetworkPolicy NP_ALLOW_DEV_TO_MYSQL = policy("prod/allow-dev").selecting("app=mysql")
            .ingress(from(namespaces("env=dev"))).build();
    private static final ClusterNetworkPolicy ADMIN_DENY_DEV_TO_PROD = admin("protect-prod", 10)
            .subjectNamespaces("env=prod").ingress(deny(namespacesPeer("env=dev"))).build();
    private static final ClusterNetworkPolicy ADMIN_ACCEPT_DEV_OUT = admin("dev-out", 10)
            .subjectNamespaces("env=dev").egress(accept(namespacesPeer("env=prod"))).build();
    private static final ClusterNetworkPolicy ADMIN_PASS_DEV_TO_PROD = admin("delegate", 10)
            .subjectNamespaces("env=prod").ingress(pass(namespacesPeer("env=dev"))).build();
    private static final ClusterNetworkPolicy BASELINE_DENY_INGRESS = baseline("default-deny", 100)
            .ingress(deny(namespacesPeer(""))).build();
    private static final ClusterNetworkPolicy BASELINE_DENY_DEV_OUT = baseline("dev-deny-out", 100)
            .subjectNamespaces("env=dev").egress(deny(namespacesPeer(""))).build();
    private static final ClusterNetworkPolicy BASELINE_ACCEPT_DEV_OUT = baseline("dev-accept-out", 100)
            .subjectNamespaces("env=dev").egress(accept(namespacesPeer(""))).build();

    static Stream<Case> cases() {
        String dev = "dev/client";
        String mysql = "prod/mysql";
        return Stream.of(
                new Case("no ClusterNetworkPolicy: no tier", List.of(NP_ALLOW_DEV_TO_MYSQL), dev, mysql, "3306/TCP",
                        true, ""),
                new Case("an Admin Deny on the ingress side", List.of(ADMIN_DENY_DEV_TO_PROD, NP_ALLOW_DEV_TO_MYSQL),
                        dev, mysql, "3306/TCP", false, "Admin"),
                new Case("an allowed arrow rests on both sides: an Admin Accept at the source",
                        List.of(ADMIN_ACCEPT_DEV_OUT, NP_DENY_EGRESS_DEV), dev, mysql, "3306/TCP", true, "Admin"),
                new Case("a denied arrow rests on the denying side only: the NetworkPolicy's, not the Admin Accept",
                        List.of(ADMIN_ACCEPT_DEV_OUT, NP_DENY_INGRESS_PROD), dev, mysql, "3306/TCP", false, ""),
                new Case("a Baseline Deny where no NetworkPolicy isolates", List.of(BASELINE_DENY_INGRESS), dev, mysql,
                        "3306/TCP", false, "Baseline"),
                new Case("a NetworkPolicy isolating the pod decides before Baseline",
                        List.of(BASELINE_DENY_INGRESS, NP_ALLOW_DEV_TO_MYSQL), dev, mysql, "3306/TCP", true, ""),
                new Case("an Admin Pass hands it to the NetworkPolicies, which decide",
                        List.of(ADMIN_PASS_DEV_TO_PROD, NP_ALLOW_DEV_TO_MYSQL), dev, mysql, "3306/TCP", true, ""),
                new Case("an Admin Pass hands it to Baseline, which decides",
                        List.of(ADMIN_PASS_DEV_TO_PROD, BASELINE_DENY_INGRESS), dev, mysql, "3306/TCP", false,
                        "Baseline"),
                new Case("both sides deny, Baseline at the source and Admin at the destination: Admin is named",
                        List.of(BASELINE_DENY_DEV_OUT, ADMIN_DENY_DEV_TO_PROD), dev, mysql, "3306/TCP", false, "Admin"),
                new Case("both sides deny, Baseline at the source and a NetworkPolicy at the destination",
                        List.of(BASELINE_DENY_DEV_OUT, NP_DENY_INGRESS_PROD), dev, mysql, "3306/TCP", false,
                        "Baseline"),
                new Case("allowed by a Baseline Accept at the source and the default at the destination",
                        List.of(BASELINE_ACCEPT_DEV_OUT), dev, mysql, "3306/TCP", true, "Baseline"),
                new Case("a pod reaching itself: nothing decides", List.of(BASELINE_DENY_INGRESS), mysql, mysql,
                        "3306/TCP", true, ""),
                new Case("an outside address: no ClusterNetworkPolicy selects it or matches it",
                        List.of(BASELINE_DENY_INGRESS), "alb", mysql, "3306/TCP", true, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBadgeNamesTheTierTheOutcomeRestsOn(Case c) {
        Engine engine = engine(c.policies());
        Verdict v = engine.evaluate(c.from(), c.to(), Port.parse(c.port()).orElseThrow());
        assertEquals(c.allowed(), v.allowed(), () -> c + "\n" + v.reason());
        assertEquals(c.tier(), v.decidingTier().map(Tier::apiName).orElse(""), () -> c + "\n" + v.reason());
        if (!c.from().equals(c.to())) { // the canvas draws no arrow from a pod to itself
            Connection arrow = ConnectionMap.compute(engine, PortFilter.of(Port.parse(c.port()).orElseThrow()))
                    .get(c.from(), c.to()).orElseThrow();
            assertEquals(v.decidingTier(), arrow.decidingTier(), "the canvas's arrow carries the same tier: " + c);
        }
    }

    /** An arrow stands for every port of its destination: Admin on one port is named before Baseline on another. */
    @Test
    void anArrowOverManyPortsNamesAdminBeforeBaseline() {
        ClusterNetworkPolicy adminMetrics = admin("no-metrics", 10).subjectNamespaces("env=prod")
                .ingress(deny(namespacesPeer("env=dev"), tcp(9090))).build();
        ConnectionMap map = ConnectionMap.compute(engine(List.of(BASELINE_DENY_INGRESS, adminMetrics)),
                PortFilter.OWN_PORTS);
        Connection backend = map.get("dev/client", "prod/backend").orElseThrow();
        assertEquals(List.of(Port.parse("8080/TCP").orElseThrow(), Port.parse("9090/TCP").orElseThrow()),
                backend.deniedPorts());
        assertEquals(Optional.of(Tier.ADMIN), backend.decidingTier());
        assertEquals(Optional.of(Tier.BASELINE), map.get("dev/client", "prod/mysql").orElseThrow().decidingTier());
        assertEquals(Optional.empty(), map.get("prod/mysql", "prod/backend").orElseThrow().decidingTier().filter(
                t -> t == Tier.ADMIN), "no-metrics is about dev only");
    }

    private static Engine engine(List<Object> policies) {
        return TierClusters.shopEngine(policies);
    }
}
