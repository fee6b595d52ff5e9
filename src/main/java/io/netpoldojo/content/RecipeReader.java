package io.netpoldojo.content;

import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.SourcePosition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code recipes/NN-<id>.yaml}: header comments, then NetworkPolicies only. */
final class RecipeReader {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|group|about):\\s*(.*)$");

    private final Problems problems;

    RecipeReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Recipe> read(String file, String fileName, String text) {
        Matcher name = LessonReader.FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            problems.error(SourcePosition.ofFile(file), "", "a recipe file is named NN-<id>.yaml, e.g. 01-default-deny-ingress.yaml");
            return Optional.empty();
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
            Matcher h = HEADER.matcher(line);
            if (h.matches() && !h.group(2).isBlank()) {
                header.put(h.group(1), h.group(2).strip());
            }
        }
        boolean ok = true;
        for (String key : new String[] {"title", "group", "about"}) {
            if (!header.containsKey(key)) {
                problems.error(new SourcePosition(file, 1, 1), "", "missing the \"# " + key + ":\" header comment");
                ok = false;
            }
        }
        LoadResult result = new io.netpoldojo.manifest.ManifestLoader().load(file, text);
        result.diagnostics().forEach(problems::add);
        if (!result.cluster().endpoints().isEmpty()) {
            problems.error(SourcePosition.ofFile(file), "", "a recipe holds only NetworkPolicies and"
                    + " ClusterNetworkPolicies");
            ok = false;
        }
        if (result.cluster().policies().isEmpty() && result.cluster().clusterPolicies().isEmpty() && !result.hasErrors()) {
            problems.error(SourcePosition.ofFile(file), "", "a recipe needs at least one NetworkPolicy or"
                    + " ClusterNetworkPolicy");
            ok = false;
        }
        if (!ok || result.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Recipe(name.group(2), header.get("title"), header.get("group"), header.get("about"), text,
                result.cluster().policies()));
    }
}
