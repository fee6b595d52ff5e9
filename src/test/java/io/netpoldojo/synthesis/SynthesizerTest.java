package io.netpoldojo.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.manifest.ManifestLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intent to policy on small hand-made clusters: the policies a person would write, and the reasons when v1 cannot. */
class SynthesizerTest {
    static Cluster microservices() {
        return new ManifestLoader().loadFiles(List.of(Path.of("src/test/resources/cli/microservices.yaml"))).cluster();
    }

    static Intent parse(Cluster cluster, String text) {
        IntentParser.Parsed parsed = new IntentParser(cluster).parse(text, "intent.txt");
        assertEquals(List.of(), parsed.errors());
        return parsed.intent();
    }

    static final String MICROSERVICES_INTENT = """
            alb default/frontend 80
            default/frontend default/backend 8080
            default/backend default/mysql 3306
            default/backend default/redis 6379
            default/* kube-system/coredns 53/UDP,53/TCP
            """;

    private static Pod pod(String id, String labels) {
        String[] nsName = id.split("/");
        Labels l = Labels.NONE;
        for (String kv : labels.split(",")) {
            if (!kv.isBlank()) {
                l = l.with(kv.split("=")[0], kv.split("=")[1]);
            }
        }
        return new Pod(nsName[0], nsName[1], l, IpAddress.of("10.0.0." + (Math.abs(id.hashCode()) % 250 + 1)),
                List.of(ContainerPort.tcp(80)), "Pod");
    }

    private static NetworkPolicy policy(SynthesisResult r, String id) {
        return r.networkPolicies().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no policy " + id + " in " + r.networkPolicies().stream()
                        .map(NetworkPolicy::id).toList()));
    }

    @Test
    void microservicesGivesOnePolicyPerAppLikeAPersonWould() {
        Cluster cluster = microservices();
        SynthesisResult r = Synthesizer.synthesize(cluster, parse(cluster, MICROSERVICES_INTENT),
                Synthesizer.EgressMode.ALWAYS);
        assertTrue(r.exact(), r.proof().summary());
        assertEquals(List.of("default/default-deny-all", "default/allow-dns-egress", "default/backend",
                        "default/frontend", "default/mysql", "default/redis", "kube-system/default-deny-all",
                        "kube-system/kube-dns"),
                r.networkPolicies().stream().map(NetworkPolicy::id).toList());
        NetworkPolicy backend = policy(r, "default/backend");
        assertEquals(LabelSelector.matchLabels("app", "backend"), backend.podSelector());
        assertEquals(List.of(Direction.INGRESS, Direction.EGRESS), backend.declaredPolicyTypes());
        assertEquals(1, backend.ingress().size());
        assertEquals(2, backend.egress().size(), "mysql and redis on different ports: two rules");
        NetworkPolicy dns = policy(r, "default/allow-dns-egress");
        assertEquals(LabelSelector.EVERYTHING, dns.podSelector(), "one rule for the whole namespace, not one per pod");
        assertEquals(List.of(PolicyPeer.Selector.podsInNamespaces(LabelSelector.matchLabels("k8s-app", "kube-dns"),
                LabelSelector.matchLabels(Namespace.NAME_LABEL, "kube-system"))), dns.egress().get(0).peers());
        assertEquals("Ingress rule 1 lets in pods labelled app=frontend in this namespace (frontend), on 8080/TCP.",
                r.policies().get(2).sentences().get(1));
        assertTrue(r.proof().summary().startsWith("Checked: the engine's matrix"), r.proof().summary());
    }

    @Test
    void aSharedLabelCoversManyArrowsWithOnePeer() {
        Cluster cluster = new Cluster(List.of(), List.of(pod("shop/web-a", "app=web-a,tier=front"),
                pod("shop/web-b", "app=web-b,tier=front"), pod("shop/web-c", "app=web-c,tier=front"),
                pod("shop/api", "app=api,tier=back")), List.of());
        SynthesisResult r = Synthesizer.synthesize(cluster, parse(cluster, "shop/web-a shop/api 80\n"
                + "shop/web-b shop/api 80\nshop/web-c shop/api 80\n"), Synthesizer.EgressMode.WHEN_NEEDED);
        assertTrue(r.exact());
        NetworkPolicy api = policy(r, "shop/api");
        assertEquals(List.of(new PolicyRule(List.of(PolicyPeer.Selector.pods(LabelSelector.matchLabels("tier", "front"))),
                List.of(io.netpoldojo.engine.model.PolicyPort.tcp(80)))), api.ingress());
        assertEquals("default-deny-ingress", r.networkPolicies().get(0).name(),
                "no outside endpoints and egress only when needed: ingress isolation alone");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Egress is left open")), r.notes().toString());
    }

    @Test
    void aWholeNamespaceBecomesANamespaceSelector() {
        Cluster cluster = new Cluster(List.of(), List.of(pod("a/one", "app=one"), pod("a/two", "app=two"),
                pod("b/db", "app=db"), pod("b/cache", "app=cache")), List.of());
        SynthesisResult r = Synthesizer.synthesize(cluster, parse(cluster, "a/* b/* 80\n"),
                Synthesizer.EgressMode.WHEN_NEEDED);
        assertTrue(r.exact());
        NetworkPolicy b = policy(r, "b/all-pods");
        assertEquals(LabelSelector.EVERYTHING, b.podSelector());
        assertEquals(List.of(PolicyPeer.Selector.namespaces(LabelSelector.matchLabels(Namespace.NAME_LABEL, "a"))),
                b.ingress().get(0).peers());
    }

    @Test
    void lookAlikePodsTreatedDifferentlyAreNamedWithTheReason() {
        Cluster cluster = new Cluster(List.of(), List.of(pod("shop/web-1", "app=web"), pod("shop/web-2", "app=web"),
                pod("shop/db", "app=db")), List.of());
        SynthesisResult r = Synthesizer.synthesize(cluster, parse(cluster, "shop/web-1 shop/db 80\n"),
                Synthesizer.EgressMode.ALWAYS);
        assertEquals(1, r.inexpressible().size());
        SynthesisResult.Inexpressible x = r.inexpressible().get(0);
        assertEquals("shop/web-1 shop/db 80/TCP", x.flow().toString());
        assertEquals("shop/web-1 and shop/web-2 have the same labels (app=web) in namespace shop, so every policy"
                + " treats them alike; but the intent denies shop/web-2 \u2192 shop/db on 80/TCP. Give them different"
                + " labels to tell them apart.", x.reason());
        assertTrue(r.proof().holds());
        assertEquals(1, r.proof().differences().size(), "left denied: least privilege");
    }

    @Test
    void outsideEndpointsAreReachedByAddressAndNeedEgressIsolation() {
        Cluster cluster = new Cluster(List.of(), List.of(pod("shop/api", "app=api"),
                External.of("bank", "192.0.2.8")), List.of());
        SynthesisResult r = Synthesizer.synthesize(cluster, parse(cluster, "shop/api bank 443\n"),
                Synthesizer.EgressMode.WHEN_NEEDED);
        assertTrue(r.exact(), r.proof().summary());
        assertEquals("default-deny-all", r.networkPolicies().get(0).name(), "only egress can deny traffic to bank");
        assertEquals(List.of(PolicyPeer.IpBlock.of("192.0.2.8/32")), policy(r, "shop/api").egress().get(0).peers());
    }

    @Test
    void outsideEndpointsSharingAnAddressCannotBeToldApart() {
        List<Endpoint> endpoints = List.of(pod("shop/api", "app=api"), External.of("bank", "192.0.2.8"),
                External.of("bank-mirror", "192.0.2.8"));
        Cluster cluster = new Cluster(List.of(), endpoints, List.of());
        SynthesisResult r = Synthesizer.synthesize(cluster, parse(cluster, "shop/api bank 443\n"),
                Synthesizer.EgressMode.ALWAYS);
        assertEquals(1, r.inexpressible().size());
        assertTrue(r.inexpressible().get(0).reason().startsWith("bank and bank-mirror share the address 192.0.2.8"),
                r.inexpressible().get(0).reason());
    }

    @Test
    void theOutputLoadsBackAndSaysWhatWasChecked() {
        Cluster cluster = microservices();
        Intent intent = parse(cluster, MICROSERVICES_INTENT);
        SynthesisResult r = Synthesizer.synthesize(cluster, intent, Synthesizer.EgressMode.ALWAYS);
        String yaml = PolicyYaml.write(r, intent.allowed().size());
        assertTrue(yaml.startsWith("# Generated by NetPol Dojo from an intent of 12 allowed connections.\n"
                + "# Checked: the engine's matrix for these policies on 240 connections"), yaml);
        var loaded = new ManifestLoader().load("out.yaml", yaml);
        assertEquals(List.of(), loaded.errors());
        assertEquals(r.networkPolicies(), loaded.cluster().policies());
    }
}
