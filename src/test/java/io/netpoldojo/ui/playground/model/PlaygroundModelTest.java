package io.netpoldojo.ui.playground.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.Preset;
import io.netpoldojo.workspace.Starter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Playground's behaviour without a screen: what a person would see change, as data. */
class PlaygroundModelTest {
    static final String DENY_ALL = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-all
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """;
    static final String ALLOW_BACKEND = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: allow-frontend-to-backend
            spec:
              podSelector:
                matchLabels: {app: backend}
              policyTypes: [Ingress]
              ingress:
              - from:
                - podSelector:
                    matchLabels: {app: frontend}
                ports:
                - port: 8080
            """;
    static final String FRONTEND_EGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: frontend-egress
            spec:
              podSelector:
                matchLabels: {app: frontend}
              egress:
              - to:
                - podSelector:
                    matchLabels: {app: backend}
            """;

    private final PlaygroundModel model = new PlaygroundModel(new PolicyDrafts(), Starter.microservices());

    private Connection.State state(String from, String to) {
        return model.evaluation().connections().get(from, to).orElseThrow().state();
    }

    @Test
    void theStarterScenarioIsWideOpen() {
        assertEquals(0, model.evaluation().connections().count(Connection.State.DENIED));
        assertEquals(Connection.State.ALLOWED, state("default/frontend", "default/mysql"));
    }

    @Test
    void applyingPoliciesReportsWhatOpenedAndClosed() {
        model.addPolicies("add default deny all", List.of(DENY_ALL));
        assertEquals(Connection.State.DENIED, state("default/frontend", "default/backend"));
        assertEquals("add default deny all: opened 0, closed 20", model.statusProperty().get());
        assertEquals(20, model.lastChangeProperty().get().closed().size());

        model.addPolicies("add allow-frontend-to-backend", List.of(ALLOW_BACKEND, FRONTEND_EGRESS));
        assertEquals(Connection.State.ALLOWED, state("default/frontend", "default/backend"));
        assertEquals(List.of("default/frontend->default/backend"), model.lastChangeProperty().get().opened());
        assertEquals("add allow-frontend-to-backend: opened 1, closed 0", model.statusProperty().get());
    }

    @Test
    void switchingAPolicyOffAndUndoingIt() {
        model.addPolicies("add deny", List.of(DENY_ALL));
        String key = model.workspace().policies().get(0).key();
        model.setPolicyEnabled(key, false);
        assertEquals(Connection.State.ALLOWED, state("default/frontend", "default/backend"));
        assertEquals("switching off default-deny-all: opened 20, closed 0", model.statusProperty().get());
        model.undo();
        assertEquals(Connection.State.DENIED, state("default/frontend", "default/backend"));
        model.redo();
        assertEquals(Connection.State.ALLOWED, state("default/frontend", "default/backend"));
    }

    @Test
    void invalidTextIsKeptAndTheLastValidVersionStaysApplied() {
        model.addPolicies("add deny", List.of(DENY_ALL));
        String key = model.workspace().policies().get(0).key();
        String broken = DENY_ALL.replace("podSelector: {}", "podSelector: {matchLabels: {app: [oops]}}");
        model.setPolicyText(key, broken);
        assertEquals(broken, model.workspace().policy(key).orElseThrow().yaml());
        assertFalse(model.parsed(model.workspace().policy(key).orElseThrow()).valid());
        assertEquals(Connection.State.DENIED, state("default/frontend", "default/backend"));
    }

    @Test
    void typingInOnePolicyUndoesAsOneStep() {
        model.addPolicies("add deny", List.of(DENY_ALL));
        String key = model.workspace().policies().get(0).key();
        model.setPolicyText(key, DENY_ALL + "#1");
        model.setPolicyText(key, DENY_ALL + "#12");
        model.setPolicyText(key, DENY_ALL + "#123");
        model.undo();
        assertEquals(DENY_ALL, model.workspace().policy(key).orElseThrow().yaml());
    }

    @Test
    void steppingAppliesEnabledPoliciesOneAtATime() {
        model.addPolicies("add", List.of(DENY_ALL, ALLOW_BACKEND, FRONTEND_EGRESS));
        model.stepToStart();
        assertEquals(Connection.State.ALLOWED, state("default/frontend", "default/mysql"));
        model.stepForward();
        assertEquals(Connection.State.DENIED, state("default/frontend", "default/backend"));
        assertEquals("step 1 of 3: applying default-deny-all: opened 0, closed 20", model.statusProperty().get());
        model.stepForward();
        model.stepForward();
        assertEquals(PlaygroundModel.ALL, model.appliedLimitProperty().get());
        assertEquals(Connection.State.ALLOWED, state("default/frontend", "default/backend"));
        model.stepBack();
        assertEquals(Connection.State.DENIED, state("default/frontend", "default/backend"));
    }

    @Test
    void droppingAPresetIntoTheZoneAddsAPodThere() {
        String id = model.addPreset(Preset.REDIS, new Point(500, 300));
        assertEquals("default/redis-2", id);
        assertTrue(model.workspace().endpoint(id).isPresent());
        model.undo();
        assertTrue(model.workspace().endpoint(id).isEmpty());
    }

    @Test
    void aPodDroppedOutsideEveryZoneIsDrawnInsideTheZoneItJoins() {
        var zone = model.workspace().zone("default").orElseThrow().rect();
        Point farRight = new Point(zone.x() + zone.width() + 400, zone.y() + 100);
        String id = model.addPreset(Preset.REDIS, farRight);
        assertEquals("default/redis-2", id, "the nearest zone's namespace");
        // The zone as it is after the join: a full one grows a row for the pod, downwards only.
        var before = zone;
        zone = model.workspace().zone("default").orElseThrow().rect();
        assertEquals(List.of(before.x(), before.y(), before.width()), List.of(zone.x(), zone.y(), zone.width()),
                "the zone grows downwards, not towards the drop: " + before + " -> " + zone);
        assertTrue(zone.contains(model.workspace().endpoint(id).orElseThrow().at()), "drawn inside it, not beside it");
        assertEquals("add redis-2 to namespace default", model.undoDescriptionProperty().get());

        Point back = model.workspace().endpoint("default/frontend").orElseThrow().at();
        assertEquals("default/frontend", model.moveEndpoint("default/frontend", farRight));
        Point at = model.workspace().endpoint("default/frontend").orElseThrow().at();
        assertTrue(zone.contains(at), "a pod let go outside goes back inside its zone: " + at);
        model.undo();
        assertEquals(back, model.workspace().endpoint("default/frontend").orElseThrow().at());
    }

    /** The cards that a card centred at {@code at} would touch (cards are centred on their points). */
    private List<String> cardsUnder(String id) {
        Point at = model.workspace().endpoint(id).orElseThrow().at();
        return model.workspace().endpoints().stream().filter(e -> !e.id().equals(id))
                .filter(e -> Math.abs(e.at().x() - at.x()) < io.netpoldojo.diagram.Sizes.CARD_WIDTH
                        && Math.abs(e.at().y() - at.y()) < io.netpoldojo.diagram.Sizes.CARD_HEIGHT)
                .map(e -> e.id()).toList();
    }

    /**
     * A click on the palette adds the pod at its zone's top-left, in the nearest free spot: on the
     * starter that is a new row under mysql. It keeps 40 px clear of every other card, so the
     * arrows between it and its neighbours have a run of their own to see and click (16 px let it
     * sit 18 px under mysql, their arrows two stubs).
     */
    @Test
    void aPodAddedFromThePaletteKeepsClearOfEveryOtherCard() {
        var zone = model.workspace().zone("default").orElseThrow().rect();
        String id = model.addPreset(Preset.FRONTEND, new Point(zone.x() + 1, zone.y() + 1));
        Point at = model.workspace().endpoint(id).orElseThrow().at();
        for (var other : model.workspace().endpoints()) {
            if (!other.id().equals(id)) {
                double clear = Math.max(Math.abs(other.at().x() - at.x()) - io.netpoldojo.diagram.Sizes.CARD_WIDTH,
                        Math.abs(other.at().y() - at.y()) - io.netpoldojo.diagram.Sizes.CARD_HEIGHT);
                assertTrue(clear >= 40, id + " at " + at + " is " + clear + " px from " + other.id());
            }
        }
    }

    @Test
    void aDroppedPodLandsOnNoOtherCard() {
        var zone = model.workspace().zone("default").orElseThrow().rect();
        Point mysql = model.workspace().endpoint("default/mysql").orElseThrow().at();
        // Right onto mysql, and outside the zone level with it (it used to land on mysql's neighbour).
        for (Point drop : List.of(mysql, new Point(zone.x() + zone.width() + 300, mysql.y()),
                new Point(zone.x() - 300, mysql.y()))) {
            String id = model.addPreset(Preset.REDIS, drop);
            assertEquals(List.of(), cardsUnder(id), "dropped at " + drop);
            assertTrue(model.workspace().zone("default").orElseThrow().rect()
                    .contains(model.workspace().endpoint(id).orElseThrow().at()), "inside its zone");
        }
        // A move onto another card is let go beside it, as near as there is room.
        model.moveEndpoint("default/frontend", model.workspace().endpoint("default/backend").orElseThrow().at());
        assertEquals(List.of(), cardsUnder("default/frontend"));
        // Into a free spot, a drop lands exactly where it was let go.
        Point free = new Point(zone.x() + zone.width() - 100, zone.y() + 80).snapped(io.netpoldojo.workspace.AutoLayout.GRID);
        model.replaceWorkspace("one pod", model.workspace().withEndpoints(List.of(
                model.workspace().endpoint("default/mysql").orElseThrow())));
        String alone = model.addPreset(Preset.BACKEND, free);
        assertEquals(free, model.workspace().endpoint(alone).orElseThrow().at());
    }

    @Test
    void aFullZoneGrowsARowForTheDroppedPod() {
        var before = model.workspace().zone("default").orElseThrow().rect();
        Point at = new Point(before.x() + before.width() / 2, before.y() + before.height() / 2);
        List<String> added = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            added.add(model.addPreset(Preset.REDIS, at));
        }
        var after = model.workspace().zone("default").orElseThrow().rect();
        assertTrue(after.height() > before.height(), "the zone grew: " + before + " to " + after);
        for (String id : added) {
            assertEquals(List.of(), cardsUnder(id), id);
            assertTrue(after.contains(model.workspace().endpoint(id).orElseThrow().at()), id + " inside the zone");
        }
        String last = added.get(added.size() - 1);
        model.undo();
        assertTrue(model.workspace().endpoint(last).isEmpty());
        assertTrue(model.workspace().zone("default").orElseThrow().rect().height() <= after.height(),
                "one undo takes the pod and the zone's growth together");
    }

    @Test
    void onACanvasWithNoZoneANewPodGetsOneDrawnAroundIt() {
        model.replaceWorkspace("empty", io.netpoldojo.workspace.Workspace.EMPTY);
        String id = model.addPreset(Preset.REDIS, new Point(400, 300));
        assertEquals("default/redis", id);
        var zone = model.workspace().zone("default").orElseThrow().rect();
        assertTrue(zone.contains(new Point(400, 300)), zone.toString());
        model.undo();
        assertTrue(model.workspace().namespaces().isEmpty(), "one undo takes the pod and its zone");
    }

    @Test
    void relabellingAPodChangesWhatSelectsIt() {
        model.addPolicies("add", List.of(DENY_ALL, ALLOW_BACKEND, FRONTEND_EGRESS));
        model.setLabels("default/redis", Labels.of("app", "frontend"));
        assertEquals(Connection.State.ALLOWED, state("default/redis", "default/backend"));
    }

    @Test
    void aSinglePortFilterAsksAboutThatPortOnly() {
        model.addPolicies("add", List.of(DENY_ALL, ALLOW_BACKEND, FRONTEND_EGRESS));
        model.portFilterProperty().set(PortFilter.of(Port.tcp(9090)));
        assertEquals(Connection.State.DENIED, state("default/frontend", "default/backend"));
        assertEquals(List.of(Port.tcp(9090)),
                model.evaluation().connections().get("default/frontend", "default/backend").orElseThrow().deniedPorts());
    }

    @Test
    void explanationsComeFromTheEngine() {
        model.addPolicies("add", List.of(DENY_ALL));
        Connection c = model.evaluation().connections().get("default/frontend", "default/backend").orElseThrow();
        String text = String.join(" ", model.explain(c).get(0).sentences());
        assertTrue(text.contains("backend is isolated for ingress by default-deny-all"), text);
    }
}
