package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code render} carries the tier that decided each arrow, as the canvas's badge shows it: a
 * {@code data-tier} of {@code admin} or {@code baseline} on the arrow's path, read back here as a
 * script reading the SVG would.
 */
class RenderTiersTest {
    @TempDir
    Path dir;

    /** Arrow "from -> to" to its data-tier ("" when it has none), and its class. */
    private Map<String, String> render(String scenario) throws Exception {
        Path out = dir.resolve("out.svg");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(List.of("render", "--scenario", "content/scenarios/" + scenario, "-o", out.toString()));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList paths = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out)))
                .getElementsByTagNameNS("*", "path");
        Map<String, String> tiers = new TreeMap<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (List.of(p.getAttribute("class").split("\\s+")).contains("arrow")) {
                tiers.put(p.getAttribute("data-from") + " -> " + p.getAttribute("data-to"),
                        p.getAttribute("data-tier") + " " + p.getAttribute("class"));
            }
        }
        return tiers;
    }

    @Test
    void theClusterTiersScenarioMarksEachArrowWithTheTierThatDecidedIt() throws Exception {
        Map<String, String> tiers = render("cluster-tiers.yaml");
        // protect-db (Admin, priority 10): Deny for everyone but backend, before db-open-to-dev is consulted.
        assertEquals("admin arrow denied", tiers.get("dev/tester -> prod/db"));
        assertEquals("admin arrow allowed", tiers.get("prod/backend -> prod/db"), "its Accept rule decides too");
        assertEquals("admin arrow denied", tiers.get("monitoring/prometheus -> prod/db"),
                "protect-db's Deny comes before allow-monitoring (priority 30)");
        assertEquals("admin arrow allowed", tiers.get("monitoring/prometheus -> prod/backend"), "allow-monitoring");
        // baseline-deny: backend and tester are isolated by no NetworkPolicy, so the Baseline tier decides.
        assertEquals("baseline arrow denied", tiers.get("dev/tester -> prod/backend"));
        assertEquals("baseline arrow denied", tiers.get("prod/backend -> dev/tester"));
    }

    @Test
    void aScenarioWithoutClusterNetworkPoliciesHasNoTierOnAnyArrow() throws Exception {
        Map<String, String> tiers = render("microservices.yaml");
        assertTrue(tiers.size() > 5, tiers.toString());
        assertTrue(tiers.values().stream().allMatch(t -> t.startsWith(" ")), tiers.toString());
    }
}
