package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.LoadedObject;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.manifest.Severity;
import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses policy drafts with the same loader and validation as files, remembering recent results:
 * the canvas asks for every draft on every edit, and most drafts have not changed.
 */
public final class PolicyDrafts {
    /** The name diagnostics carry; the editor shows them by line and column. */
    public static final String SOURCE_NAME = "policy.yaml";
    private static final int CACHE_SIZE = 512;

    private final ManifestLoader loader = new ManifestLoader();
    private final Map<String, Parsed> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * A draft's policy when it is valid (a namespaced NetworkPolicy, or a cluster-scoped
     * ClusterNetworkPolicy: at most one of the two), and the problems (errors, warnings) either way.
     */
    public record Parsed(Optional<NetworkPolicy> policy, Optional<ClusterNetworkPolicy> clusterPolicy,
                         List<Diagnostic> problems) {
        public Parsed(Optional<NetworkPolicy> policy, List<Diagnostic> problems) {
            this(policy, Optional.empty(), problems);
        }

        public boolean valid() {
            return policy.isPresent() || clusterPolicy.isPresent();
        }

        /** The policy's name, whichever kind it is. */
        public Optional<String> name() {
            return policy.map(NetworkPolicy::name).or(() -> clusterPolicy.map(ClusterNetworkPolicy::name));
        }

        public List<Diagnostic> errors() {
            return problems.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        }
    }

    public synchronized Parsed parse(String yaml) {
        return cache.computeIfAbsent(yaml, this::parseUncached);
    }

    private Parsed parseUncached(String yaml) {
        LoadResult result = loader.load(SOURCE_NAME, yaml);
        List<Diagnostic> problems = new ArrayList<>(result.diagnostics().stream()
                .filter(d -> d.severity() != Severity.NOTICE).toList());
        List<LoadedObject> objects = result.objects();
        int policies = result.cluster().policies().size() + result.cluster().clusterPolicies().size();
        if (!result.hasErrors()) {
            if (objects.isEmpty() || policies == 0) {
                problems.add(error(1, "write one NetworkPolicy here (apiVersion: networking.k8s.io/v1,"
                        + " kind: NetworkPolicy) or one ClusterNetworkPolicy (apiVersion:"
                        + " policy.networking.k8s.io/v1alpha2, kind: ClusterNetworkPolicy)"));
            } else if (policies > 1 || objects.size() > 1) {
                LoadedObject extra = objects.get(1);
                problems.add(new Diagnostic(Severity.ERROR, extra.position(), "",
                        "one policy per entry: this is a second object (" + extra.key().kind() + " "
                                + extra.key().name() + "); add it as its own policy"));
            }
        }
        boolean ok = problems.stream().noneMatch(d -> d.severity() == Severity.ERROR);
        Optional<NetworkPolicy> policy = ok ? result.cluster().policies().stream().findFirst() : Optional.empty();
        Optional<ClusterNetworkPolicy> clusterPolicy = ok ? result.cluster().clusterPolicies().stream().findFirst()
                : Optional.empty();
        return new Parsed(policy, clusterPolicy, List.copyOf(problems));
    }

    private static Diagnostic error(int line, String message) {
        return new Diagnostic(Severity.ERROR, new SourcePosition(SOURCE_NAME, line, 1), "", message);
    }

    /** The name a draft shows in the policy list: its metadata.name, or a hint while it has none. */
    public String displayName(PolicyDraft draft) {
        Parsed p = parse(draft.yaml());
        if (p.valid()) {
            return p.name().orElseThrow();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+name:\\s*([^\\s#]+)").matcher(draft.yaml());
        return m.find() ? m.group(1) : "(unnamed policy)";
    }
}
