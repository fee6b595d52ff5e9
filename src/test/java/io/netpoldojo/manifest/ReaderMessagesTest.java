package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers build their messages out of line, apart from the hot reading code (the quick JIT
 * compiles a hot method whole). One row per group of messages that {@link InvalidManifestsTest}
 * leaves out or touches once: every diagnostic, {@code file:line:col: path: message}, in order.
 * The expected lines are what main printed before the messages moved (a90e8e8), but for the
 * last row, which main at a90e8e8 failed with an internal error.
 */
class ReaderMessagesTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a mapping key that is not a string", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          ? [a, b]
                          : c
                        """,
                        "bad.yaml:5:5: metadata: expected a string key, got a list"),
                row("endPort without a port", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector: {}
                          ingress:
                          - ports:
                            - endPort: 90
                        """,
                        "bad.yaml:9:16: spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when port is not specified"),
                row("endPort below its port, and out of range", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector: {}
                          ingress:
                          - ports:
                            - port: 90
                              endPort: 80
                            - port: 0
                              endPort: 70000
                            - port: 99999999999999999999999
                              endPort: 5
                            - port: 5
                              endPort: 0
                            - port: 80
                              endPort: 80
                        """,
                        "bad.yaml:10:16: spec.ingress[0].ports[0].endPort: Invalid value: 80: must be greater than or equal to port",
                        "bad.yaml:11:13: spec.ingress[0].ports[1].port: Invalid value: 0: must be between 1 and 65535, inclusive",
                        "bad.yaml:12:16: spec.ingress[0].ports[1].endPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
                        "bad.yaml:13:13: spec.ingress[0].ports[2].port: Invalid value: 99999999999999999999999: must be between 1 and 65535, inclusive",
                        "bad.yaml:14:16: spec.ingress[0].ports[2].endPort: Invalid value: 5: must be greater than or equal to port",
                        "bad.yaml:16:16: spec.ingress[0].ports[3].endPort: Invalid value: 0: must be greater than or equal to port",
                        "bad.yaml:16:16: spec.ingress[0].ports[3].endPort: Invalid value: 0: must be between 1 and 65535, inclusive"),
                row("endPort with a named port", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector: {}
                          egress:
                          - ports:
                            - port: web
                              endPort: 90
                        """,
                        "bad.yaml:10:16: spec.egress[0].ports[0].endPort: Invalid value: 90: may not be specified when port is non-numeric"),
                row("port names that break each rule", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector: {}
                          ingress:
                          - ports:
                            - port: -web
                            - port: web--x
                            - port: WEB
                            - port: verylongportname1
                            - port: "8080"
                            - port: web-
                        """,
                        "bad.yaml:9:13: spec.ingress[0].ports[0].port: Invalid value: \"-web\": must not begin or end with a hyphen",
                        "bad.yaml:10:13: spec.ingress[0].ports[1].port: Invalid value: \"web--x\": must not contain consecutive hyphens",
                        "bad.yaml:11:13: spec.ingress[0].ports[2].port: Invalid value: \"WEB\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                        "bad.yaml:11:13: spec.ingress[0].ports[2].port: Invalid value: \"WEB\": must contain at least one letter (a-z)",
                        "bad.yaml:12:13: spec.ingress[0].ports[3].port: Invalid value: \"verylongportname1\": must be no more than 15 characters",
                        "bad.yaml:13:13: spec.ingress[0].ports[4].port: Invalid value: \"8080\": must contain at least one letter (a-z)",
                        "bad.yaml:14:13: spec.ingress[0].ports[5].port: Invalid value: \"web-\": must not begin or end with a hyphen"),
                row("a port of another type", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector: {}
                          ingress:
                          - ports:
                            - port: [80]
                            - port: true
                            - protocol: HTTP
                        """,
                        "bad.yaml:9:13: spec.ingress[0].ports[0].port: expected an integer or a string, got a list",
                        "bad.yaml:10:13: spec.ingress[0].ports[1].port: expected an integer or a string, got a boolean",
                        "bad.yaml:11:17: spec.ingress[0].ports[2].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
                row("container ports: names, duplicates, numbers", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                          - name: c
                            ports:
                            - {name: -http, containerPort: 80}
                            - {name: http, containerPort: 0}
                            - {name: http, containerPort: 70000}
                            - {name: x, containerPort: null}
                            - {containerPort: 99999999999999999999999}
                        """,
                        "bad.yaml:9:14: spec.containers[0].ports[0].name: Invalid value: \"-http\": must not begin or end with a hyphen",
                        "bad.yaml:10:35: spec.containers[0].ports[1].containerPort: Required value",
                        "bad.yaml:11:14: spec.containers[0].ports[2].name: Duplicate value: \"http\"",
                        "bad.yaml:11:35: spec.containers[0].ports[2].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
                        "bad.yaml:12:7: spec.containers[0].ports[3].containerPort: Required value",
                        "bad.yaml:13:23: spec.containers[0].ports[4].containerPort: Invalid value: 99999999999999999999999: must be between 1 and 65535, inclusive"),
                row("annotation and label keys and values", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels:
                            "bad key": x
                            a/b/c: x
                            /x: z
                            example.com/: z
                            app: -bad
                            tier: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                          annotations:
                            Example.COM/Ab_c: ok
                            "Bad Key/x": x
                            a/b/c: x
                        """,
                        "bad.yaml:6:5: metadata.labels: Invalid value: \"bad key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                        "bad.yaml:7:5: metadata.labels: Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                        "bad.yaml:8:5: metadata.labels: Invalid value: \"/x\": prefix part must be non-empty",
                        "bad.yaml:9:5: metadata.labels: Invalid value: \"example.com/\": name part must be non-empty",
                        "bad.yaml:9:5: metadata.labels: Invalid value: \"example.com/\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                        "bad.yaml:10:10: metadata.labels: Invalid value: \"-bad\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                        "bad.yaml:11:11: metadata.labels: Invalid value: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\": must be no more than 63 characters",
                        "bad.yaml:14:5: metadata.annotations: Invalid value: \"Bad Key/x\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                        "bad.yaml:15:5: metadata.annotations: Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"),
                row("selector requirements", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector:
                            matchExpressions:
                            - {key: a/b/c, operator: Exists}
                            - {key: "", operator: Exists}
                            - {key: app}
                            - {key: app, operator: in, values: [a]}
                            - {key: app, operator: In, values: [-bad, null, ok]}
                            - {key: app, operator: NotIn}
                            - {key: app, operator: Exists, values: [a]}
                            - {key: app, operator: DoesNotExist, values: []}
                            - {operator: In, values: [a]}
                        """,
                        "bad.yaml:8:13: spec.podSelector.matchExpressions[0].key: Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                        "bad.yaml:9:13: spec.podSelector.matchExpressions[1].key: Required value",
                        "bad.yaml:10:7: spec.podSelector.matchExpressions[2].operator: Required value",
                        "bad.yaml:11:28: spec.podSelector.matchExpressions[3].operator: Unsupported value: \"in\": supported values: \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\"",
                        "bad.yaml:12:41: spec.podSelector.matchExpressions[4].values[0]: Invalid value: \"-bad\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                        "bad.yaml:13:7: spec.podSelector.matchExpressions[5].values: Required value: must be specified when operator is 'In' or 'NotIn'",
                        "bad.yaml:14:44: spec.podSelector.matchExpressions[6].values: Forbidden: may not be specified when operator is 'Exists' or 'DoesNotExist'",
                        "bad.yaml:16:7: spec.podSelector.matchExpressions[8].key: Required value"),
                row("names and namespaces", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: Web_1
                          namespace: Shop.Prod
                        ---
                        apiVersion: v1
                        kind: Namespace
                        metadata:
                          name: shop.prod
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                          namespace: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: ""
                        """,
                        "bad.yaml:4:9: metadata.name: invalid name \"Web_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                        "bad.yaml:5:14: metadata.namespace: invalid namespace \"Shop.Prod\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                        "bad.yaml:10:9: metadata.name: invalid name \"shop.prod\": must not contain dots",
                        "bad.yaml:15:9: metadata.name: invalid name \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" (259 characters): must be no more than 253 characters",
                        "bad.yaml:16:14: metadata.namespace: invalid namespace \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\": must be no more than 63 characters",
                        "bad.yaml:21:9: metadata.name: Required value"),
                row("CIDRs", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector: {}
                          egress:
                          - to:
                            - ipBlock: {cidr: 010.0.0.0/8}
                            - ipBlock: {cidr: 10.0.0.1/8, except: [10.0.0.0/8, 11.0.0.0/16, x, null]}
                            - ipBlock: {cidr: ""}
                            - ipBlock: {cidr: null}
                            - ipBlock: {cidr: 10.0.0.0/33}
                        """,
                        "bad.yaml:9:23: spec.egress[0].to[0].ipBlock.cidr: warning: IPv4 address with leading zeros is ambiguous (some tools read them as octal); write 10.0.0.0/8",
                        "bad.yaml:10:23: spec.egress[0].to[1].ipBlock.cidr: warning: not in canonical form; did you mean 10.0.0.0/8?",
                        "bad.yaml:10:44: spec.egress[0].to[1].ipBlock.except[0]: must be a strict subset of cidr 10.0.0.1/8",
                        "bad.yaml:10:56: spec.egress[0].to[1].ipBlock.except[1]: must be a strict subset of cidr 10.0.0.1/8",
                        "bad.yaml:10:69: spec.egress[0].to[1].ipBlock.except[2]: invalid CIDR \"x\"",
                        "bad.yaml:10:72: spec.egress[0].to[1].ipBlock.except[3]: invalid CIDR \"\"",
                        "bad.yaml:11:23: spec.egress[0].to[2].ipBlock.cidr: Required value",
                        "bad.yaml:12:16: spec.egress[0].to[3].ipBlock.cidr: Required value",
                        "bad.yaml:13:23: spec.egress[0].to[4].ipBlock.cidr: invalid CIDR \"10.0.0.0/33\""),
                row("policyTypes", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector: {}
                          policyTypes: [Ingress, Egress, [x]]
                        ---
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: {name: q}
                        spec:
                          podSelector: {}
                          policyTypes: [ingress, null, 5]
                        """,
                        "bad.yaml:7:16: spec.policyTypes: Invalid value: [\"Ingress\", \"Egress\", ?]: may not specify more than two policyTypes",
                        "bad.yaml:14:16: spec.policyTypes: Invalid value: [\"ingress\", \"null\", \"5\"]: may not specify more than two policyTypes"),
                row("peers", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          ingress:
                          - from:
                            - {}
                            - ipBlock: {cidr: 10.0.0.0/8}
                              podSelector: {}
                            - null
                        """,
                        "bad.yaml:6:3: spec.podSelector: Required value",
                        "bad.yaml:8:7: spec.ingress[0].from[0]: Required value: must specify a peer",
                        "bad.yaml:9:7: spec.ingress[0].from[1]: Forbidden: may not specify both ipBlock and another peer",
                        "bad.yaml:11:7: spec.ingress[0].from[2]: Required value: must specify a peer"),
                row("apiVersion and kind", """
                        kind: Pod
                        metadata: {name: a}
                        ---
                        apiVersion: v1
                        metadata: {name: b}
                        ---
                        apiVersion: v1
                        kind: ""
                        ---
                        apiVersion: 5
                        kind: Pod
                        metadata: {name: c}
                        ---
                        apiVersion: v2
                        kind: Pod
                        metadata: {name: d}
                        ---
                        apiVersion: v1
                        kind: [Pod]
                        """,
                        "bad.yaml:1:1: apiVersion: Required value",
                        "bad.yaml:4:1: kind: Required value",
                        "bad.yaml:7:1: kind: Required value",
                        "bad.yaml:10:13: apiVersion: expected a string, got a number",
                        "bad.yaml:14:13: apiVersion: Pod is not served in v2; use v1",
                        "bad.yaml:19:7: kind: expected a string, got a list"),
                row("documents that are not objects, and kinds skipped", """
                        - a
                        - b
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        """,
                        "bad.yaml:1:1: expected a map (a Kubernetes object), got a list",
                        "bad.yaml:4:1: notice: skipped Service/web: NetPol Dojo models Pods, workloads, Namespaces, NetworkPolicies and ClusterNetworkPolicies",
                        "bad.yaml:8:1: notice: skipped ConfigMap: NetPol Dojo models Pods, workloads, Namespaces, NetworkPolicies and ClusterNetworkPolicies"),
                row("duplicate keys and foreign tags", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: !foo web
                          name: web2
                          labels: {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x, k: x, l: x, m: x, a: y}
                        spec: !!set {a, b}
                        """,
                        "bad.yaml:4:9: metadata.name: YAML tag !foo is not supported",
                        "bad.yaml:5:3: metadata: duplicate key \"name\" (first at line 4)",
                        "bad.yaml:6:90: metadata.labels: duplicate key \"a\" (first at line 6)",
                        "bad.yaml:7:7: spec: YAML tag !!set is not supported"),
                // Before 2026-12-05 the tagged key was an internal error (NoSuchElementException)
                // that stopped the whole file; now it is the tag's own diagnostic, and the
                // ClusterNetworkPolicy after it is still read.
                row("a foreign tag on a selector requirement's key", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                        spec:
                          podSelector:
                            matchExpressions:
                            - key: !foo app
                              operator: Exists
                        ---
                        apiVersion: policy.networking.k8s.io/v1alpha2
                        kind: ClusterNetworkPolicy
                        metadata:
                          name: c
                        spec:
                          tier: Admin
                          priority: 10
                          subject:
                            pods:
                              namespaceSelector: {}
                              podSelector:
                                matchExpressions:
                                - key: !bar app
                                  operator: Exists
                          ingress:
                          - action: Deny
                            from:
                            - namespaces: {}
                        """,
                        "bad.yaml:8:12: spec.podSelector.matchExpressions[0].key: YAML tag !foo is not supported",
                        "bad.yaml:23:16: spec.subject.pods.podSelector.matchExpressions[0].key: YAML tag !bar is not supported")
        );
    }

    private static Arguments row(String what, String yaml, String... expected) {
        return Arguments.of(what, yaml, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reportsExactlyTheseDiagnostics(String what, String yaml, List<String> expected) {
        LoadResult result = new ManifestLoader().load("bad.yaml", yaml);
        assertEquals(expected, result.diagnostics().stream().map(Diagnostic::toString).toList(), what);
    }
}
