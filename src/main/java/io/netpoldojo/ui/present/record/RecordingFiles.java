package io.netpoldojo.ui.present.record;

import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.DemoYaml;
import io.netpoldojo.userdata.AtomicFiles;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recorded demo's two files in the user's folder, as the app's own demos are kept under
 * {@code content/}: {@code demos/<id>.yaml} (the steps) and {@code demos/scenarios/<id>.yaml} (the
 * canvas: its pods where the teacher put them, and every policy a step applies). Copied into
 * {@code content/demos/} and {@code content/scenarios/}, they become one of the app's demos.
 *
 * <p>Each write replaces both files atomically, the canvas first, so that a crash at any moment
 * leaves a demo that loads. Writes come from background threads; one that was overtaken by a
 * newer one is dropped.
 */
final class RecordingFiles {
    private final Path demos;
    private long written = -1;

    /** @param home the user's folder */
    RecordingFiles(Path home) {
        this.demos = home.resolve(ContentLoader.USER_DEMOS);
    }

    Path demoFile(String id) {
        return demos.resolve(id + ".yaml");
    }

    Path scenarioFile(String id) {
        return demos.resolve(ContentLoader.SCENARIOS).resolve(id + ".yaml");
    }

    /** Writes a snapshot, unless a later one ({@code sequence}) has been written already. */
    synchronized void write(long sequence, Snapshot s) throws IOException {
        if (sequence <= written) {
            return;
        }
        AtomicFiles.write(scenarioFile(s.demo().id()), scenarioText(s, new PolicyDrafts()));
        AtomicFiles.write(demoFile(s.demo().id()), DemoYaml.write(s.demo(), COMMENT.replace("ID", s.demo().id())));
        written = sequence;
    }

    /** Deletes a demo's two files (the working copy once the recording is saved under its title). */
    synchronized void delete(String id) throws IOException {
        Files.deleteIfExists(demoFile(id));
        Files.deleteIfExists(scenarioFile(id));
    }

    /**
     * An id for {@code title} that no demo of the app's ({@code taken}) or of the user's folder
     * has: "AND vs OR, live!" is {@code and-vs-or-live}, then {@code and-vs-or-live-2}...
     */
    String freeId(String title, Set<String> taken, String mayReuse) {
        String base = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 48 ? base.substring(0, 48).replaceAll("-+$", "") : base;
        base = base.isEmpty() ? "my-demo" : base;
        String id = base;
        for (int n = 2; !id.equals(mayReuse) && (taken.contains(id) || Files.exists(demoFile(id))
                || Files.exists(scenarioFile(id))); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * What a write saves: the demo, and the Playground's canvas (its zones and pods) to put the
     * recorded policies on.
     */
    record Snapshot(Demo demo, Workspace canvas, List<String> policyTexts) {}

    /** The scenario: its header, then the canvas with every recorded policy, as the Playground saves a file. */
    static String scenarioText(Snapshot s, PolicyDrafts drafts) {
        List<PolicyDraft> policies = new ArrayList<>();
        for (String yaml : s.policyTexts()) {
            policies.add(new PolicyDraft("policy-" + (policies.size() + 1), yaml, true));
        }
        Demo d = s.demo();
        return "# The canvas of the demo " + d.id() + " (demos/" + d.id() + ".yaml), recorded in NetPol Dojo's"
                + " Playground.\n# It holds every policy the demo's steps apply; each step says which.\n"
                + "apiVersion: netpoldojo.io/v1\nkind: Scenario\nmetadata:\n  name: " + d.id() + "\nspec:\n"
                + "  title: " + DemoYaml.quoted(d.title()) + "\n  description: " + DemoYaml.quoted(d.description()) + "\n---\n"
                + new ScenarioFiles().write(s.canvas().withPolicies(policies), drafts);
    }

    private static final String COMMENT = """
            A demo recorded in NetPol Dojo's Playground. Present lists it beside the app's own demos.
            Edit it freely in a text editor: the titles, the narration (the teacher's notes), the questions;
            "highlight: [ns/pod, "ns/a -> ns/b"]" points at pods and arrows; "hide" under "ask" keeps more
            arrows hidden until the answer. Its canvas is scenarios/ID.yaml in this folder.
            """;
}
