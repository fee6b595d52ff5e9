package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per validation rule: an invalid manifest and exactly the diagnostics a user sees,
 * {@code file:line:col: path: message}, in file order.
 */
class InvalidManifestsTest {

    private static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
            + "characters, '-' or '.', and must start and end with an alphanumeric character";
    private static final String LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric "
            + "characters or '-', and must start and end with an alphanumeric character";
    private static final String NAME_PART = "name part must consist of alphanumeric characters, '-', '_' or '.', "
            + "and must start and end with an alphanumeric character";
    private static final String LABEL_VALUE = "a valid label must be an empty string or consist of alphanumeric "
            + "characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    /**
     * A NetworkPolicy named p whose spec is {@code specLines}: the first spec line is line 6 of
     * the file, written from column 3.
     */
    static String policy(String specLines) {
        return "apiVersion: networking.k8s.io/v1\n"
                + "kind: NetworkPolicy\n"
                + "metadata:\n"
                + "  name: p\n"
                + "spec:\n"
                + specLines.stripTrailing().lines().map(l -> "  " + l + "\n").reduce("", String::concat);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // --- metadata -------------------------------------------------------------------
                row("name is required", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          namespace: shop
                        spec:
                          podSelector: {}
                        """, "bad.yaml:4:3: metadata.name: Required value"),
                row("no metadata at all", """
                        apiVersion: v1
                        kind: Pod
                        spec: {}
                        """, "bad.yaml:1:1: metadata.name: Required value"),
                row("policy name is a DNS-1123 subdomain", policy("podSelector: {}").replace("name: p", "name: Frontend"),
                        "bad.yaml:4:9: metadata.name: invalid name \"Frontend\": " + SUBDOMAIN),
                row("name longer than 253", policy("podSelector: {}").replace("name: p", "name: " + "a".repeat(254)),
                        "bad.yaml:4:9: metadata.name: invalid name \"" + "a".repeat(254)
                                + "\": must be no more than 253 characters"),
                row("pod name with an underscore", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: web_1}
                        """, "bad.yaml:3:18: metadata.name: invalid name \"web_1\": " + SUBDOMAIN),
                row("namespace name is a DNS-1123 label: no dots", """
                        apiVersion: v1
                        kind: Namespace
                        metadata:
                          name: shop.prod
                        """, "bad.yaml:4:9: metadata.name: invalid name \"shop.prod\": must not contain dots"),
                row("metadata.namespace is a DNS-1123 label", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          namespace: Shop
                        """, "bad.yaml:5:14: metadata.namespace: invalid namespace \"Shop\": " + LABEL),

                // --- labels ---------------------------------------------------------------------
                row("label key name part", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels:
                            -bad: x
                        """, "bad.yaml:6:5: metadata.labels: Invalid value: \"-bad\": " + NAME_PART),
                row("label key prefix must be a DNS subdomain", """
                        apiVersion: v1
                        kind: Namespace
                        metadata:
                          name: shop
                          labels:
                            Example.com/team: a
                        """, "bad.yaml:6:5: metadata.labels: Invalid value: \"Example.com/team\": prefix part " + SUBDOMAIN),
                row("label key with two slashes", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels: {a/b/c: x}
                        """, "bad.yaml:5:12: metadata.labels: Invalid value: \"a/b/c\": a valid label key must consist "
                                + "of alphanumeric characters, '-', '_' or '.', and must start and end with an "
                                + "alphanumeric character, with an optional DNS subdomain prefix and '/' "
                                + "(e.g. 'example.com/MyName')"),
                row("label value longer than 63", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels:
                            app: %s
                        """.formatted("v".repeat(64)),
                        "bad.yaml:6:10: metadata.labels: Invalid value: \"" + "v".repeat(64)
                                + "\": must be no more than 63 characters"),
                row("label value with a space", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels:
                            app: "my app"
                        """, "bad.yaml:6:10: metadata.labels: Invalid value: \"my app\": " + LABEL_VALUE),
                row("unquoted true is a boolean, not a string", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels:
                            canary: true
                            port: 80
                        """,
                        "bad.yaml:6:13: metadata.labels[canary]: expected a string, got a boolean",
                        "bad.yaml:7:11: metadata.labels[port]: expected a string, got a number"),
                row("y and n are booleans to kubectl", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels: {canary: n}
                        """, "bad.yaml:5:20: metadata.labels[canary]: expected a string, got a boolean"),
                row("annotation values are strings", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          annotations:
                            replicas: 3
                        """, "bad.yaml:6:15: metadata.annotations[replicas]: expected a string, got a number"),
                row("matchLabels are label maps too", policy("""
                        podSelector:
                          matchLabels:
                            app: web frontend
                        """), "bad.yaml:8:12: spec.podSelector.matchLabels: Invalid value: \"web frontend\": "
                                + LABEL_VALUE),

                // --- apiVersion and kind --------------------------------------------------------
                row("NetworkPolicy under extensions/v1beta1", """
                        apiVersion: extensions/v1beta1
                        kind: NetworkPolicy
                        metadata: {name: p}
                        spec: {podSelector: {}}
                        """, "bad.yaml:1:13: apiVersion: NetworkPolicy is not served in extensions/v1beta1 "
                                + "(removed in Kubernetes 1.16); use networking.k8s.io/v1"),
                row("Deployment under apps/v1beta2", """
                        apiVersion: apps/v1beta2
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          selector: {matchLabels: {app: web}}
                          template: {metadata: {labels: {app: web}}}
                        """, "bad.yaml:1:13: apiVersion: Deployment is not served in apps/v1beta2 "
                                + "(removed in Kubernetes 1.16); use apps/v1"),
                row("DaemonSet under extensions/v1beta1", """
                        apiVersion: extensions/v1beta1
                        kind: DaemonSet
                        metadata: {name: agent}
                        spec:
                          selector: {matchLabels: {app: agent}}
                          template: {metadata: {labels: {app: agent}}}
                        """, "bad.yaml:1:13: apiVersion: DaemonSet is not served in extensions/v1beta1 "
                                + "(removed in Kubernetes 1.16); use apps/v1"),
                row("CronJob under batch/v1beta1", """
                        apiVersion: batch/v1beta1
                        kind: CronJob
                        metadata: {name: nightly}
                        spec:
                          schedule: "0 3 * * *"
                          jobTemplate: {spec: {template: {metadata: {labels: {app: nightly}}}}}
                        """, "bad.yaml:1:13: apiVersion: CronJob is not served in batch/v1beta1 "
                                + "(removed in Kubernetes 1.25); use batch/v1"),
                row("a kind under a group that never served it", """
                        apiVersion: v1
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          selector: {matchLabels: {app: web}}
                          template: {metadata: {labels: {app: web}}}
                        """, "bad.yaml:1:13: apiVersion: Deployment is not served in v1; use apps/v1"),
                row("missing apiVersion and kind", """
                        metadata: {name: web}
                        """,
                        "bad.yaml:1:1: apiVersion: Required value",
                        "bad.yaml:1:1: kind: Required value"),
                row("a document that is not an object", """
                        - apiVersion: v1
                        """, "bad.yaml:1:1: expected a map (a Kubernetes object), got a list"),

                // --- wrong types and unknown fields ---------------------------------------------
                row("ingress written as a string", policy("""
                        podSelector: {}
                        ingress: allow-all
                        """), "bad.yaml:7:12: spec.ingress: expected a list, got a string"),
                row("spec written as a list", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: {name: p}
                        spec: []
                        """, "bad.yaml:4:7: spec: expected a map, got a list"),
                row("from written as a map, except as a string", policy("""
                        podSelector: {}
                        ingress:
                        - from: {podSelector: {}}
                        - from:
                          - ipBlock: {cidr: 10.0.0.0/16, except: 10.0.1.0/24}
                        """),
                        "bad.yaml:8:11: spec.ingress[0].from: expected a list, got a map",
                        "bad.yaml:10:44: spec.ingress[1].from[0].ipBlock.except: expected a list, got a string"),
                row("podSelector as a number, policyTypes as null item", policy("""
                        podSelector: 5
                        """), "bad.yaml:6:16: spec.podSelector: expected a map, got a number"),
                row("unknown fields, strict as kubectl's server-side field validation", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: p
                          lables: {app: web}
                        spec:
                          podSelector:
                            matchLabel: {app: web}
                          ingres: []
                          ingress:
                          - from:
                            - ipblock: {cidr: 10.0.0.0/8}
                            port: [80]
                        specs: {}
                        """,
                        "bad.yaml:5:3: metadata.lables: field not declared in schema",
                        "bad.yaml:8:5: spec.podSelector.matchLabel: field not declared in schema",
                        "bad.yaml:9:3: spec.ingres: field not declared in schema",
                        "bad.yaml:12:7: spec.ingress[0].from[0].ipblock: field not declared in schema",
                        "bad.yaml:12:7: spec.ingress[0].from[0]: Required value: must specify a peer",
                        "bad.yaml:13:5: spec.ingress[0].port: field not declared in schema",
                        "bad.yaml:14:1: specs: field not declared in schema"),
                row("duplicate keys", policy("""
                        podSelector: {}
                        ingress: []
                        ingress: [{}]
                        """), "bad.yaml:8:3: spec: duplicate key \"ingress\" (first at line 7)"),

                // --- podSelector and label selectors --------------------------------------------
                row("podSelector is required", policy("""
                        policyTypes: [Ingress]
                        """), "bad.yaml:6:3: spec.podSelector: Required value"),
                row("no spec at all", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata: {name: p}
                        """, "bad.yaml:1:1: spec.podSelector: Required value"),
                row("operator is case-sensitive", policy("""
                        podSelector:
                          matchExpressions:
                          - {key: app, operator: in, values: [web]}
                        """), "bad.yaml:8:28: spec.podSelector.matchExpressions[0].operator: Unsupported value: "
                                + "\"in\": supported values: \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\""),
                row("In needs values, Exists must have none", policy("""
                        podSelector:
                          matchExpressions:
                          - key: app
                            operator: In
                          - key: tier
                            operator: Exists
                            values: [front]
                          - key: zone
                            operator: NotIn
                            values: []
                        """),
                        "bad.yaml:8:7: spec.podSelector.matchExpressions[0].values: Required value: must be "
                                + "specified when operator is 'In' or 'NotIn'",
                        "bad.yaml:12:15: spec.podSelector.matchExpressions[1].values: Forbidden: may not be "
                                + "specified when operator is 'Exists' or 'DoesNotExist'",
                        "bad.yaml:15:15: spec.podSelector.matchExpressions[2].values: Required value: must be "
                                + "specified when operator is 'In' or 'NotIn'"),
                row("requirement key required and a label key; values are label values", policy("""
                        podSelector: {}
                        egress:
                        - to:
                          - namespaceSelector:
                              matchExpressions:
                              - {operator: Exists}
                              - {key: "team name", operator: Exists}
                              - {key: team, operator: In, values: ["a b"]}
                        """),
                        "bad.yaml:11:11: spec.egress[0].to[0].namespaceSelector.matchExpressions[0].key: Required value",
                        "bad.yaml:12:17: spec.egress[0].to[0].namespaceSelector.matchExpressions[1].key: Invalid "
                                + "value: \"team name\": " + NAME_PART,
                        "bad.yaml:13:46: spec.egress[0].to[0].namespaceSelector.matchExpressions[2].values[0]: "
                                + "Invalid value: \"a b\": " + LABEL_VALUE),

                // --- policyTypes ----------------------------------------------------------------
                row("policyTypes are case-sensitive", policy("""
                        podSelector: {}
                        policyTypes: [ingress]
                        """), "bad.yaml:7:17: spec.policyTypes[0]: Unsupported value: \"ingress\": supported "
                                + "values: \"Ingress\", \"Egress\""),
                row("more than two policyTypes", policy("""
                        podSelector: {}
                        policyTypes: [Ingress, Egress, Ingress]
                        """), "bad.yaml:7:16: spec.policyTypes: Invalid value: [\"Ingress\", \"Egress\", "
                                + "\"Ingress\"]: may not specify more than two policyTypes"),

                // --- peers and ipBlock ----------------------------------------------------------
                row("a peer must say something", policy("""
                        podSelector: {}
                        ingress:
                        - from:
                          - {}
                          - podSelector: null
                        """),
                        "bad.yaml:9:7: spec.ingress[0].from[0]: Required value: must specify a peer",
                        "bad.yaml:10:7: spec.ingress[0].from[1]: Required value: must specify a peer"),
                row("ipBlock may not be combined", policy("""
                        podSelector: {}
                        ingress:
                        - from:
                          - ipBlock: {cidr: 10.0.0.0/8}
                            namespaceSelector: {}
                        """), "bad.yaml:9:7: spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and "
                                + "another peer"),
                row("cidr is required", policy("""
                        podSelector: {}
                        egress:
                        - to:
                          - ipBlock:
                              except: [10.0.0.0/24]
                        """), "bad.yaml:10:9: spec.egress[0].to[0].ipBlock.cidr: Required value"),
                row("invalid IPv4 CIDR", policy("""
                        podSelector: {}
                        ingress:
                        - from:
                          - ipBlock:
                              cidr: 10.0.0.0/33
                          - ipBlock:
                              cidr: 10.0.0.256/8
                          - ipBlock:
                              cidr: 10.0.0.0
                        """),
                        "bad.yaml:10:15: spec.ingress[0].from[0].ipBlock.cidr: invalid CIDR \"10.0.0.0/33\"",
                        "bad.yaml:12:15: spec.ingress[0].from[1].ipBlock.cidr: invalid CIDR \"10.0.0.256/8\"",
                        "bad.yaml:14:15: spec.ingress[0].from[2].ipBlock.cidr: invalid CIDR \"10.0.0.0\""),
                row("except must be a strict subset", policy("""
                        podSelector: {}
                        ingress:
                        - from:
                          - ipBlock:
                              cidr: 10.0.0.0/16
                              except:
                              - 10.0.1.0/24
                              - 10.1.0.0/24
                              - 10.0.0.0/16
                              - 10.0.0.0/99
                        """),
                        "bad.yaml:13:11: spec.ingress[0].from[0].ipBlock.except[1]: must be a strict subset of "
                                + "cidr 10.0.0.0/16",
                        "bad.yaml:14:11: spec.ingress[0].from[0].ipBlock.except[2]: must be a strict subset of "
                                + "cidr 10.0.0.0/16",
                        "bad.yaml:15:11: spec.ingress[0].from[0].ipBlock.except[3]: invalid CIDR \"10.0.0.0/99\""),
                row("IPv6 CIDRs", policy("""
                        podSelector: {}
                        egress:
                        - to:
                          - ipBlock:
                              cidr: 2001:db8::/129
                          - ipBlock:
                              cidr: 2001:db8::/32
                              except: [2001:db9::/48, "2001:db8:1::/48", 10.0.0.0/8]
                          - ipBlock:
                              cidr: 2001:db8:::/64
                        """),
                        "bad.yaml:10:15: spec.egress[0].to[0].ipBlock.cidr: invalid CIDR \"2001:db8::/129\"",
                        "bad.yaml:13:18: spec.egress[0].to[1].ipBlock.except[0]: must be a strict subset of "
                                + "cidr 2001:db8::/32",
                        "bad.yaml:13:52: spec.egress[0].to[1].ipBlock.except[2]: must be a strict subset of "
                                + "cidr 2001:db8::/32",
                        "bad.yaml:15:15: spec.egress[0].to[2].ipBlock.cidr: invalid CIDR \"2001:db8:::/64\""),

                // --- ports ----------------------------------------------------------------------
                row("protocol is case-sensitive", policy("""
                        podSelector: {}
                        ingress:
                        - ports:
                          - {protocol: tcp, port: 80}
                        """), "bad.yaml:9:18: spec.ingress[0].ports[0].protocol: Unsupported value: \"tcp\": "
                                + "supported values: \"SCTP\", \"TCP\", \"UDP\""),
                row("port numbers are 1-65535", policy("""
                        podSelector: {}
                        ingress:
                        - ports:
                          - port: 0
                          - port: 65536
                        """),
                        "bad.yaml:9:13: spec.ingress[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, "
                                + "inclusive",
                        "bad.yaml:10:13: spec.ingress[0].ports[1].port: Invalid value: 65536: must be between 1 and "
                                + "65535, inclusive"),
                row("a quoted number is a port name, and port names need a letter", policy("""
                        podSelector: {}
                        ingress:
                        - ports:
                          - port: "80"
                        """), "bad.yaml:9:13: spec.ingress[0].ports[0].port: Invalid value: \"80\": must contain at "
                                + "least one letter (a-z)"),
                row("port names are IANA_SVC_NAMEs", policy("""
                        podSelector: {}
                        ingress:
                        - ports:
                          - port: HTTP
                          - port: web--api
                          - port: -metrics
                          - port: very-long-port-name
                        """),
                        "bad.yaml:9:13: spec.ingress[0].ports[0].port: Invalid value: \"HTTP\": must contain only "
                                + "alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                        "bad.yaml:9:13: spec.ingress[0].ports[0].port: Invalid value: \"HTTP\": must contain at "
                                + "least one letter (a-z)",
                        "bad.yaml:10:13: spec.ingress[0].ports[1].port: Invalid value: \"web--api\": must not contain "
                                + "consecutive hyphens",
                        "bad.yaml:11:13: spec.ingress[0].ports[2].port: Invalid value: \"-metrics\": must not begin or "
                                + "end with a hyphen",
                        "bad.yaml:12:13: spec.ingress[0].ports[3].port: Invalid value: \"very-long-port-name\": must be "
                                + "no more than 15 characters"),
                row("port as a boolean", policy("""
                        podSelector: {}
                        ingress:
                        - ports:
                          - port: on
                        """), "bad.yaml:9:13: spec.ingress[0].ports[0].port: expected an integer or a string, got a "
                                + "boolean"),
                row("endPort rules", policy("""
                        podSelector: {}
                        egress:
                        - ports:
                          - {port: http, endPort: 90}
                          - {endPort: 90}
                          - {port: 8080, endPort: 8000}
                          - {port: 8080, endPort: 70000}
                          - {port: 8080, endPort: "9000"}
                        """),
                        "bad.yaml:9:29: spec.egress[0].ports[0].endPort: Invalid value: 90: may not be specified when "
                                + "port is non-numeric",
                        "bad.yaml:10:17: spec.egress[0].ports[1].endPort: Invalid value: 90: may not be specified when "
                                + "port is not specified",
                        "bad.yaml:11:29: spec.egress[0].ports[2].endPort: Invalid value: 8000: must be greater than or "
                                + "equal to port",
                        "bad.yaml:12:29: spec.egress[0].ports[3].endPort: Invalid value: 70000: must be between 1 and "
                                + "65535, inclusive",
                        "bad.yaml:13:29: spec.egress[0].ports[4].endPort: expected an integer, got a string"),

                // --- pods and workloads ---------------------------------------------------------
                row("container ports", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: web}
                        spec:
                          containers:
                          - name: app
                            ports:
                            - {name: http, containerPort: 80}
                            - {name: http, containerPort: 8080, protocol: tcp}
                            - {name: metrics}
                            - {name: Admin_Port, containerPort: 70000}
                        """,
                        "bad.yaml:9:14: spec.containers[0].ports[1].name: Duplicate value: \"http\"",
                        "bad.yaml:9:51: spec.containers[0].ports[1].protocol: Unsupported value: \"tcp\": supported "
                                + "values: \"SCTP\", \"TCP\", \"UDP\"",
                        "bad.yaml:10:7: spec.containers[0].ports[2].containerPort: Required value",
                        "bad.yaml:11:14: spec.containers[0].ports[3].name: Invalid value: \"Admin_Port\": must contain "
                                + "only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                        "bad.yaml:11:41: spec.containers[0].ports[3].containerPort: Invalid value: 70000: must be "
                                + "between 1 and 65535, inclusive"),
                row("a workload needs its pod template", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          replicas: 2
                        """, "bad.yaml:5:3: spec.template: Required value"),
                row("a CronJob's template is under jobTemplate", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata: {name: nightly}
                        spec:
                          schedule: "0 3 * * *"
                          jobTemplate:
                            spec: {}
                        """, "bad.yaml:7:11: spec.jobTemplate.spec.template: Required value"),
                row("apps/v1 selector required and must match the template", """
                        apiVersion: apps/v1
                        kind: ReplicaSet
                        metadata: {name: web}
                        spec:
                          template:
                            metadata: {labels: {app: web}}
                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata: {name: db}
                        spec:
                          serviceName: db
                          selector: {matchLabels: {app: db}}
                          template:
                            metadata:
                              labels: {app: postgres}
                        """,
                        "bad.yaml:5:3: spec.selector: Required value",
                        "bad.yaml:16:15: spec.template.metadata.labels: Invalid value: \"app=postgres\": selector "
                                + "does not match template labels"),
                row("template labels are validated", """
                        apiVersion: batch/v1
                        kind: Job
                        metadata: {name: once}
                        spec:
                          template:
                            metadata:
                              labels: {app: "-once"}
                        """, "bad.yaml:7:21: spec.template.metadata.labels: Invalid value: \"-once\": " + LABEL_VALUE),
                row("netpoldojo.io/ip must be an IP address", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          annotations:
                            netpoldojo.io/ip: 10.0.0.300
                        """, "bad.yaml:6:23: metadata.annotations[netpoldojo.io/ip]: invalid IP address \"10.0.0.300\""),
                row("two endpoints with one id", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: web, namespace: shop}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web, namespace: shop}
                        spec:
                          selector: {matchLabels: {app: web}}
                          template: {metadata: {labels: {app: web}}}
                        """, "bad.yaml:7:18: metadata.name: endpoint shop/web is already defined by Pod/shop/web "
                                + "(bad.yaml:1)"),

                // --- outside endpoints in comments ----------------------------------------------
                row("external: name and ip required, valid, unique", """
                        # netpoldojo.io/external: {name: alb}
                        # netpoldojo.io/external: {name: lb/1, ip: 203.0.113.1}
                        # netpoldojo.io/external: {name: dns, ip: 8.8.8.888}
                        # netpoldojo.io/external: {name: web, ip: 203.0.113.2}
                        #   netpoldojo.io/external: {name: web, ip: 203.0.113.3}
                        # netpoldojo.io/external: [alb, 203.0.113.4]
                        # netpoldojo.io/external: {name: x, ip: 203.0.113.5
                        """,
                        "bad.yaml:1:27: ip: Required value",
                        "bad.yaml:2:34: name: invalid name \"lb/1\": an external name must consist of letters, "
                                + "digits, '.', '_' or '-', and must start with a letter or digit",
                        "bad.yaml:3:43: ip: invalid IP address \"8.8.8.888\"",
                        "bad.yaml:5:36: name: duplicate external \"web\" (first at bad.yaml:4)",
                        "bad.yaml:6:27: netpoldojo.io/external: expected a flow mapping such as "
                                + "{name: alb, ip: 203.0.113.10}, got a list",
                        "bad.yaml:7:52: netpoldojo.io/external: YAML syntax error: expected ',' or '}', but got "
                                + "<stream end>"),

                // --- YAML itself ----------------------------------------------------------------
                row("a syntax error is reported at its line; earlier documents still load", """
                        apiVersion: v1
                        kind: Namespace
                        metadata: {name: shop}
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                          labels: app: web
                        """, "bad.yaml:9:14: YAML syntax error: mapping values are not allowed here"),
                row("a tab used for indentation", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n",
                        "bad.yaml:4:1: YAML syntax error: found character '\\t(TAB)' that cannot start any token. "
                                + "(Do not use \\t(TAB) for indentation)"),
                row("a global tag never constructs a Java object", """
                        apiVersion: v1
                        kind: Pod
                        metadata: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
                        """, "bad.yaml:3:11: YAML tag !!javax.script.ScriptEngineManager is not allowed"),
                row("local tags are not plain data", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: !secret web}
                        """, "bad.yaml:3:18: metadata.name: YAML tag !secret is not supported"),
                row("an alias bomb (billion laughs)", YamlSafetyTest.billionLaughs(),
                        "bad.yaml:7:23: too many YAML aliases (limit 50)"),
                row("input over 8 MiB", "# padding\n".repeat(900_000),
                        "bad.yaml: too large (8.6 MiB; the limit is 8 MiB)"),
                row("nesting deeper than 64", "a: " + "[".repeat(70) + "]".repeat(70) + "\n",
                        "bad.yaml:1:67: YAML nested too deeply (limit 64 levels)"),

                // --- several errors in one document: all of them --------------------------------
                row("a policy with many errors reports every one", """
                        apiVersion: networking.k8s.io/v1
                        kind: NetworkPolicy
                        metadata:
                          name: Allow_DNS
                          namespace: kube-system
                        spec:
                          podSelector:
                            matchLabels: {k8s-app: kube-dns}
                          policyTypes: [Ingress, egress]
                          ingress:
                          - from:
                            - namespaceSelector: {}
                            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/33]}
                            ports:
                            - {port: 53, protocol: udp}
                            - {port: domain, endPort: 54}
                        """,
                        "bad.yaml:4:9: metadata.name: invalid name \"Allow_DNS\": " + SUBDOMAIN,
                        "bad.yaml:9:26: spec.policyTypes[1]: Unsupported value: \"egress\": supported values: "
                                + "\"Ingress\", \"Egress\"",
                        "bad.yaml:13:43: spec.ingress[0].from[1].ipBlock.except[0]: invalid CIDR \"169.254.169.254/33\"",
                        "bad.yaml:15:28: spec.ingress[0].ports[0].protocol: Unsupported value: \"udp\": supported "
                                + "values: \"SCTP\", \"TCP\", \"UDP\"",
                        "bad.yaml:16:31: spec.ingress[0].ports[1].endPort: Invalid value: 54: may not be specified "
                                + "when port is non-numeric"));
    }

    private static Arguments row(String rule, String yaml, String... expected) {
        return Arguments.of(rule, yaml, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reportsExactlyTheseDiagnostics(String rule, String yaml, List<String> expected) {
        LoadResult result = new ManifestLoader().load("bad.yaml", yaml);

        List<String> shown = result.diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(expected, shown, rule);
        assertTrue(result.hasErrors(), "an invalid manifest must make the load invalid");
    }
}
