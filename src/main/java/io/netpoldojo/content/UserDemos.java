package io.netpoldojo.content;

import io.netpoldojo.manifest.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The demos a teacher keeps in their own folder (recorded in the Playground, or written by hand),
 * as {@link ContentLoader#loadUserDemos} found them.
 *
 * @param demos       the ones that loaded cleanly, in course order
 * @param scenarios   the scenarios of the user's folder that loaded (a recorded demo's canvas)
 * @param diagnostics every problem, paths relative to the user's folder; a demo with an error is
 *                    not in {@code demos}
 */
public record UserDemos(List<Demo> demos, List<Scenario> scenarios, List<Diagnostic> diagnostics) {
    public static final UserDemos NONE = new UserDemos(List.of(), List.of(), List.of());

    public UserDemos {
        demos = List.copyOf(demos);
        scenarios = List.copyOf(scenarios);
        diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
