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

    /**
     * From the namespace and name alone (equal policies have equal ones, and a cluster holds one
     * policy per name): the record's own hashCode walks every rule, peer and selector, through
     * method handles, and the lint keys maps by policy. equals stays the record's own.
     */
    @Override
    public int hashCode() {
        return namespace.hashCode() * 31 + name.hashCode();
    }

    public List<PolicyRule> rules(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    public NetworkPolicy withName(String newName) {
        return new NetworkPolicy(namespace, newName, podSelector, declaredPolicyTypes, ingress, egress);
    }
}
