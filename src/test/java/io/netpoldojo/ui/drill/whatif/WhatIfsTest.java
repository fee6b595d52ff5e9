package io.netpoldojo.ui.drill.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The follow-ups generated from the deck's scenarios, one row per change an interviewer makes: the
 * answer before and after is written here from the Kubernetes rules and must be the engine's.
 */
class WhatIfsTest {
    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    /** card, change, a word of it, allowed before, allowed after (the answer), a line the diff must show (indent aside). */
    static Stream<Arguments> changes() {
        return Stream.of(
                // policyTypes defaulted: Ingress always, Egress only with egress rules.
                Arguments.of("isolation-egress-only-predict", "no-policy-types", "default-deny-egress", true, false,
                        "- policyTypes:"),
                Arguments.of("recipes-egress-breaks-namespace-predict", "no-policy-types", "default-deny-egress", false,
                        true, "- - Egress"),
                Arguments.of("production-db-shut-in-predict", "no-policy-types", "default-deny-egress", false, true,
                        "- - Egress"),
                // One peer (AND) split in two (OR): the namespaceSelector alone admits every pod of alice.
                Arguments.of("peers-one-peer-predict", "or-peer", "and-one-peer", false, true, "+ - namespaceSelector:"),
                // A podSelector alone: pods of the policy's own namespace only.
                Arguments.of("dns-fixed-predict", "no-namespace-selector", "allow-dns-egress", true, false,
                        "- namespaceSelector:"),
                Arguments.of("production-prometheus-predict", "no-namespace-selector", "metrics-from-prometheus", true,
                        false, "- namespaceSelector:"),
                Arguments.of("debugging-fix-peer", "no-namespace-selector", "api-from-web", true, false,
                        "- namespaceSelector:"),
                // DNS egress removed: the lookup, asked about, fails.
                Arguments.of("debugging-still-blocked-predict", "no-dns-egress", "shop-allow-dns", true, false,
                        "- port: 53"),
                Arguments.of("dns-write-egress", "no-dns-egress", "allow-dns-egress", true, false, "- port: 53"),
                // A second policy: isolates an open pod, takes nothing from an isolated one.
                Arguments.of("basics-flat-alb-to-mysql", "second-policy", "allow-monitoring", true, false,
                        "+ name: allow-monitoring"),
                Arguments.of("debugging-leftover-predict", "second-policy", "allow-monitoring", true, true,
                        "+ name: allow-monitoring"),
                // A named port: resolved on the destination pod.
                Arguments.of("debugging-leftover-predict", "named-port", "https", true, true, "+ port: https"),
                Arguments.of("isolation-write-both-ends", "named-port", "http", true, false, "+ port: http"),
                Arguments.of("myths-other-end-web-predict", "named-port", "postgres", true, false,
                        "+ port: postgres"),
                // A default deny in the source's namespace: its egress is isolated too.
                Arguments.of("cnp-predict-monitoring", "default-deny", "monitoring", true, false,
                        "+ name: default-deny-all"),
                Arguments.of("basics-flat-alb-to-mysql", "default-deny", "default", true, false,
                        "+ name: default-deny-all"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changes")
    void theEngineAnswersEachChangeAsTheRulesSay(String cardId, String kind, String names, boolean before,
                                                 boolean after, String diffLine) {
        WhatIf w = generated(cardId).stream().filter(x -> x.kind().id().equals(kind) && x.change().contains(names))
                .findFirst().orElseThrow(() -> new AssertionError(cardId + " offers no " + kind + " naming " + names
                        + ": " + generated(cardId).stream().map(WhatIf::change).toList()));
        assertEquals(before, w.before().allowed(), "before " + w.change());
        assertEquals(after, w.answer(), w.question() + "\n" + w.explanation());
        assertTrue(w.diff().stream().anyMatch(l -> l.charAt(0) == diffLine.charAt(0)
                && l.substring(2).strip().equals(diffLine.substring(2))), diffLine + " in\n" + String.join("\n", w.diff()));
        assertTrue(w.explanation().startsWith(after ? "Allowed" : "Denied"), w.explanation());
        assertTrue(w.explanation().contains(w.after().reason()), "the engine's own reasons are shown");
        assertTrue(w.question().endsWith("Can " + w.ask().from() + " reach " + w.ask().to() + " on " + w.ask().port()
                + " now?"), w.question());
    }

    @Test
    void theShortDiffKeepsEveryChangedLineWithThreeAroundAndElidesTheRest() {
        WhatIf w = generated("isolation-egress-only-predict").stream()
                .filter(x -> x.kind() == WhatIf.Kind.NO_POLICY_TYPES).findFirst().orElseThrow();
        List<String> lines = w.shortDiff(3);
        assertEquals(w.diff().stream().filter(l -> !l.startsWith("  ")).toList(),
                lines.stream().filter(l -> !l.startsWith("  ")).toList(), "every change is shown");
        assertTrue(lines.size() < w.diff().size(), lines.toString());
        assertEquals(WhatIf.ELIDED, lines.get(0), "the unchanged head is left out: " + lines);
        WhatIf added = generated("basics-flat-alb-to-mysql").stream()
                .filter(x -> x.kind() == WhatIf.Kind.SECOND_POLICY).findFirst().orElseThrow();
        assertEquals(added.diff(), added.shortDiff(3), "a new policy is shown whole");
    }

    @Test
    void theDnsFollowUpAsksAboutTheLookupItself() {
        WhatIf w = generated("debugging-still-blocked-predict").stream().filter(x -> x.kind() == WhatIf.Kind.NO_DNS_EGRESS)
                .findFirst().orElseThrow();
        assertEquals(new Ask("shop/web", "kube-system/coredns", Port.parse("53/UDP").orElseThrow()), w.ask());
    }

    @Test
    void aChangeIsOfferedOnlyWhenItChangesTheAnswerOrSaysWhyNot() {
        int offered = 0;
        for (Card c : content.cards()) {
            for (WhatIf w : generated(c.id())) {
                offered++;
                assertTrue(w.changesTheAnswer() || w.explanation().contains("the change does not change this answer")
                        && (w.kind() == WhatIf.Kind.SECOND_POLICY || w.kind() == WhatIf.Kind.NAMED_PORT), c.id() + ": " + w);
                assertFalse(w.diff().isEmpty(), c.id() + ": " + w.change());
            }
        }
        assertTrue(offered > 100, "the deck's scenarios give many follow-ups: " + offered);
    }

    @Test
    void aConnectionThatStaysDeniedWhateverTheChangeGetsNoFollowUp() {
        // frontend -> backend before its allow: nothing on the list opens it, so nothing is asked.
        assertEquals(List.of(), generated("worked-frontend-backend-predict"));
    }

    @Test
    void theChangedPolicyIsYamlTheAppAndKubectlRead() {
        for (Card c : content.cards()) {
            for (WhatIf w : generated(c.id())) {
                String after = w.diff().stream().filter(l -> !l.startsWith("- ")).map(l -> l.substring(2))
                        .filter(l -> !l.equals("---")).collect(Collectors.joining("\n"));
                LoadResult loaded = new ManifestLoader().load("follow-up.yaml", after);
                assertFalse(loaded.hasErrors(), c.id() + " " + w.kind() + ": " + loaded.errors() + "\n" + after);
                assertEquals(1, loaded.cluster().policies().size(), after);
            }
        }
    }

    @Test
    void theSameSeedPicksTheSameFollowUpAndEveryKindComesUp() {
        List<String> kinds = new ArrayList<>();
        for (long seed = 0; seed < 4; seed++) {
            Random random = new Random(seed);
            for (Card c : content.cards()) {
                long draw = random.nextLong();
                WhatIfs.pick(c, content, new Random(draw)).ifPresent(w -> {
                    kinds.add(w.kind().id());
                    assertEquals(w, WhatIfs.pick(c, content, new Random(draw)).orElseThrow());
                });
            }
        }
        assertEquals(List.of("default-deny", "named-port", "no-dns-egress", "no-namespace-selector", "no-policy-types",
                "or-peer", "second-policy"), kinds.stream().distinct().sorted().toList());
    }

    @Test
    void theVerdictsAreTheEnginesOnTheClusterBeforeTheChange() {
        Card card = content.card("dns-fixed-predict").orElseThrow();
        WhatIfs.Subject s = WhatIfs.subject(card, content).orElseThrow();
        for (WhatIf w : WhatIfs.generate(s.cluster(), s.ask())) {
            assertEquals(new Engine(s.cluster()).evaluate(w.ask().from(), w.ask().to(), w.ask().port()).allowed(),
                    w.before().allowed(), w.change());
        }
        List<NetworkPolicy> unchanged = s.cluster().policies();
        assertEquals(unchanged, WhatIfs.subject(card, content).orElseThrow().cluster().policies(), "not mutated");
    }

    private static List<WhatIf> generated(String cardId) {
        Card card = content.card(cardId).orElseThrow(() -> new AssertionError("no card " + cardId));
        return WhatIfs.subject(card, content).map(s -> WhatIfs.generate(s.cluster(), s.ask())).orElse(List.of());
    }
}
