package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.engine.NetworkPolicyRules;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The hint step of a write-the-policy or fix-it card, between "what is still wrong" and the model
 * answer: one aspect of the model answer at a time, in the order a reviewer would ask about it
 * (which direction, which pods, who is let in, on which port), starting with the first one the
 * learner's policies get differently. It names the aspect without handing over the YAML.
 */
public final class PolicyHints {
    private PolicyHints() {}

    /** One hint: the question to ask oneself, and the model answer's choice for it. */
    public record Hint(String aspect, String text) {}

    /**
     * The hints for an attempt, the aspects the learner has differently first; the others follow,
     * so a learner can always ask for one more before the model answer.
     */
    public static List<Hint> forAttempt(Card.PolicyTask task, List<NetworkPolicy> attempt) {
        List<NetworkPolicy> model = task.solutionPolicies();
        List<Hint> differing = new ArrayList<>();
        List<Hint> same = new ArrayList<>();
        add(differing, same, directions(model), directions(attempt), "direction",
                d -> "Which direction? The model answer isolates " + d + " of the pods it protects, and says so in"
                        + " policyTypes.");
        add(differing, same, subjects(model), subjects(attempt), "pods",
                s -> "Which pods does the policy protect? The model answer selects " + s + ".");
        add(differing, same, peers(model), peers(attempt), "peers",
                p -> p.isEmpty() ? "Who is let in or out? Nobody: the model answer has no rules at all."
                        : "Who is let in or out? The model answer names " + p + ".");
        add(differing, same, ports(model), ports(attempt), "ports",
                p -> p.isEmpty() ? "Which ports? None: without rules nothing is allowed on any port."
                        : "Which ports? The model answer allows " + p + ".");
        List<Hint> out = new ArrayList<>(differing);
        out.addAll(same);
        return out;
    }

    private static void add(List<Hint> differing, List<Hint> same, Set<String> model, Set<String> attempt,
                            String aspect, Function<String, String> text) {
        Hint hint = new Hint(aspect, text.apply(String.join(" and ", model)));
        (model.equals(attempt) ? same : differing).add(hint);
    }

    /** The directions the policies isolate, after the apiserver's defaulting of policyTypes. */
    static Set<String> directions(List<NetworkPolicy> policies) {
        Set<String> out = new TreeSet<>();
        for (NetworkPolicy p : policies) {
            NetworkPolicyRules.effectivePolicyTypes(p).forEach(d -> out.add(d == Direction.INGRESS ? "Ingress" : "Egress"));
        }
        return out;
    }

    static Set<String> subjects(List<NetworkPolicy> policies) {
        Set<String> out = new TreeSet<>();
        for (NetworkPolicy p : policies) {
            out.add(p.podSelector().isEmpty() ? "every pod in " + p.namespace()
                    : "the pods labelled " + p.podSelector() + " in " + p.namespace());
        }
        return out;
    }

    static Set<String> peers(List<NetworkPolicy> policies) {
        Set<String> out = new TreeSet<>();
        for (PolicyRule rule : rules(policies)) {
            if (rule.peers().isEmpty()) {
                out.add("no from or to at all, which matches every peer");
            }
            for (PolicyPeer peer : rule.peers()) {
                if (peer instanceof PolicyPeer.IpBlock ip) {
                    out.add("an ipBlock of " + ip.cidr() + (ip.except().isEmpty() ? "" : " except " + ip.except()));
                } else if (peer instanceof PolicyPeer.Selector s) {
                    String pods = s.podSelector().map(PolicyHints::pods).orElse("every pod");
                    out.add(s.namespaceSelector().map(n -> pods + " in namespaces "
                            + (n.isEmpty() ? "of every name" : "labelled " + n) + (s.podSelector().isPresent()
                            ? " (a podSelector and a namespaceSelector in one peer)" : " (a namespaceSelector)"))
                            .orElse(pods + " in the policy's own namespace (a podSelector alone)"));
                }
            }
        }
        return out;
    }

    private static String pods(io.netpoldojo.engine.model.LabelSelector selector) {
        return selector.isEmpty() ? "every pod" : "pods labelled " + selector;
    }

    static Set<String> ports(List<NetworkPolicy> policies) {
        Set<String> out = new TreeSet<>();
        for (PolicyRule rule : rules(policies)) {
            if (rule.ports().isEmpty()) {
                out.add("every port");
            }
            for (PolicyPort port : rule.ports()) {
                out.add(port.protocol() + " " + port.port());
            }
        }
        return out;
    }

    private static List<PolicyRule> rules(List<NetworkPolicy> policies) {
        List<PolicyRule> out = new ArrayList<>();
        for (NetworkPolicy p : policies) {
            Set<Direction> types = NetworkPolicyRules.effectivePolicyTypes(p);
            if (types.contains(Direction.INGRESS)) {
                out.addAll(p.ingress());
            }
            if (types.contains(Direction.EGRESS)) {
                out.addAll(p.egress());
            }
        }
        return out;
    }
}
