package io.netpoldojo.content;

import io.netpoldojo.manifest.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Safe composition of content files into SnakeYAML node trees (never objects), with positions. */
final class YamlFiles {
    private YamlFiles() {}

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(8 * 1024 * 1024);
        return new Yaml(new SafeConstructor(options));
    }

    /** The single document of a content file; empty after reporting a syntax error or an empty file. */
    static Optional<Node> composeOne(String file, String text, Problems problems) {
        try {
            Node node = yaml().compose(new StringReader(text));
            if (node == null) {
                problems.error(SourcePosition.ofFile(file), "", "the file is empty");
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            problems.error(Problems.at(file, e.getProblemMark()), "", "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.error(SourcePosition.ofFile(file), "", "invalid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Every document, or empty when the text is not valid YAML (the caller reports that, or has). */
    static Optional<List<Node>> composeAll(String text) {
        try {
            List<Node> out = new ArrayList<>();
            for (Node n : yaml().composeAll(new StringReader(text))) {
                if (n != null) {
                    out.add(n);
                }
            }
            return Optional.of(out);
        } catch (YAMLException e) {
            return Optional.empty();
        }
    }

    /** True when the text parses as YAML (one or more documents). */
    static boolean isValid(String text) {
        return composeAll(text).isPresent();
    }
}
