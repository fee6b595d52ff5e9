package io.netpoldojo.engine;

/**
 * Something a good teacher would point out about a policy that is valid but probably not what
 * its author meant. {@code fieldPath} points into the policy, e.g. {@code spec.egress[0].to[1]}.
 */
public record LintWarning(Code code, String namespace, String policy, String fieldPath, String message) {
    public enum Code {
        SELECTS_NO_POD,
        PEER_MATCHES_NOTHING,
        NO_DNS_EGRESS,
        IPBLOCK_COVERS_POD_IPS,
        NAMED_PORT_NOT_DECLARED,
        END_PORT_SUPPORT,
        RULES_IGNORED_BY_POLICY_TYPES
    }

    @Override
    public String toString() {
        return namespace + "/" + policy + " " + fieldPath + ": " + message;
    }
}
