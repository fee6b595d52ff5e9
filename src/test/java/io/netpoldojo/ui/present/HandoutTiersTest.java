package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The handout of the demo "the deny developers cannot override" carries, on each arrow of each
 * step's picture, the tier that decided it ({@code data-tier}, as the canvas's badge), and the
 * question's picture says nothing of the asked arrow's tier.
 */
class HandoutTiersTest {
    private static final Pattern IMAGE = Pattern.compile(
            "<figure class=\"(asked|shown|revealed)\"><img src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"");
    private static final Pattern ARROW = Pattern.compile(
            "<path class=\"arrow [^\"]*\" data-from=\"([^\"]*)\" data-to=\"([^\"]*)\"([^>]*)>");
    private static final Pattern TIER = Pattern.compile(" data-tier=\"([a-z]+)\"");

    @Test
    void everyPictureCarriesTheTierThatDecidedEachArrow() {
        Content content = new ContentLoader().load(Path.of("content"));
        Demo demo = content.demo("admin-deny").orElseThrow();
        PolicyDrafts drafts = new PolicyDrafts();
        Script script = Script.ofDemo(demo, content.scenario(demo.scenario()).orElseThrow(), drafts);
        String html = Handout.html(script, drafts);
        int tiersSeen = 0;
        for (int i = 0; i < script.steps().size(); i++) {
            String section = html.substring(html.indexOf("id=\"step-" + (i + 1) + "\""));
            section = section.substring(0, section.indexOf("</section>"));
            Map<String, String> expected = new TreeMap<>();
            ConnectionMap.compute(script.engineAt(i, drafts), PortFilter.OWN_PORTS).forEach((key, c) -> expected.put(
                    c.fromId() + "->" + c.toId(), c.decidingTier().map(t -> t.apiName().toLowerCase(Locale.ROOT))
                            .orElse("")));
            Matcher m = IMAGE.matcher(section);
            while (m.find()) {
                String svg = new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8);
                Map<String, String> drawn = new TreeMap<>();
                Matcher a = ARROW.matcher(svg);
                while (a.find()) {
                    Matcher tier = TIER.matcher(a.group(3));
                    drawn.put(a.group(1) + "->" + a.group(2), tier.find() ? tier.group(1) : "");
                }
                String where = "step " + (i + 1) + ", " + m.group(1) + " picture";
                if (m.group(1).equals("asked")) {
                    var ask = script.steps().get(i).question().orElseThrow().ask();
                    assertEquals("", drawn.get(ask.from() + "->" + ask.to()), where + ": the asked arrow tells no tier");
                } else {
                    assertEquals(expected, drawn, where);
                    tiersSeen += (int) drawn.values().stream().filter(t -> !t.isEmpty()).count();
                }
            }
        }
        assertTrue(tiersSeen > 0, "the demo's ClusterNetworkPolicies decide some arrows");
    }
}
