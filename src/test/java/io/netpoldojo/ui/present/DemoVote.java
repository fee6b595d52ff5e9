package io.netpoldojo.ui.present;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PolicyDrafts;
import java.nio.file.Path;

/** A bundled demo as a class vote sees it, for tests: its script, and the pictures the phones get for its steps. */
public record DemoVote(Script script, PolicyDrafts drafts, VoteDiagrams diagrams) {
    public static DemoVote of(String demoId) {
        PolicyDrafts drafts = new PolicyDrafts();
        Content content = new ContentLoader().load(Path.of("content"));
        Demo demo = content.demo(demoId).orElseThrow();
        Script script = Script.ofDemo(demo, content.scenario(demo.scenario()).orElseThrow(), drafts);
        return new DemoVote(script, drafts, new VoteDiagrams(script, drafts,
                new PlaygroundModel(drafts, script.workspaceAt(0)).portFilterProperty().get()));
    }

    /** Step {@code step}'s question; it must ask one. */
    public Demo.Question question(int step) {
        return script.steps().get(step).question().orElseThrow();
    }

    /** The engine's answer to step {@code step}'s question. */
    public Verdict verdict(int step) {
        Demo.Question q = question(step);
        return script.engineAt(step, drafts).evaluate(q.ask().from(), q.ask().to(), q.ask().port());
    }
}
