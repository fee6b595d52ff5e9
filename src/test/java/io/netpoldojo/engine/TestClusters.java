package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.SelectorRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/** Compact builders for engine tests: {@code labels("app=web,tier=front")} and friends. */
final class TestClusters {
    private TestClusters() {}

    static Labels labels(String text) {
        TreeMap<String, String> map = new TreeMap<>();
        if (!text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=", 2);
                map.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
            }
        }
        return new Labels(map);
    }

    static LabelSelector sel(String matchLabels, SelectorRequirement... expressions) {
        return new LabelSelector(labels(matchLabels), List.of(expressions));
    }

    static SelectorRequirement expr(String key, SelectorRequirement.Operator op, String... values) {
        return new SelectorRequirement(key, op, List.of(values));
    }

    static Pod pod(String id, String labels, String ip, ContainerPort... ports) {
        String[] nsName = id.split("/");
        return new Pod(nsName[0], nsName[1], labels(labels), io.netpoldojo.engine.model.IpAddress.of(ip),
                List.of(ports), "Pod");
    }

    static ContainerPort port(int number) {
        return ContainerPort.tcp(number);
    }

    static ContainerPort port(String name, int number, Protocol protocol) {
        return ContainerPort.named(name, number, protocol);
    }

    static PolicyPeer.Selector pods(String labels) {
        return PolicyPeer.Selector.pods(sel(labels));
    }

    static PolicyPeer.Selector namespaces(String labels) {
        return PolicyPeer.Selector.namespaces(sel(labels));
    }

    static PolicyPeer.Selector podsInNamespaces(String podLabels, String nsLabels) {
        return PolicyPeer.Selector.podsInNamespaces(sel(podLabels), sel(nsLabels));
    }

    static PolicyRule rule(List<PolicyPeer> peers, PolicyPort... ports) {
        return new PolicyRule(peers, List.of(ports));
    }

    static PolicyRule from(PolicyPeer... peers) {
        return new PolicyRule(List.of(peers), List.of());
    }

    static List<PolicyPeer> peers(PolicyPeer... peers) {
        return List.of(peers);
    }

    /** A policy builder: {@code policy("prod/allow").selecting("app=db").ingress(...).build()}. */
    static PolicyBuilder policy(String id) {
        return new PolicyBuilder(id);
    }

    static final class PolicyBuilder {
        private final String namespace;
        private final String name;
        private LabelSelector podSelector = LabelSelector.EVERYTHING;
        private final List<Direction> types = new ArrayList<>();
        private final List<PolicyRule> ingress = new ArrayList<>();
        private final List<PolicyRule> egress = new ArrayList<>();

        PolicyBuilder(String id) {
            String[] nsName = id.split("/");
            this.namespace = nsName[0];
            this.name = nsName[1];
        }

        PolicyBuilder selecting(String labels) {
            podSelector = sel(labels);
            return this;
        }

        PolicyBuilder selecting(LabelSelector selector) {
            podSelector = selector;
            return this;
        }

        PolicyBuilder types(Direction... directions) {
            types.addAll(Arrays.asList(directions));
            return this;
        }

        PolicyBuilder ingress(PolicyRule... rules) {
            ingress.addAll(Arrays.asList(rules));
            return this;
        }

        PolicyBuilder egress(PolicyRule... rules) {
            egress.addAll(Arrays.asList(rules));
            return this;
        }

        NetworkPolicy build() {
            return new NetworkPolicy(namespace, name, podSelector, types, ingress, egress);
        }
    }

    /**
     * The cluster most tests share. Namespaces: prod (team=shop, env=prod), dev (env=dev), default.
     * Pods: prod/frontend, prod/backend (named port "api" = 8080), prod/mysql, prod/redis,
     * dev/client, default/tool, kube-system/coredns. Outside: alb and internet.
     */
    static Cluster shop(NetworkPolicy... policies) {
        List<Namespace> namespaces = List.of(
                new Namespace("prod", labels("team=shop,env=prod")),
                new Namespace("dev", labels("env=dev")),
                Namespace.named("default"),
                Namespace.named("kube-system"));
        List<Endpoint> endpoints = List.of(
                pod("prod/frontend", "app=frontend,tier=web", "10.244.1.10", port("http", 80, Protocol.TCP)),
                pod("prod/backend", "app=backend,tier=api", "10.244.1.11", port("api", 8080, Protocol.TCP),
                        port("metrics", 9090, Protocol.TCP)),
                pod("prod/mysql", "app=mysql,tier=db", "10.244.1.12", port("mysql", 3306, Protocol.TCP)),
                pod("prod/redis", "app=redis,tier=db", "10.244.1.13", port(6379)),
                pod("dev/client", "app=client", "10.244.2.10"),
                pod("default/tool", "app=tool", "10.244.3.10"),
                pod("kube-system/coredns", "k8s-app=kube-dns", "10.244.0.2", port("dns", 53, Protocol.UDP),
                        port("dns-tcp", 53, Protocol.TCP)),
                External.of("alb", "203.0.113.10"),
                External.of("internet", "198.51.100.7"));
        return new Cluster(namespaces, endpoints, List.of(policies));
    }
}
