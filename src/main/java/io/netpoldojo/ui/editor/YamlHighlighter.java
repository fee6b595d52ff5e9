package io.netpoldojo.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A line tokenizer for YAML syntax colours. It is not a parser: it colours what a person reads
 * (keys, scalars, comments, structure) and never fails, whatever half-typed text it gets.
 *
 * <p>Unquoted scalars are classified with SnakeYAML's own resolver patterns, the ones the app's
 * loaders use, so {@code on}, {@code yes} or {@code 0755} show as the boolean or number they will
 * be read as (YAML 1.1), not as the string a learner may expect.
 *
 * <p>The only state carried from line to line is "inside a block scalar" ({@code key: |}), whose
 * lines are strings whatever they contain.
 */
public final class YamlHighlighter {
    public static final String KEY = "yaml-key";
    public static final String STRING = "yaml-string";
    public static final String NUMBER = "yaml-number";
    public static final String BOOLEAN = "yaml-boolean";
    public static final String NULL = "yaml-null";
    public static final String COMMENT = "yaml-comment";
    public static final String DASH = "yaml-dash";
    public static final String DOCUMENT = "yaml-document";
    public static final String ANCHOR = "yaml-anchor";
    public static final String ALIAS = "yaml-alias";
    public static final String TAG = "yaml-tag";
    public static final String BLOCK_INDICATOR = "yaml-block-indicator";
    public static final String PUNCTUATION = "yaml-punctuation";

    /** {@code |}, {@code >}, with optional chomping ({@code +}/{@code -}) and indentation digit, in either order. */
    private static final Pattern BLOCK_HEADER = Pattern.compile("[|>](?:[-+][1-9]?|[1-9][-+]?)?(?=\\s|$)");

    /** Colours each line of a document; lines may depend on earlier ones (block scalars). */
    public List<List<HighlightSpan>> highlight(List<String> lines) {
        List<List<HighlightSpan>> result = new ArrayList<>(lines.size());
        int blockParentIndent = -1;
        for (String line : lines) {
            if (blockParentIndent >= 0) {
                List<HighlightSpan> blockLine = blockScalarLine(line, blockParentIndent);
                if (blockLine != null) {
                    result.add(blockLine);
                    continue;
                }
                blockParentIndent = -1;
            }
            LineScanner scanner = new LineScanner(line);
            scanner.scanLine();
            result.add(scanner.spans);
            blockParentIndent = scanner.blockParentIndent;
        }
        return result;
    }

    /** Colours one line read on its own, as if it were not inside a block scalar. */
    public List<HighlightSpan> highlightLine(String line) {
        return highlight(List.of(line)).get(0);
    }

    /**
     * A block scalar's content is every following line that is blank or indented deeper than the
     * node that owns it (YAML 1.2, 8.1.1.1); returns null for the first line that ends it.
     */
    private static List<HighlightSpan> blockScalarLine(String line, int parentIndent) {
        int indent = leadingSpaces(line);
        if (indent == line.length()) {
            return List.of();
        }
        if (indent <= parentIndent) {
            return null;
        }
        return List.of(new HighlightSpan(indent, line.length() - indent, STRING));
    }

    static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String classifyPlain(String scalar) {
        if (Resolver.BOOL.matcher(scalar).matches()) {
            return BOOLEAN;
        }
        if (Resolver.NULL.matcher(scalar).matches()) {
            return NULL;
        }
        if (Resolver.INT.matcher(scalar).matches() || Resolver.FLOAT.matcher(scalar).matches()) {
            return NUMBER;
        }
        return STRING;
    }

    /** Scans one line left to right, appending spans in order. */
    private static final class LineScanner {
        private final String line;
        private final int len;
        private final List<HighlightSpan> spans = new ArrayList<>();
        /** Set when the line opens a block scalar: the column its content must be indented past. */
        private int blockParentIndent = -1;

        LineScanner(String line) {
            this.line = line;
            this.len = line.length();
        }

        void scanLine() {
            int pos = skipSpaces(0);
            if (pos == len) {
                return;
            }
            if (pos == 0 && isDocumentMarker()) {
                add(0, 3, DOCUMENT);
                scanValue(3, 0);
                return;
            }
            if (pos == 0 && line.charAt(0) == '%') {
                add(0, len, DOCUMENT); // a directive such as %YAML 1.2
                return;
            }
            int owner = pos;
            while (pos < len && (line.charAt(pos) == '-' || line.charAt(pos) == '?') && (pos + 1 == len || isSpace(line.charAt(pos + 1)))) {
                add(pos, 1, line.charAt(pos) == '-' ? DASH : PUNCTUATION);
                owner = pos;
                pos = skipSpaces(pos + 1);
            }
            if (pos == len) {
                return;
            }
            int colon = findKeyColon(pos);
            if (colon < 0) {
                scanValue(pos, owner);
                return;
            }
            add(pos, trimEnd(pos, colon) - pos, KEY);
            add(colon, 1, PUNCTUATION);
            scanValue(colon + 1, pos);
        }

        private boolean isDocumentMarker() {
            return (line.startsWith("---") || line.startsWith("...")) && (len == 3 || isSpace(line.charAt(3)));
        }

        /**
         * If a mapping key starts at {@code pos}, the index of its ':'; else -1. A key ends at the
         * first ':' followed by a space or the end of line, so {@code url: http://x:80/y} and
         * {@code kubernetes.io/metadata.name: prod} split where YAML splits them.
         */
        private int findKeyColon(int pos) {
            char c = line.charAt(pos);
            if (c == '"' || c == '\'') {
                int after = skipSpaces(endOfQuoted(pos));
                return isMappingColon(after) ? after : -1;
            }
            if ("[{#&*!|>%@`".indexOf(c) >= 0) {
                return -1;
            }
            for (int i = pos; i < len; i++) {
                char ch = line.charAt(i);
                if (ch == '#' && isSpace(line.charAt(i - 1))) {
                    return -1;
                }
                if (isMappingColon(i)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isMappingColon(int i) {
            return i < len && line.charAt(i) == ':' && (i + 1 == len || isSpace(line.charAt(i + 1)));
        }

        /** A node's value after "key:", "- " or "---": properties, then one scalar or flow collection. */
        private void scanValue(int pos, int ownerIndent) {
            pos = skipSpaces(pos);
            while (pos < len) {
                char c = line.charAt(pos);
                if (c == '#') {
                    add(pos, len - pos, COMMENT);
                    return;
                }
                if (c == '[' || c == '{') {
                    scanFlow(pos);
                    return;
                }
                int end;
                if (c == '&' || c == '*' || c == '!') {
                    end = endOfWord(pos);
                    add(pos, end - pos, c == '&' ? ANCHOR : c == '*' ? ALIAS : TAG);
                } else if (c == '"' || c == '\'') {
                    end = endOfQuoted(pos);
                    add(pos, end - pos, STRING);
                } else if ((c == '|' || c == '>') && blockHeaderEnd(pos) > 0) {
                    end = blockHeaderEnd(pos);
                    add(pos, end - pos, BLOCK_INDICATOR);
                    blockParentIndent = ownerIndent;
                } else {
                    end = endOfPlain(pos);
                    int trimmed = trimEnd(pos, end);
                    add(pos, trimmed - pos, classifyPlain(line.substring(pos, trimmed)));
                }
                pos = skipSpaces(end);
            }
        }

        /** {@code [80, 443]}, {@code {app: web}}: punctuation, keys before ':', scalars classified. */
        private void scanFlow(int pos) {
            while (pos < len) {
                char c = line.charAt(pos);
                if (isSpace(c)) {
                    pos++;
                } else if ("[]{},".indexOf(c) >= 0 || (c == ':' && (pos + 1 == len || isFlowBreak(line.charAt(pos + 1))))) {
                    add(pos, 1, PUNCTUATION);
                    pos++;
                } else if (c == '#' && isSpace(line.charAt(pos - 1))) {
                    add(pos, len - pos, COMMENT);
                    return;
                } else if (c == '&' || c == '*' || c == '!') {
                    int end = endOfFlowWord(pos);
                    add(pos, end - pos, c == '&' ? ANCHOR : c == '*' ? ALIAS : TAG);
                    pos = end;
                } else {
                    int end = (c == '"' || c == '\'') ? endOfQuoted(pos) : endOfFlowPlain(pos);
                    int trimmed = trimEnd(pos, end);
                    boolean isKey = flowColonFollows(end);
                    String scalar = line.substring(pos, trimmed);
                    boolean quoted = c == '"' || c == '\'';
                    add(pos, trimmed - pos, isKey ? KEY : quoted ? STRING : classifyPlain(scalar));
                    pos = end;
                }
            }
        }

        private boolean flowColonFollows(int pos) {
            int i = skipSpaces(pos);
            return i < len && line.charAt(i) == ':' && (i + 1 == len || isFlowBreak(line.charAt(i + 1)));
        }

        private boolean isFlowBreak(char c) {
            return isSpace(c) || ",[]{}".indexOf(c) >= 0;
        }

        private int endOfFlowPlain(int pos) {
            int i = pos;
            while (i < len) {
                char c = line.charAt(i);
                if (",[]{}".indexOf(c) >= 0 || (c == ':' && (i + 1 == len || isFlowBreak(line.charAt(i + 1))))
                        || (c == '#' && i > pos && isSpace(line.charAt(i - 1)))) {
                    break;
                }
                i++;
            }
            return i;
        }

        private int endOfFlowWord(int pos) {
            int i = pos;
            while (i < len && !isSpace(line.charAt(i)) && ",[]{}".indexOf(line.charAt(i)) < 0) {
                i++;
            }
            return i;
        }

        /** A plain scalar runs to the end of line or to a comment (" #"). */
        private int endOfPlain(int pos) {
            for (int i = pos + 1; i < len; i++) {
                if (line.charAt(i) == '#' && isSpace(line.charAt(i - 1))) {
                    return i;
                }
            }
            return len;
        }

        /** Index just past the closing quote; an unclosed quote runs to the end of line. */
        private int endOfQuoted(int pos) {
            char quote = line.charAt(pos);
            int i = pos + 1;
            while (i < len) {
                char c = line.charAt(i);
                if (quote == '"' && c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    if (quote == '\'' && i + 1 < len && line.charAt(i + 1) == '\'') {
                        i += 2; // '' is an escaped quote inside single quotes
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return len;
        }

        private int blockHeaderEnd(int pos) {
            Matcher m = BLOCK_HEADER.matcher(line).region(pos, len);
            return m.lookingAt() ? m.end() : -1;
        }

        private int endOfWord(int pos) {
            int i = pos;
            while (i < len && !isSpace(line.charAt(i))) {
                i++;
            }
            return i;
        }

        private int skipSpaces(int pos) {
            int i = pos;
            while (i < len && isSpace(line.charAt(i))) {
                i++;
            }
            return i;
        }

        private int trimEnd(int start, int end) {
            int e = end;
            while (e > start && isSpace(line.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        private void add(int start, int length, String styleClass) {
            if (length > 0) {
                spans.add(new HighlightSpan(start, length, styleClass));
            }
        }
    }
}
