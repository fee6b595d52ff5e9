package io.netpoldojo.engine.model;

import java.util.List;

/**
 * One entry of a ClusterNetworkPolicy rule's {@code from} or {@code to}; "exactly one of the
 * fields must be set for a given peer".
 */
public sealed interface ClusterPeer {

    /** {@code namespaces}: "a way to select all pods within a set of Namespaces". */
    record Namespaces(LabelSelector namespaces) implements ClusterPeer {
        @Override
        public String toString() {
            return namespaces.isEmpty() ? "all namespaces" : "namespaces " + namespaces;
        }
    }

    /** {@code pods}: the pods matching {@code pods} in the namespaces matching {@code namespaces}. */
    record Pods(LabelSelector namespaces, LabelSelector pods) implements ClusterPeer {
        @Override
        public String toString() {
            return (pods.isEmpty() ? "all pods" : "pods " + pods) + " in "
                    + (namespaces.isEmpty() ? "all namespaces" : "namespaces " + namespaces);
        }
    }

    /**
     * {@code networks} (egress only): CIDR blocks. "Cluster-internal traffic will be checked
     * against the rule as well": a pod whose IP is inside a block matches too.
     */
    record Networks(List<Cidr> cidrs) implements ClusterPeer {
        public Networks {
            cidrs = List.copyOf(cidrs);
        }

        public boolean contains(IpAddress ip) {
            for (Cidr c : cidrs) {
                if (c.contains(ip)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "networks " + cidrs.stream().map(Cidr::toString).toList();
        }
    }

    /**
     * {@code nodes} (egress, experimental channel): "select a set of nodes in the cluster (based on
     * the node's labels)". NetPol Dojo models no nodes, so it matches no endpoint here.
     */
    record Nodes(LabelSelector nodes) implements ClusterPeer {
        @Override
        public String toString() {
            return "nodes " + nodes;
        }
    }

    /**
     * {@code domainNames} (egress, experimental channel, Accept rules only): names resolved by
     * DNS. NetPol Dojo resolves no names, so it matches no endpoint here.
     */
    record DomainNames(List<String> names) implements ClusterPeer {
        public DomainNames {
            names = List.copyOf(names);
        }

        @Override
        public String toString() {
            return "domainNames " + names;
        }
    }
}
