package io.netpoldojo.engine.model;

import java.util.List;

/**
 * A policy.networking.k8s.io/v1alpha2 ClusterNetworkPolicy: cluster-scoped, in the Admin or the
 * Baseline tier, with a priority from 0 to 1000 ("lower priority values have higher
 * precedence"), a subject and ordered rules ("a rule that appears at the top ... would take the
 * highest precedence"). It isolates nothing by itself: its rules are read as written.
 */
public record ClusterNetworkPolicy(String name, Tier tier, int priority, ClusterSubject subject,
                                   List<ClusterRule> ingress, List<ClusterRule> egress) {
    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 1000;

    public ClusterNetworkPolicy {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    public List<ClusterRule> rules(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    /** "Admin protect-db (priority 10)": how explanations name it. */
    public String label() {
        return tier.apiName() + " " + name + " (priority " + priority + ")";
    }

    public ClusterNetworkPolicy withPriority(int newPriority) {
        return new ClusterNetworkPolicy(name, tier, newPriority, subject, ingress, egress);
    }

    public ClusterNetworkPolicy withRules(List<ClusterRule> newIngress, List<ClusterRule> newEgress) {
        return new ClusterNetworkPolicy(name, tier, priority, subject, newIngress, newEgress);
    }
}
