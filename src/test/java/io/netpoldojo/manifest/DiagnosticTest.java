package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.engine.model.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How problems read: {@code file:line:col: path: message}, as compilers and kubectl print them. */
class DiagnosticTest {
    private static final SourcePosition AT = new SourcePosition("policies.yaml", 14, 9);

    @Test
    void anErrorWithAPath() {
        assertEquals("policies.yaml:14:9: spec.ingress[0].from[1].ipBlock.except[0]: must be a strict subset of cidr "
                        + "10.0.0.0/16",
                Diagnostic.error(AT, "spec.ingress[0].from[1].ipBlock.except[0]",
                        "must be a strict subset of cidr 10.0.0.0/16").toString());
    }

    @Test
    void anErrorWithoutAPath() {
        assertEquals("policies.yaml:14:9: YAML syntax error: mapping values are not allowed here",
                Diagnostic.error(AT, "", "YAML syntax error: mapping values are not allowed here").toString());
    }

    @Test
    void warningsAndNoticesSaySo() {
        assertEquals("policies.yaml:14:9: spec.ingress[0].from[0].ipBlock.cidr: warning: not in canonical form; did "
                        + "you mean 10.0.0.0/16?",
                Diagnostic.warning(AT, "spec.ingress[0].from[0].ipBlock.cidr",
                        "not in canonical form; did you mean 10.0.0.0/16?").toString());
        assertEquals("policies.yaml:14:9: notice: skipped Service/web", Diagnostic.notice(AT, "", "skipped Service/web")
                .toString());
    }

    @Test
    void aWholeFileProblemNamesOnlyTheFile() {
        assertEquals("missing.yaml: cannot read: no such file",
                Diagnostic.error(SourcePosition.ofFile("missing.yaml"), "", "cannot read: no such file").toString());
    }

    @Test
    void objectKeysPrintLikeKubectl() {
        assertEquals("NetworkPolicy/shop/deny", ObjectKey.policy("shop", "deny").toString());
        assertEquals("Namespace/shop", ObjectKey.namespace("shop").toString());
    }

    @Test
    void warningsAreOnlyWarnings() {
        LoadResult result = new LoadResult(Cluster.EMPTY, List.of(
                Diagnostic.notice(AT, "", "n"), Diagnostic.warning(AT, "", "w"), Diagnostic.error(AT, "", "e")),
                List.of(), SourceIndex.EMPTY);

        assertEquals(List.of(Diagnostic.warning(AT, "", "w")), result.warnings());
        assertEquals(List.of(Diagnostic.error(AT, "", "e")), result.errors());
        assertEquals(true, result.hasErrors());
    }
}
