package io.netpoldojo.engine.model;

import java.util.List;

/**
 * A networking.k8s.io/v1 NetworkPolicy as written: {@code declaredPolicyTypes} is what the
 * manifest says (empty when unset); the engine applies the apiserver's defaulting.
 */
public record NetworkPolicy(
        String namespace,
        String name,
        LabelSelector podSelector,
        List<Direction> declaredPolicyTypes,
        List<PolicyRule> ingress,
        List<PolicyRule> egress) {

    public NetworkPolicy {
        declaredPolicyTypes = List.copyOf(declaredPolicyTypes);
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    public String id() {
        return namespace + "/" + name;
    }

    public List<PolicyRule> rules(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    public NetworkPolicy withName(String newName) {
        return new NetworkPolicy(namespace, newName, podSelector, declaredPolicyTypes, ingress, egress);
    }
}
