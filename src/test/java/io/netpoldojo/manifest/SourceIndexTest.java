package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine's lint names (policy, field path); the SourceIndex turns that into file:line:col. */
class SourceIndexTest {
    private static final String POLICY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: web
              namespace: shop
              labels: {app: web}
            spec:
              podSelector:
                matchLabels: {app: web}
              ingress:
              - from:
                - podSelector: {}
                - ipBlock:
                    cidr: 10.0.0.0/16
                    except:
                    - 10.0.1.0/24
                ports:
                - port: 80
            """;

    private static final SourceIndex INDEX = new ManifestLoader().load("p.yaml", POLICY).sources();
    private static final ObjectKey KEY = ObjectKey.policy("shop", "web");

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("metadata.name", "p.yaml:4:3"),
                Arguments.of("metadata.labels[app]", "p.yaml:6:12"),
                Arguments.of("spec.podSelector", "p.yaml:8:3"),
                Arguments.of("spec.podSelector.matchLabels[app]", "p.yaml:9:19"),
                Arguments.of("spec.ingress[0]", "p.yaml:11:5"),
                Arguments.of("spec.ingress[0].from[1]", "p.yaml:13:7"),
                Arguments.of("spec.ingress[0].from[1].ipBlock.cidr", "p.yaml:14:9"),
                Arguments.of("spec.ingress[0].from[1].ipBlock.except[0]", "p.yaml:16:11"),
                Arguments.of("spec.ingress[0].ports[0].port", "p.yaml:18:7"),
                // not written: the nearest written ancestor
                Arguments.of("spec.ingress[0].ports[0].protocol", "p.yaml:18:7"),
                Arguments.of("spec.ingress[0].from[1].ipBlock.except[7]", "p.yaml:15:9"),
                Arguments.of("spec.egress[0].to[0]", "p.yaml:7:1"),
                Arguments.of("", "p.yaml:1:1"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("paths")
    void findsTheFieldOrItsNearestWrittenAncestor(String path, String expected) {
        assertEquals(expected, INDEX.find(KEY, path).map(SourcePosition::toString).orElse("none"));
    }

    @Test
    void anUnknownObjectHasNoPosition() {
        assertEquals(Optional.empty(), INDEX.find(ObjectKey.policy("shop", "other"), "spec"));
    }

    @Test
    void otherObjectsRecordAtLeastTheirMetadata() {
        LoadResult result = new ManifestLoader().load("s.yaml", Fixtures.text("shop-scenario.yaml"));
        ObjectKey web = new ObjectKey("Deployment", "shop", "web");

        assertEquals("s.yaml:17:3", result.sources().find(web, "metadata.name").orElseThrow().toString());
        assertEquals("s.yaml:29:9", result.sources().find(web, "spec.template.metadata.labels[app]").orElseThrow()
                .toString());
        assertEquals("s.yaml:3:27", result.sources().find(ObjectKey.external("alb"), "").orElseThrow().toString());
        assertEquals("s.yaml:3:43", result.sources().find(ObjectKey.external("alb"), "ip").orElseThrow().toString());
    }

    @Test
    void parentPathsStripOneStepAtATime() {
        assertEquals("spec.ingress[0].from", SourceIndex.parent("spec.ingress[0].from[1]"));
        assertEquals("metadata.labels", SourceIndex.parent("metadata.labels[app.kubernetes.io/name]"));
        assertEquals("spec", SourceIndex.parent("spec.podSelector"));
        assertEquals("", SourceIndex.parent("spec"));
    }
}
