package io.netpoldojo.content;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario is meant to show, or what a learner's policies must achieve, in the
 * expectation language checked by {@link ExpectationCheck}:
 * <pre>
 * - {from: default/frontend, to: default/backend, port: 8080/TCP, allowed: true}
 * - {to: default/mysql, port: 3306/TCP, onlyFrom: [default/backend]}
 * - {from: default/frontend, port: 8080/TCP, onlyTo: [default/backend]}
 * - {after: backend, from: default/frontend, to: default/mysql, port: 3306/TCP, allowed: false}
 * </pre>
 * {@code after} names the scenario state (see {@link Scenario#clusterAfter}); empty means all of
 * the scenario's policies applied. Endpoint ids are {@code namespace/name} for pods and workloads
 * and the bare name for outside endpoints.
 */
public sealed interface Expectation permits Expectation.Reach, Expectation.OnlyFrom, Expectation.OnlyTo {

    Optional<String> after();

    Port port();

    /** Where it is written, so that a failure is reported at its line. */
    SourcePosition position();

    /** One connection is allowed or denied. */
    record Reach(Optional<String> after, String from, String to, Port port, boolean allowed, SourcePosition position)
            implements Expectation {
        @Override
        public String toString() {
            return from + " -> " + to + " on " + port + (allowed ? " allowed" : " denied");
        }
    }

    /** Exactly these sources reach {@code to} on the port (besides {@code to} itself). */
    record OnlyFrom(Optional<String> after, String to, Port port, List<String> sources, SourcePosition position)
            implements Expectation {
        public OnlyFrom {
            sources = List.copyOf(sources);
        }

        @Override
        public String toString() {
            return "only " + sources + " reach " + to + " on " + port;
        }
    }

    /** {@code from} reaches exactly these destinations on the port (besides itself). */
    record OnlyTo(Optional<String> after, String from, Port port, List<String> destinations, SourcePosition position)
            implements Expectation {
        public OnlyTo {
            destinations = List.copyOf(destinations);
        }

        @Override
        public String toString() {
            return from + " reaches only " + destinations + " on " + port;
        }
    }
}
