package io.netpoldojo.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The canvas's edits as pure operations on the microservices example, with and without its policies. */
class PolicyEditsTest {
    private final Cluster micro = SynthesizerTest.microservices();
    private final Cluster flat = micro.withPolicies(List.of());

    private static List<String> flows(List<Flow> flows) {
        return flows.stream().map(Flow::toString).toList();
    }

    private static List<String> changed(ProposedChange c) {
        return c.changes().stream().map(ch -> (ch.isNew() ? "new " : "changed ") + ch.after().id()).toList();
    }

    @Test
    void allowingAnArrowAddsARuleOnEachIsolatedSideAndOpensOnlyThatArrow() {
        ProposedChange c = new PolicyEdits(micro).allow("default/frontend", "default/mysql", Port.tcp(3306),
                PolicyEdits.Placement.ADD_TO_EXISTING);
        assertEquals(List.of("changed default/mysql", "changed default/frontend"), changed(c));
        assertEquals(List.of("default/frontend default/mysql 3306/TCP"), flows(c.opened()));
        assertEquals(List.of(), c.closed());
        assertEquals(List.of(
                "+   - from:",
                "+     - podSelector:",
                "+         matchLabels:",
                "+           app: frontend",
                "+     ports:",
                "+     - protocol: TCP",
                "+       port: 3306"), c.changes().get(0).diff().stream()
                .filter(l -> l.kind() != YamlDiff.Kind.SAME).map(Object::toString).toList());
        assertTrue(new Engine(c.applyTo(micro)).evaluate("default/frontend", "default/mysql", Port.tcp(3306)).allowed());
    }

    @Test
    void asNewPoliciesTheRulesGetTheirOwnPolicies() {
        ProposedChange c = new PolicyEdits(micro).allow("default/frontend", "default/mysql", Port.tcp(3306),
                PolicyEdits.Placement.NEW_POLICY);
        assertEquals(List.of("new default/allow-frontend-to-mysql", "new default/allow-egress-frontend-to-mysql"),
                changed(c));
        assertEquals(List.of("default/frontend default/mysql 3306/TCP"), flows(c.opened()));
    }

    @Test
    void aSideThatAlreadyAllowsIsLeftAlone() {
        ProposedChange c = new PolicyEdits(micro).allow("internet", "default/frontend", Port.tcp(80),
                PolicyEdits.Placement.ADD_TO_EXISTING);
        assertEquals(List.of("changed default/frontend"), changed(c));
        assertEquals(List.of("internet default/frontend 80/TCP"), flows(c.opened()));
        NetworkPolicy after = c.changes().get(0).after();
        assertEquals("ipBlock 198.51.100.7/32", after.ingress().get(1).peers().get(0).toString());
    }

    @Test
    void addingToAWiderPolicyIsRefusedForANewOne() {
        Cluster denyOnly = micro.withPolicies(micro.policies().stream()
                .filter(p -> p.name().equals("default-deny-all")).toList());
        ProposedChange c = new PolicyEdits(denyOnly).allow("default/frontend", "default/backend", Port.tcp(8080),
                PolicyEdits.Placement.ADD_TO_EXISTING);
        assertEquals(List.of("new default/allow-frontend-to-backend", "new default/allow-egress-frontend-to-backend"),
                changed(c));
        assertTrue(c.sentences().get(1).contains("no existing policy selects exactly backend"), c.sentences().get(1));
        assertEquals(List.of("default/frontend default/backend 8080/TCP"), flows(c.opened()));
    }

    @Test
    void letOnlyThisInIsolatesAnOpenDestinationAndAllowsJustThat() {
        ProposedChange c = new PolicyEdits(flat).allowOnly("default/frontend", "default/backend", Port.tcp(8080));
        assertEquals(List.of("new default/allow-frontend-to-backend"), changed(c));
        assertEquals(List.of(), c.opened());
        assertTrue(c.closed().stream().allMatch(f -> f.toId().equals("default/backend")));
        assertTrue(c.closed().stream().noneMatch(f -> f.fromId().equals("default/frontend")
                && f.port().equals(Port.tcp(8080))), "frontend on 8080 stays open");
        assertTrue(c.closed().stream().anyMatch(f -> f.fromId().equals("default/mysql")));
        ProposedChange isolated = new PolicyEdits(micro).allowOnly("default/frontend", "default/mysql", Port.tcp(3306));
        assertTrue(isolated.sentences().get(0).contains("isolated for ingress already"), isolated.sentences().get(0));
        assertEquals(List.of("default/frontend default/mysql 3306/TCP"), flows(isolated.opened()));
    }

    @Test
    void anAllowedArrowNeedsNothing() {
        ProposedChange c = new PolicyEdits(micro).allow("default/frontend", "default/backend", Port.tcp(8080),
                PolicyEdits.Placement.NEW_POLICY);
        assertTrue(c.isEmpty());
        assertTrue(c.sentences().get(0).startsWith("Already allowed."), c.sentences().get(0));
    }

    @Test
    void isolatingAPodClosesEverythingComingIn() {
        ProposedChange c = new PolicyEdits(flat).isolate(EditTarget.pod("default/backend"), Set.of(Direction.INGRESS));
        assertEquals(List.of("new default/backend-default-deny-ingress"), changed(c));
        assertEquals(List.of(), c.opened());
        assertTrue(c.closed().stream().allMatch(f -> f.toId().equals("default/backend")));
        assertEquals(6 * 6, c.closed().size(), "6 other endpoints (4 pods, 2 outside), 6 ports on the canvas");
        ProposedChange again = new PolicyEdits(c.applyTo(flat)).isolate(EditTarget.pod("default/backend"),
                Set.of(Direction.INGRESS));
        assertTrue(again.isEmpty());
        assertEquals("Default/backend is already isolated for ingress.", again.sentences().get(0));
    }

    @Test
    void isolatingANamespaceBothWaysIsADefaultDenyAll() {
        ProposedChange c = new PolicyEdits(flat).isolate(EditTarget.namespace("default"),
                Set.of(Direction.INGRESS, Direction.EGRESS));
        NetworkPolicy p = c.changes().get(0).after();
        assertEquals("default/default-deny-all", p.id());
        assertEquals(List.of(Direction.INGRESS, Direction.EGRESS), p.declaredPolicyTypes());
    }

    @Test
    void allowingDnsOpensPort53ToCoreDnsForAnEgressIsolatedNamespace() {
        Cluster denied = flat.withPolicies(List.of(new PolicyEdits(flat).isolate(EditTarget.namespace("default"),
                Set.of(Direction.EGRESS)).changes().get(0).after()));
        ProposedChange c = new PolicyEdits(denied).allowDns(EditTarget.namespace("default"));
        assertEquals(List.of("new default/allow-dns-egress"), changed(c));
        assertEquals(8, c.opened().size(), "4 pods, UDP and TCP");
        assertTrue(c.opened().stream().allMatch(f -> f.toId().equals("kube-system/coredns") && f.port().number() == 53));
        assertTrue(c.opened().stream().anyMatch(f -> f.port().equals(new Port(53, Protocol.UDP))));
    }

    @Test
    void allowingDnsOnAnOpenPodWarnsThatItIsolatesIt() {
        Cluster deniedDns = flat.withPolicies(List.of(new NetworkPolicy("kube-system", "deny",
                io.netpoldojo.engine.model.LabelSelector.EVERYTHING, List.of(Direction.INGRESS), List.of(), List.of())));
        ProposedChange c = new PolicyEdits(deniedDns).allowDns(EditTarget.pod("default/frontend"));
        assertTrue(c.sentences().get(1).startsWith("Careful: they are not isolated for egress yet"), c.sentences().toString());
        assertTrue(c.closed().stream().allMatch(f -> f.fromId().equals("default/frontend")));
        assertTrue(!c.closed().isEmpty());
    }

    @Test
    void fromThisNamespaceOnlyClosesTrafficFromElsewhere() {
        ProposedChange c = new PolicyEdits(flat).allowFromOwnNamespaceOnly(EditTarget.pod("default/mysql"));
        assertEquals(List.of("new default/mysql-allow-same-namespace"), changed(c));
        assertTrue(c.closed().stream().noneMatch(f -> f.fromId().startsWith("default/")), flows(c.closed()).toString());
        assertTrue(c.closed().stream().anyMatch(f -> f.fromId().equals("kube-system/coredns")));
    }

    @Test
    void denyOnAnOpenSideIsolatesItAndAllowsTheRest() {
        ProposedChange c = DenyAdvice.propose(flat, "default/frontend", "default/backend", Port.tcp(8080));
        assertEquals(List.of("new default/backend-ingress-all-but-frontend"), changed(c));
        assertEquals(List.of("default/frontend default/backend 8080/TCP"), flows(c.closed()));
        assertEquals(List.of(), c.opened());
        assertTrue(c.sentences().get(0).startsWith("networking.k8s.io/v1 NetworkPolicies have no deny rule"));
    }

    @Test
    void denyWhenRulesAllowItNamesThem() {
        ProposedChange c = DenyAdvice.propose(micro, "default/frontend", "default/backend", Port.tcp(8080));
        assertTrue(c.isEmpty());
        assertTrue(c.sentences().get(1).contains("backend ingress[0] and frontend egress[0]"), c.sentences().get(1));
    }
}
