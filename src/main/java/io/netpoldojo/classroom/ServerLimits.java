package io.netpoldojo.classroom;

/**
 * How much the voting server takes from one address or one device before it says "too many"
 * (HTTP 429). A classroom needs a few requests a minute per phone; these leave room for a flaky
 * network's retries and for a class behind one address (a NAT), and stop a script from guessing
 * the PIN: at 10 wrong PINs a minute, half of the 10,000 take over eight hours.
 *
 * @param requestsPerSecond  all requests from one address (Jetty's DoSHandler)
 * @param pinFailures        wrong PINs one address may try in a row; then one more every
 *                           {@code 60 / pinFailuresPerMinute} seconds
 * @param joinsPerMinute     devices one address may join per minute (after a burst of as many)
 * @param voteBurst          votes (changes included) one device may cast at once
 * @param votesPerMinute     and then per minute
 * @param maxStreams         live update streams held at once
 */
public record ServerLimits(int requestsPerSecond, int pinFailures, double pinFailuresPerMinute, int joinsPerMinute,
                           int voteBurst, int votesPerMinute, int maxStreams) {
    public static final ServerLimits CLASSROOM = new ServerLimits(100, 10, 10, 60, 10, 60, 2 * Room.MAX_DEVICES);

    /**
     * The same limits for a test whose {@code devices} simulated phones all share one address
     * (loopback): each per-address limit multiplied by {@code devices}, per-device ones unchanged.
     */
    public ServerLimits sharedBy(int devices) {
        return new ServerLimits(requestsPerSecond * devices, pinFailures * devices, pinFailuresPerMinute * devices,
                joinsPerMinute * devices, voteBurst, votesPerMinute, maxStreams);
    }

    /** The same limits with room for {@code votes} quick votes per device (a load test's rounds come fast). */
    public ServerLimits withVoteBurst(int votes) {
        return new ServerLimits(requestsPerSecond, pinFailures, pinFailuresPerMinute, joinsPerMinute,
                Math.max(voteBurst, votes), votesPerMinute, maxStreams);
    }
}
