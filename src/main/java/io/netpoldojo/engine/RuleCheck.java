package io.netpoldojo.engine;

/**
 * How one rule of an isolating policy fared against a connection: whether its peers include the
 * other end and whether its ports include the port. It allows the connection when both hold.
 */
public record RuleCheck(RuleRef rule, boolean peerMatches, boolean portMatches) {
    public boolean allows() {
        return peerMatches && portMatches;
    }
}
