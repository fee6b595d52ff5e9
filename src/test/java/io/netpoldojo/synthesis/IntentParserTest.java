package io.netpoldojo.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentParserTest {
    private final Cluster cluster = SynthesizerTest.microservices();

    private IntentParser.Parsed parse(String text) {
        return new IntentParser(cluster).parse(text, "intent.txt");
    }

    @Test
    void readsLinesCommentsWildcardsAndPortLists() {
        IntentParser.Parsed p = parse("""
                # who may talk
                alb default/frontend 80   # the load balancer

                default/* kube-system/coredns 53/UDP,53/tcp
                """);
        assertEquals(List.of(), p.errors());
        assertEquals(1 + 4 * 2, p.intent().allowed().size());
        assertEquals("alb default/frontend 80/TCP\n", p.intent().toText().lines().filter(l -> l.startsWith("alb"))
                .findFirst().orElseThrow() + "\n");
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        IntentParser.Parsed p = parse("""
                default/frontend default/backend
                default/nope default/backend 8080
                default/frontend backend 8080
                default/frontend default/backend 80/HTTP
                nowhere/* default/backend 80
                """);
        assertEquals(List.of(
                "intent.txt:1: expected FROM TO PORT (e.g. \"default/frontend default/backend 8080/TCP\"), found 2 fields",
                "intent.txt:2: unknown endpoint \"default/nope\"",
                "intent.txt:3: unknown endpoint \"backend\" (pods are namespace/name; outside endpoints go by their name)",
                "intent.txt:4: \"80/HTTP\" is not a port (use 8080, 8080/TCP, 53/UDP or 9000/SCTP)",
                "intent.txt:5: namespace \"nowhere\" has no pods"), p.errors());
    }

    @Test
    void selfTrafficAndOutsideToOutsideAreRemarkedNotAllowed() {
        IntentParser.Parsed p = parse("default/frontend default/frontend 80\nalb internet 443\n");
        assertEquals(List.of(), p.errors());
        assertEquals(0, p.intent().allowed().size());
        assertEquals(2, p.notes().size());
        assertEquals("intent.txt:1: default/frontend to itself is always allowed (a pod cannot block traffic to"
                + " itself); no policy is needed", p.notes().get(0));
    }
}
