package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per rule of the ClusterNetworkPolicy CRD (its OpenAPI schema and CEL rules, upstream
 * v0.2.0) and of the v1alpha1 kinds it replaced: an invalid object and exactly the diagnostics a
 * user sees, each naming the field the rule is about.
 */
class ClusterPolicyValidationTest {
    static final String V1ALPHA2 = "policy.networking.k8s.io/v1alpha2";
    static final String V1ALPHA1 = "policy.networking.k8s.io/v1alpha1";

    /** A ClusterNetworkPolicy named p whose spec is {@code spec}: its first line is line 6, from column 3. */
    static String cnp(String spec) {
        return object(V1ALPHA2, "ClusterNetworkPolicy", "p", spec);
    }

    static String anp(String spec) {
        return object(V1ALPHA1, "AdminNetworkPolicy", "p", spec);
    }

    static String banp(String name, String spec) {
        return object(V1ALPHA1, "BaselineAdminNetworkPolicy", name, spec);
    }

    /** The object; no spec at all when {@code spec} is null. */
    static String object(String apiVersion, String kind, String name, String spec) {
        return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n"
                + (spec == null ? "" : "spec:\n" + spec.lines().map(l -> "  " + l + "\n").reduce("", String::concat));
    }

    static String repeat(int n, String item) {
        return String.join(", ", Collections.nCopies(n, item));
    }

    static String cidrs(int n) {
        return String.join(", ", IntStream.range(0, n).mapToObj(i -> "10.0." + i + ".0/24").toList());
    }

    static String ports(int n) {
        return String.join(", ", IntStream.rangeClosed(1, n).mapToObj(i -> "{tcp: {destinationPort: {number: " + i
                + "}}}").toList());
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("spec is required", object(V1ALPHA2, "ClusterNetworkPolicy", "p", null),
                        "bad.yaml:1:1: spec: Required value"),
                row("tier is required", cnp("priority: 1\nsubject: {namespaces: {}}"),
                        "bad.yaml:6:3: spec.tier: Required value"),
                row("tier is Admin or Baseline", cnp("tier: admin\npriority: 1\nsubject: {namespaces: {}}"),
                        "bad.yaml:6:9: spec.tier: Unsupported value: \"admin\": supported values: \"Admin\", \"Baseline\""),
                row("priority is required", cnp("tier: Admin\nsubject: {namespaces: {}}"),
                        "bad.yaml:6:3: spec.priority: Required value"),
                row("priority is at least 0", cnp("tier: Admin\npriority: -1\nsubject: {namespaces: {}}"),
                        "bad.yaml:7:13: spec.priority: Invalid value: -1: must be greater than or equal to 0"),
                row("priority is at most 1000", cnp("tier: Admin\npriority: 1001\nsubject: {namespaces: {}}"),
                        "bad.yaml:7:13: spec.priority: Invalid value: 1001: must be less than or equal to 1000"),
                row("priority is an integer", cnp("tier: Admin\npriority: high\nsubject: {namespaces: {}}"),
                        "bad.yaml:7:13: spec.priority: expected an integer, got a string"),
                row("subject is required", cnp("tier: Admin\npriority: 1"),
                        "bad.yaml:6:3: spec.subject: Required value"),
                row("subject sets one field", cnp("tier: Admin\npriority: 1\nsubject: {}"),
                        "bad.yaml:8:12: spec.subject: Required value: must set exactly one of namespaces, pods"),
                row("subject sets only one field", cnp("tier: Admin\npriority: 1\nsubject:\n  namespaces: {}\n  pods: {podSelector: {}}"),
                        "bad.yaml:9:5: spec.subject: Invalid value: sets namespaces and pods: must set exactly one of namespaces, pods"),
                row("subject pods need a podSelector", cnp("tier: Admin\npriority: 1\nsubject:\n  pods: {namespaceSelector: {}}"),
                        "bad.yaml:9:11: spec.subject.pods.podSelector: Required value"),
                row("subject selectors are validated", cnp("tier: Admin\npriority: 1\nsubject:\n  namespaces:\n    matchExpressions: [{key: env, operator: Equals, values: [a]}]"),
                        "bad.yaml:10:47: spec.subject.namespaces.matchExpressions[0].operator: Unsupported value: \"Equals\": supported values: \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\""),
                row("at most 25 ingress rules", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress: [" + repeat(26, "{action: Deny, from: [{namespaces: {}}]}") + "]"),
                        "bad.yaml:9:12: spec.ingress: Too many: 26: must have at most 25 items"),
                row("a rule name has at most 100 characters", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- name: " + "r".repeat(101) + "\n  action: Deny\n  from: [{namespaces: {}}]"),
                        "bad.yaml:10:11: spec.ingress[0].name: Too long: may not be more than 100 bytes"),
                row("action is required", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- from: [{namespaces: {}}]"),
                        "bad.yaml:10:5: spec.ingress[0].action: Required value"),
                row("action Allow is the old spelling", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Allow\n  from: [{namespaces: {}}]"),
                        "bad.yaml:10:13: spec.ingress[0].action: Unsupported value: \"Allow\": supported values: \"Accept\", \"Deny\", \"Pass\" (Allow is the v1alpha1 AdminNetworkPolicy spelling; a ClusterNetworkPolicy says Accept)"),
                row("action is Accept, Deny or Pass", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: deny\n  from: [{namespaces: {}}]"),
                        "bad.yaml:10:13: spec.ingress[0].action: Unsupported value: \"deny\": supported values: \"Accept\", \"Deny\", \"Pass\""),
                row("from is required", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny"),
                        "bad.yaml:10:5: spec.ingress[0].from: Required value"),
                row("from has at least one peer", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: []"),
                        "bad.yaml:11:11: spec.ingress[0].from: Invalid value: 0: must have at least 1 item"),
                row("from has at most 25 peers", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [" + repeat(26, "{namespaces: {}}") + "]"),
                        "bad.yaml:11:11: spec.ingress[0].from: Too many: 26: must have at most 25 items"),
                row("a peer sets one field", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{}]"),
                        "bad.yaml:11:12: spec.ingress[0].from[0]: Required value: must set exactly one of namespaces, pods"),
                row("an ingress peer has no networks", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{networks: [10.0.0.0/8]}]"),
                        "bad.yaml:11:23: spec.ingress[0].from[0].networks: field not declared in schema: networks peers are for egress only (an ingress rule cannot match traffic from outside the cluster by address)"),
                row("a peer sets only one field", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to:\n  - namespaces: {}\n    networks: [10.0.0.0/8]"),
                        "bad.yaml:12:7: spec.egress[0].to[0]: Invalid value: sets namespaces and networks: must set exactly one of namespaces, pods, networks, nodes, domainNames"),
                row("networks has at least one CIDR", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to: [{networks: []}]"),
                        "bad.yaml:11:21: spec.egress[0].to[0].networks: Invalid value: 0: must have at least 1 item"),
                row("networks has at most 25 CIDRs", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to: [{networks: [" + cidrs(26) + "]}]"),
                        "bad.yaml:11:21: spec.egress[0].to[0].networks: Too many: 26: must have at most 25 items"),
                row("a CIDR is at most 43 characters", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to: [{networks: [\"0000:0000:0000:0000:0000:ffff:192.168.100.200/128\"]}]"),
                        "bad.yaml:11:22: spec.egress[0].to[0].networks[0]: Too long: may not be more than 43 bytes"),
                row("a CIDR must be valid (isCIDR)", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to: [{networks: [10.0.0.0/33]}]"),
                        "bad.yaml:11:22: spec.egress[0].to[0].networks[0]: Invalid value: \"10.0.0.0/33\": Invalid CIDR format provided"),
                row("a CIDR with leading zeros is not valid", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to: [{networks: [10.0.00.0/24]}]"),
                        "bad.yaml:11:22: spec.egress[0].to[0].networks[0]: Invalid value: \"10.0.00.0/24\": Invalid CIDR format provided"),
                row("networks is a set", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to: [{networks: [10.0.0.0/8, 10.0.0.0/8]}]"),
                        "bad.yaml:11:34: spec.egress[0].to[0].networks[1]: Duplicate value: \"10.0.0.0/8\""),
                row("protocols has at least one entry", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: []"),
                        "bad.yaml:12:16: spec.ingress[0].protocols: Invalid value: 0: must have at least 1 item"),
                row("protocols has at most 25 entries", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [" + ports(26) + "]"),
                        "bad.yaml:12:16: spec.ingress[0].protocols: Too many: 26: must have at most 25 items"),
                row("a protocols entry sets one field", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{}]"),
                        "bad.yaml:12:17: spec.ingress[0].protocols[0]: Required value: must set exactly one of tcp, udp, sctp, destinationNamedPort"),
                row("a protocols entry sets only one field", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{destinationNamedPort: http, udp: {destinationPort: {number: 53}}}]"),
                        "bad.yaml:12:17: spec.ingress[0].protocols[0]: Invalid value: sets udp and destinationNamedPort: must set exactly one of tcp, udp, sctp, destinationNamedPort"),
                row("tcp needs a destinationPort", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{tcp: {}}]"),
                        "bad.yaml:12:23: spec.ingress[0].protocols[0].tcp.destinationPort: Required value: tcp needs a destinationPort (a number or a range)"),
                row("destinationPort sets one field", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{udp: {destinationPort: {}}}]"),
                        "bad.yaml:12:41: spec.ingress[0].protocols[0].udp.destinationPort: Required value: must set exactly one of number, range"),
                row("destinationPort sets only one field", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{udp: {destinationPort: {number: 53, range: {start: 1, end: 2}}}}]"),
                        "bad.yaml:12:41: spec.ingress[0].protocols[0].udp.destinationPort: Invalid value: sets number and range: must set exactly one of number, range"),
                row("a port number is at least 1", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{sctp: {destinationPort: {number: 0}}}]"),
                        "bad.yaml:12:51: spec.ingress[0].protocols[0].sctp.destinationPort.number: Invalid value: 0: must be greater than or equal to 1"),
                row("a port number is at most 65535", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{sctp: {destinationPort: {number: 65536}}}]"),
                        "bad.yaml:12:51: spec.ingress[0].protocols[0].sctp.destinationPort.number: Invalid value: 65536: must be less than or equal to 65535"),
                row("a range needs start and end", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{tcp: {destinationPort: {range: {start: 80}}}}]"),
                        "bad.yaml:12:49: spec.ingress[0].protocols[0].tcp.destinationPort.range.end: Required value"),
                row("a range starts below its end (CEL)", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Deny\n  from: [{namespaces: {}}]\n  protocols: [{tcp: {destinationPort: {range: {start: 80, end: 80}}}}]"),
                        "bad.yaml:12:49: spec.ingress[0].protocols[0].tcp.destinationPort.range: Invalid value: {start: 80, end: 80}: Start port must be less than End port (for one port, write number: 80)"),
                row("a domain name matches the pattern", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Accept\n  to: [{domainNames: [example]}]"),
                        "bad.yaml:11:25: spec.egress[0].to[0].domainNames[0]: Invalid value: \"example\": must be a domain name such as kubernetes.io, or *.kubernetes.io for its subdomains"),
                row("nodes or domainNames with a named port (experimental CEL)", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- action: Deny\n  to: [{nodes: {}}]\n  protocols: [{destinationNamedPort: http}]"),
                        "bad.yaml:10:5: spec.egress[0]: Invalid value: \"object\": networks/nodes/domainNames peer cannot be set with namedPorts since there are no namedPorts for networks/nodes/domainNames",
                        "bad.yaml:11:18: spec.egress[0].to[0].nodes: warning: nodes is an experimental-channel field (it needs the experimental CRD); NetPol Dojo models no nodes, so this peer matches nothing here"),
                row("unknown fields are refused", cnp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}\nprecedence: 1"),
                        "bad.yaml:9:3: spec.precedence: field not declared in schema"),
                row("a ClusterNetworkPolicy is served in v1alpha2", object("policy.networking.k8s.io/v1alpha1", "ClusterNetworkPolicy", "p", "tier: Admin\npriority: 1\nsubject: {namespaces: {}}"),
                        "bad.yaml:1:13: apiVersion: ClusterNetworkPolicy is not served in policy.networking.k8s.io/v1alpha1; use policy.networking.k8s.io/v1alpha2"),
                row("an AdminNetworkPolicy says Allow, not Accept", anp("priority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Accept\n  from: [{namespaces: {}}]"),
                        "bad.yaml:9:13: spec.ingress[0].action: Unsupported value: \"Accept\": supported values: \"Allow\", \"Deny\", \"Pass\" (Accept is the v1alpha2 ClusterNetworkPolicy spelling)"),
                row("an AdminNetworkPolicy's pods subject needs a namespaceSelector", anp("priority: 1\nsubject:\n  pods: {podSelector: {}}"),
                        "bad.yaml:8:11: spec.subject.pods.namespaceSelector: Required value"),
                row("an AdminNetworkPolicy port sets one field", anp("priority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Allow\n  from: [{namespaces: {}}]\n  ports: [{portNumber: {port: 80}, namedPort: http}]"),
                        "bad.yaml:11:13: spec.ingress[0].ports[0]: Invalid value: sets portNumber and namedPort: must set exactly one of portNumber, namedPort, portRange"),
                row("an AdminNetworkPolicy port protocol is TCP, UDP or SCTP", anp("priority: 1\nsubject: {namespaces: {}}\ningress:\n- action: Allow\n  from: [{namespaces: {}}]\n  ports: [{portNumber: {port: 80, protocol: tcp}}]"),
                        "bad.yaml:11:47: spec.ingress[0].ports[0].portNumber.protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
                row("an AdminNetworkPolicy has no tier", anp("tier: Admin\npriority: 1\nsubject: {namespaces: {}}"),
                        "bad.yaml:6:3: spec.tier: field not declared in schema"),
                row("the BaselineAdminNetworkPolicy is named default", banp("p", "subject: {namespaces: {}}"),
                        "bad.yaml:4:9: metadata.name: Invalid value: \"p\": Only one baseline admin network policy with metadata.name=\"default\" can be created in the cluster"),
                row("a BaselineAdminNetworkPolicy has no Pass", banp("default", "subject: {namespaces: {}}\ningress:\n- action: Pass\n  from: [{namespaces: {}}]"),
                        "bad.yaml:8:13: spec.ingress[0].action: Unsupported value: \"Pass\": supported values: \"Allow\", \"Deny\""));
    }

    private static Arguments row(String rule, String yaml, String... expected) {
        return Arguments.of(rule, yaml, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reportsExactlyTheseDiagnostics(String rule, String yaml, List<String> expected) {
        LoadResult result = new ManifestLoader().load("bad.yaml", yaml);

        assertEquals(expected, result.diagnostics().stream().map(Diagnostic::toString).toList(), rule);
        assertTrue(result.hasErrors(), "an invalid object must make the load invalid");
        assertTrue(result.cluster().clusterPolicies().isEmpty(), "an invalid object must not reach the engine");
    }
}
