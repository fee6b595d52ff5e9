package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The presentation's view-model over the real demos, with no window: beats, answers, live editing. */
class PresentationTest {
    private static Content content;
    private final PolicyDrafts drafts = new PolicyDrafts();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
        assertFalse(content.hasErrors(), () -> content.errors().toString());
    }

    static Stream<String> demoIds() {
        return new ContentLoader().load(Path.of("content")).demos().stream().map(Demo::id);
    }

    private Presentation start(String demoId) {
        Demo demo = content.demo(demoId).orElseThrow();
        Script script = Script.ofDemo(demo, content.scenario(demo.scenario()).orElseThrow(), drafts);
        return new Presentation(script, new PlaygroundModel(drafts, script.workspaceAt(0)));
    }

    /** Presses forward until the step with this title shows, its question not yet answered. */
    private Presentation forwardTo(String demoId, String title) {
        Presentation p = start(demoId);
        while (!p.currentStep().title().equals(title)) {
            assertTrue(p.canGoForwardProperty().get(), "no step " + title);
            p.forward();
        }
        assertFalse(p.revealedProperty().get());
        return p;
    }

    private static List<String> appliedIds(Presentation p) {
        return p.canvas().evaluation().cluster().policies().stream().map(NetworkPolicy::id).sorted().toList();
    }

    /** What the class sees at one beat. */
    private record Seen(int step, boolean revealed, Workspace canvas, Optional<Boolean> answer, List<String> because) {
        static Seen of(Presentation p) {
            return new Seen(p.stepProperty().get(), p.revealedProperty().get(), p.canvas().workspace(),
                    p.answerProperty().get().map(Verdict::allowed),
                    p.answerProperty().get().map(Verdict::sentences).orElse(List.of()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoIds")
    void everyDemoPlaysForwardWithTheEnginesAnswersAndBackExactly(String demoId) {
        Demo demo = content.demo(demoId).orElseThrow();
        Scenario scenario = content.scenario(demo.scenario()).orElseThrow();
        Presentation p = start(demoId);
        List<Seen> forward = new ArrayList<>();
        int questions = 0;
        while (true) {
            int i = p.stepProperty().get();
            Cluster expected = demo.clusterAfterStep(scenario, i);
            assertEquals(expected.policies().stream().map(NetworkPolicy::id).sorted().toList(), appliedIds(p), "step " + (i + 1));
            assertEquals(expected.clusterPolicies().stream().map(ClusterNetworkPolicy::name).toList(),
                    p.canvas().evaluation().cluster().clusterPolicies().stream().map(ClusterNetworkPolicy::name).toList(),
                    "cluster-wide policies at step " + (i + 1));
            Optional<Demo.Question> q = demo.steps().get(i).question();
            if (p.revealedProperty().get()) {
                questions++;
                Verdict engine = new Engine(expected)
                        .evaluate(q.get().ask().from(), q.get().ask().to(), q.get().ask().port());
                Verdict shown = p.answerProperty().get().orElseThrow();
                assertEquals(engine.allowed(), shown.allowed(), q.get().text());
                assertEquals(engine.sentences(), shown.sentences(), q.get().text());
            } else {
                assertEquals(Optional.empty(), p.answerProperty().get(), "no answer before the reveal");
            }
            forward.add(Seen.of(p));
            if (!p.canGoForwardProperty().get()) {
                break;
            }
            p.forward();
        }
        assertEquals(demo.steps().size() - 1, p.stepProperty().get(), "ends on the last step");
        assertEquals(demo.steps().stream().filter(s -> s.question().isPresent()).count(), questions);
        assertEquals(demo.steps().size() + questions, forward.size(), "one beat per step, two with a question");

        p.forward();
        assertEquals(forward.get(forward.size() - 1), Seen.of(p), "forward at the end changes nothing");
        for (int b = forward.size() - 2; b >= 0; b--) {
            p.back();
            assertEquals(forward.get(b), Seen.of(p), "back to beat " + b);
        }
        assertFalse(p.canGoBackProperty().get());
    }

    @Test
    void aQuestionIsRevealedBeforeTheNextStepAndHiddenAgainGoingBack() {
        Presentation p = start("microservices");
        assertEquals("The flat network", p.currentStep().title());
        assertFalse(p.revealedProperty().get());
        p.forward();
        assertEquals(0, p.stepProperty().get(), "the first key press reveals");
        assertTrue(p.answerProperty().get().orElseThrow().allowed(), "no policies: frontend reaches mysql");
        p.forward();
        assertEquals("Default deny all", p.currentStep().title());
        assertFalse(p.revealedProperty().get());
        assertEquals(Optional.empty(), p.answerProperty().get());
        p.back();
        assertEquals(0, p.stepProperty().get());
        assertTrue(p.revealedProperty().get(), "back shows the step as it was left: answered");
        p.back();
        assertFalse(p.revealedProperty().get());
        assertEquals(Optional.empty(), p.answerProperty().get());
    }

    @Test
    void theChangeSummaryCountsTheArrowsAndGoingBackReversesIt() {
        Presentation p = start("microservices");
        p.forward();
        p.forward();
        assertEquals("applying default-deny-all", p.changeProperty().get(),
                "while the class predicts, the counts would tell the answer");
        p.forward();
        String applied = p.changeProperty().get();
        Matcher m = Pattern.compile("applying default-deny-all: opened 0, closed (\\d+)").matcher(applied);
        assertTrue(m.matches(), applied);
        int closed = Integer.parseInt(m.group(1));
        assertTrue(closed > 0);
        assertEquals(closed, p.canvas().lastChangeProperty().get().closed().size());
        p.back();
        assertEquals("applying default-deny-all", p.changeProperty().get(), "the answer hidden again");
        p.back();
        assertEquals("removing default-deny-all: opened " + closed + ", closed 0", p.changeProperty().get());
        assertEquals(closed, p.canvas().lastChangeProperty().get().opened().size(), "the same arrows, reopened");
    }

    @Test
    void policiesOfTheSameNameAreToldApartByTheirNamespace() {
        Presentation p = start("stars");
        p.forward();
        p.forward();
        assertTrue(p.changeProperty().get().startsWith("applying stars/default-deny: opened 0, closed "),
                p.changeProperty().get());
        assertEquals(List.of("stars/default-deny", "client/default-deny", "stars/allow-ui", "client/allow-ui",
                        "backend-policy", "frontend-policy"),
                p.script().workspace().policies().stream().map(p::policyLabel).toList());
    }

    @Test
    void aPendingQuestionHidesItsArrowAndWhatTheStepChangedUntilRevealed() {
        Presentation p = forwardTo("microservices", "Default deny all");
        java.util.Set<String> hidden = p.hiddenArrowsProperty().get();
        assertTrue(hidden.contains("alb->default/frontend"), "the arrow asked about");
        assertTrue(hidden.containsAll(p.stepChange().changed()), "every arrow the step closed");
        assertEquals(p.stepChange().changed().size() + (p.stepChange().changed().contains("alb->default/frontend") ? 0 : 1),
                hidden.size(), "and nothing else");
        assertFalse(hidden.contains("default/frontend->default/backend") && p.stepChange().changed().isEmpty());
        assertEquals(Optional.of(new Presentation.AskState(1, "Can the ALB still reach the frontend on port 80?",
                Presentation.AskState.YES_NO, false, Optional.empty())), p.askProperty().get());
        assertTrue(p.expectedAnswerProperty().get().isPresent(), "the presenter knows");
        assertEquals(Optional.empty(), p.answerProperty().get(), "the stage does not");
        int reveals = p.revealsProperty().get();

        p.forward();
        assertEquals(java.util.Set.of(), p.hiddenArrowsProperty().get());
        assertEquals(reveals + 1, p.revealsProperty().get());
        assertEquals(Optional.of(Presentation.AskState.NO), p.askProperty().get().orElseThrow().answer(),
                "default deny: the ALB is shut out");
        p.back();
        assertEquals(hidden, p.hiddenArrowsProperty().get(), "back: the same arrows hidden again");
        p.forward();
        p.forward();
        p.back();
        assertEquals(reveals + 2, p.revealsProperty().get(), "showing a revealed step again is not a reveal");
        assertEquals(java.util.Set.of(), p.hiddenArrowsProperty().get());
    }

    @Test
    void theAuthorCanHideMoreArrowsAndEditingLiveHidesNothing() {
        Demo demo = content.demo("and-vs-or").orElseThrow();
        Demo.DemoStep s = demo.steps().get(2);
        Demo.Question q = s.question().orElseThrow();
        Demo.DemoStep hiding = new Demo.DemoStep(s.title(), s.narration(), s.apply(), s.remove(), s.highlight(),
                s.highlightArrows(), Optional.of(new Demo.Question(q.text(), q.ask(),
                List.of(new Demo.Arrow("bob/client", "prod/db")))));
        List<Demo.DemoStep> steps = new ArrayList<>(demo.steps());
        steps.set(2, hiding);
        Demo edited = new Demo(demo.id(), demo.title(), demo.description(), demo.scenario(), steps);
        Script script = Script.ofDemo(edited, content.scenario(demo.scenario()).orElseThrow(), drafts);
        Presentation p = new Presentation(script, new PlaygroundModel(drafts, script.workspaceAt(0)));
        p.forward();
        p.forward();
        p.forward();
        assertEquals(2, p.stepProperty().get());
        assertEquals(java.util.Set.of("prod/client->prod/db", "bob/client->prod/db"), p.hiddenArrowsProperty().get(),
                "this step applies nothing: the asked arrow and the author's");
        p.toggleLive();
        assertEquals(java.util.Set.of(), p.hiddenArrowsProperty().get());
        assertEquals(Optional.empty(), p.askProperty().get());
        p.toggleLive();
        assertEquals(2, p.hiddenArrowsProperty().get().size());
    }

    @Test
    void aClickOnAHiddenArrowSelectsNothing() {
        Presentation p = forwardTo("microservices", "Default deny all");
        p.canvas().selectedConnectionProperty().set(p.canvas().evaluation().connections().get("alb", "default/frontend"));
        assertEquals(Optional.empty(), p.canvas().selectedConnectionProperty().get());
        p.forward();
        p.canvas().selectedConnectionProperty().set(p.canvas().evaluation().connections().get("alb", "default/frontend"));
        assertTrue(p.canvas().selectedConnectionProperty().get().isPresent());
    }

    @Test
    void aStepThatChangesNoPolicySaysSo() {
        Presentation p = forwardTo("microservices", "The DNS trap");
        assertEquals("", p.changeProperty().get(), "The DNS trap applies nothing");
    }

    @Test
    void homeAndEndGoToTheFirstAndLastSteps() {
        Presentation p = start("and-vs-or");
        p.last();
        assertEquals(4, p.stepProperty().get());
        assertFalse(p.revealedProperty().get(), "the last question is still to be asked");
        assertEquals(List.of("prod/or-two-peers"), appliedIds(p));
        p.first();
        assertEquals(0, p.stepProperty().get());
        assertEquals(List.of(), appliedIds(p));
    }

    @Test
    void aBlankScreenComesBackOnTheNextKeyWithoutSteppingUnseen() {
        Presentation p = start("stars");
        p.toggleBlank();
        assertTrue(p.blankedProperty().get());
        p.forward();
        assertFalse(p.blankedProperty().get());
        assertEquals(0, p.stepProperty().get(), "nothing happened while the room could not see it");
        p.toggleBlank();
        p.toggleBlank();
        assertFalse(p.blankedProperty().get());
    }

    @Test
    void leavingTheScriptAndReturningRestoresTheStepExactly() {
        Presentation p = forwardTo("microservices", "Both ends must agree");
        Workspace scripted = p.canvas().workspace();
        assertThrows(IllegalStateException.class, () -> p.setPolicyEnabled("policy-1", false));

        p.toggleLive();
        assertTrue(p.liveProperty().get());
        PolicyDraft backend = scripted.policies().stream()
                .filter(d -> p.canvas().policyName(d).equals("backend")).findFirst().orElseThrow();
        p.setPolicyEnabled(backend.key(), false);
        assertTrue(p.changeProperty().get().startsWith("switching off backend: opened 0, closed "), p.changeProperty().get());
        p.canvas().moveEndpoint("default/redis", new Point(40, 600));
        assertNotEquals(scripted, p.canvas().workspace());

        p.toggleLive();
        assertFalse(p.liveProperty().get());
        assertEquals(scripted, p.canvas().workspace(), "policies and positions as the script has them");
        assertEquals("back to the script: applying backend", p.changeProperty().get(),
                "the question is still open, so no counts");
        assertEquals("Both ends must agree", p.currentStep().title());
    }

    @Test
    void steppingOnFromLiveEditingContinuesTheScript() {
        Presentation p = start("and-vs-or");
        p.forward();
        p.toggleLive();
        p.canvas().moveEndpoint("bob/client", new Point(900, 900));
        p.forward();
        assertFalse(p.liveProperty().get());
        assertEquals(1, p.stepProperty().get());
        assertEquals(p.script().workspaceAt(1), p.canvas().workspace());
    }

    @Test
    void theScaleStaysInItsRange() {
        Presentation p = start("stars");
        for (int i = 0; i < 40; i++) {
            p.larger();
        }
        assertEquals(Presentation.MAX_SCALE, p.scaleProperty().get());
        for (int i = 0; i < 40; i++) {
            p.smaller();
        }
        assertEquals(Presentation.MIN_SCALE, p.scaleProperty().get());
        p.actualSize();
        assertEquals(1.0, p.scaleProperty().get());
        p.larger();
        assertEquals(1.1, p.scaleProperty().get());
    }

    @Test
    void aCanvasIsPresentedOneEnabledPolicyAtATime() {
        Scenario s = content.scenario("microservices").orElseThrow();
        Workspace ws = new io.netpoldojo.workspace.ScenarioFiles().read("m.yaml", s.yaml()).workspace().orElseThrow();
        // Switch "mysql" off and break "redis": both stay out of the presentation.
        List<PolicyDraft> changed = new ArrayList<>();
        for (PolicyDraft d : ws.policies()) {
            String name = drafts.displayName(d);
            changed.add(name.equals("mysql") ? d.withEnabled(false)
                    : name.equals("redis") ? d.withYaml(d.yaml().replace("podSelector:", "podSelektor:")) : d);
        }
        Script script = Script.ofCanvas("My Playground", ws.withPolicies(changed), drafts);
        assertEquals(List.of("Before any policy", "default-deny-all", "frontend", "backend", "allow-dns-egress"),
                script.steps().stream().map(Script.Step::title).toList());
        assertTrue(script.steps().get(0).narration().contains("2 policies are switched off or unfinished"));
        assertEquals("Policy 2 of 4, in namespace default. It selects default/frontend and isolates it for ingress"
                + " and egress.", script.steps().get(2).narration());
        assertEquals(List.of("default/frontend"), script.steps().get(2).highlight());

        Presentation p = new Presentation(script, new PlaygroundModel(drafts, script.workspaceAt(0)));
        assertEquals(List.of(), appliedIds(p));
        p.last();
        assertEquals(List.of("default/allow-dns-egress", "default/backend", "default/default-deny-all", "default/frontend"),
                appliedIds(p));
        assertEquals(0, p.script().questionCount());
    }
}
