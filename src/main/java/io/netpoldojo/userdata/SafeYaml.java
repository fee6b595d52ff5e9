package io.netpoldojo.userdata;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML for the user's files: plain maps, lists and scalars only (SnakeYAML's safe constructor,
 * never arbitrary classes), with limits on aliases, nesting and size. Any failure is damage: the
 * safe constructor throws NumberFormatException for {@code !!int abc} and IllegalArgumentException
 * for {@code !!binary "%%"}, not only YAMLException, and that once stopped the app from starting.
 */
public final class SafeYaml {
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 50;

    private SafeYaml() {}

    /** The document's plain Java value (a Map, List, String, Number, Boolean, ... or null when empty). */
    public static Object load(String text) throws DamagedFileException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit((int) UserFile.MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1);
            throw DamagedFileException.damaged("not valid YAML" + where);
        } catch (YAMLException e) {
            throw DamagedFileException.damaged("not valid YAML: " + firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            throw DamagedFileException.damaged("a value does not match its YAML type");
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown problem" : message.lines().findFirst().orElse("");
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
