package io.netpoldojo.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceEditsTest {
    private static final Workspace TWO_ZONES = Workspace.EMPTY
            .withZone(new NamespaceZone(Namespace.named("shop"), new Rect(0, 0, 400, 400)))
            .withZone(new NamespaceZone(Namespace.named("admin"), new Rect(500, 0, 300, 300)))
            .withEndpoint(new PlacedEndpoint(Pod.of("shop", "web", Labels.of("app", "web"), "10.244.1.10",
                    ContainerPort.tcp(80)), new Point(100, 100)))
            .withEndpoint(new PlacedEndpoint(External.of("alb", "203.0.113.10"), new Point(100, 600)));

    @Test
    void droppingAPodIntoAnotherZoneMovesItToThatNamespace() {
        Workspace moved = TWO_ZONES.moveEndpoint("shop/web", new Point(600, 100));
        assertTrue(moved.endpoint("shop/web").isEmpty());
        Pod pod = (Pod) moved.endpoint("admin/web").orElseThrow().endpoint();
        assertEquals("admin", pod.namespace());
        assertEquals(new Point(600, 100), moved.endpoint("admin/web").get().at());
    }

    @Test
    void movingInsideTheSameZoneKeepsTheNamespace() {
        Workspace moved = TWO_ZONES.moveEndpoint("shop/web", new Point(200, 300));
        assertEquals(new Point(200, 300), moved.endpoint("shop/web").orElseThrow().at());
    }

    @Test
    void droppingOutsideEveryZoneKeepsTheNamespace() {
        Workspace moved = TWO_ZONES.moveEndpoint("shop/web", new Point(1000, 1000));
        assertTrue(moved.endpoint("shop/web").isPresent());
    }

    @Test
    void outsideEndpointsNeverJoinANamespace() {
        Workspace moved = TWO_ZONES.moveEndpoint("alb", new Point(100, 100));
        assertTrue(moved.endpoint("alb").isPresent());
    }

    @Test
    void aMovedPodWhoseNameIsTakenGetsAFreshName() {
        Workspace ws = TWO_ZONES.withEndpoint(new PlacedEndpoint(Pod.of("admin", "web", Labels.NONE, "10.244.2.10"),
                new Point(600, 50)));
        Workspace moved = ws.moveEndpoint("shop/web", new Point(650, 200));
        assertTrue(moved.endpoint("admin/web-2").isPresent());
        assertTrue(moved.endpoint("admin/web").isPresent());
    }

    @Test
    void renamingOntoAnExistingIdIsRefused() {
        Workspace ws = TWO_ZONES.withEndpoint(new PlacedEndpoint(Pod.of("shop", "api", Labels.NONE, "10.244.1.11"),
                new Point(200, 200)));
        assertThrows(IllegalArgumentException.class, () -> ws.replaceEndpoint("shop/api",
                e -> new PlacedEndpoint(Pod.of("shop", "web", Labels.NONE, "10.244.1.11"), e.at())));
    }

    @Test
    void deletingAZoneDeletesItsPods() {
        Workspace ws = TWO_ZONES.withoutZone("shop");
        assertEquals(List.of("alb"), ws.endpoints().stream().map(PlacedEndpoint::id).toList());
    }

    @Test
    void policiesKeepTheirOrderAndMove() {
        Workspace ws = TWO_ZONES.addPolicy(new PolicyDraft("a", "x", true)).addPolicy(new PolicyDraft("b", "y", true))
                .addPolicy(new PolicyDraft("c", "z", false));
        assertEquals(List.of("a", "c", "b"), ws.movePolicy("c", -1).policies().stream().map(PolicyDraft::key).toList());
        assertEquals(List.of("b", "c", "a"), ws.movePolicy("a", 5).policies().stream().map(PolicyDraft::key).toList());
        assertEquals("policy-4", ws.freshPolicyKey());
    }

    @Test
    void connectionChangesCountWhatADefaultDenyCloses() {
        Cluster open = new Cluster(List.of(Namespace.named("shop")), List.of(
                Pod.of("shop", "web", Labels.of("app", "web"), "10.244.1.10", ContainerPort.tcp(80)),
                Pod.of("shop", "db", Labels.of("app", "db"), "10.244.1.11", ContainerPort.tcp(3306)),
                External.of("alb", "203.0.113.10")), List.of());
        NetworkPolicy denyIngress = new NetworkPolicy("shop", "deny", LabelSelector.EVERYTHING,
                List.of(Direction.INGRESS), List.of(), List.of());
        ConnectionMap before = ConnectionMap.compute(new Engine(open), PortFilter.OWN_PORTS);
        ConnectionMap after = ConnectionMap.compute(new Engine(open.withPolicies(List.of(denyIngress))),
                PortFilter.OWN_PORTS);
        // web->db, db->web, alb->web, alb->db closed; web->alb and db->alb (443/TCP) stay open.
        ConnectionMap.Change change = after.changeFrom(before);
        assertEquals(List.of("shop/web->shop/db", "shop/db->shop/web", "alb->shop/web", "alb->shop/db"), change.closed());
        assertEquals("applying deny: opened 0, closed 4", change.summary("applying deny"));
        assertEquals(List.of(Port.tcp(443)), after.get("shop/web", "alb").orElseThrow().allowedPorts());
    }
}
