package io.netpoldojo.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.util.MergeUtils;

/**
 * Builds each document's node tree from SnakeYAML's parser events. SnakeYAML's own {@code
 * Composer} (2.5) builds the same tree, but at every node it also runs two comment collectors
 * (each consume allocates a list) and adds and removes the node's parent in a hash set of
 * ancestors, for a Java constructor that never runs here; comments are off for manifests, so the
 * collectors never collect anything. This one keeps everything else of it: the same nodes, tags,
 * values, anchors, positions and styles, merge keys flattened by SnakeYAML's own {@link
 * MergeUtils}, the alias and nesting limits with their messages, and the same events taken and
 * looked at in the same order, so that a broken file fails at the same event with the same error.
 * {@code ManifestComposerCrossCheckTest} holds it against SnakeYAML's composer. One difference: a
 * mapping that merges itself is an error here, where SnakeYAML's composer never returns. It also
 * counts the aliases of each document and remembers the last event taken, for error messages.
 */
final class ManifestComposer {
    private final Parser parser;
    private final Resolver resolver;
    private final LoaderOptions options;
    private final Map<String, Node> anchors = new HashMap<>();
    private final MergeUtils merges = new MergeUtils() {
        @Override
        public MappingNode asMappingNode(Node node) {
            MappingNode map = ManifestComposer.this.asMappingNode(node);
            // Only a mapping not yet flattened makes the flattening go into it again: one still
            // being composed, so reached through an alias. A finished one (inline or aliased) is
            // taken as it is, however many a merge list names.
            if (map.isMerged() && ++mergeSteps > MAX_MERGE_STEPS) {
                throw new Problem(SELF_MERGE, flattening.getStartMark());
            }
            return map;
        }
    };
    /**
     * Times one flattening may go into a mapping that is itself still being flattened. Only an
     * alias to an enclosing mapping that has a merge key of its own leads there. More than this
     * means a mapping merges itself ({@code a: &x {<<: *x}}), which SnakeYAML's flattening repeats
     * forever, or (only in a file written to do it) enclosing mappings that merge each other so
     * often that flattening them takes exponential time.
     */
    static final int MAX_MERGE_STEPS = 10_000;
    static final String SELF_MERGE = "a mapping merges itself (its merge key \"<<\" names the mapping it is in)";
    private int mergeSteps;
    private MappingNode flattening;
    /** As SnakeYAML's composer, counted over the whole stream, not per document. */
    private int nonScalarAliases;
    private int depth;
    private int aliases;
    private Event last;

    ManifestComposer(Parser parser, Resolver resolver, LoaderOptions options) {
        this(parser, resolver, options, 0);
    }

    /**
     * A composer that goes on where another stopped at a document's start, having counted
     * {@code nonScalarAliases} aliases to collections before it (the limit is the stream's).
     */
    ManifestComposer(Parser parser, Resolver resolver, LoaderOptions options, int nonScalarAliases) {
        this.parser = parser;
        this.resolver = resolver;
        this.options = options;
        this.nonScalarAliases = nonScalarAliases;
    }

    /** The aliases to collections counted so far over the stream (the ones {@code MAX_ALIASES} limits). */
    int nonScalarAliases() {
        return nonScalarAliases;
    }

    /** True while another document follows; drops the stream's start. */
    boolean checkNode() {
        if (parser.checkEvent(Event.ID.StreamStart)) {
            take();
        }
        return !parser.checkEvent(Event.ID.StreamEnd);
    }

    /** The next document's root node; only after {@link #checkNode()} said there is one. */
    Node getNode() {
        aliases = 0;
        take(); // the document's start
        Node node = composeNode();
        parser.peekEvent();
        take(); // the document's end
        anchors.clear();
        return node;
    }

    /** How many aliases the last document took (merge keys' included). */
    int aliases() {
        return aliases;
    }

    /** Where the last event taken began, for an error that has no position of its own; null before the first. */
    Mark lastMark() {
        return last == null ? null : last.getStartMark();
    }

    private Event take() {
        last = parser.getEvent();
        return last;
    }

    private Node composeNode() {
        Event event = parser.peekEvent();
        Node node;
        if (event.is(Event.ID.Alias)) {
            AliasEvent alias = (AliasEvent) take();
            aliases++;
            String anchor = alias.getAnchor();
            if (!anchors.containsKey(anchor)) {
                throw new Problem("found undefined alias " + anchor, alias.getStartMark());
            }
            node = anchors.get(anchor);
            if (!(node instanceof ScalarNode) && ++nonScalarAliases > options.getMaxAliasesForCollections()) {
                throw new YAMLException("Number of aliases for non-scalar nodes exceeds the specified max="
                        + options.getMaxAliasesForCollections());
            }
            parser.peekEvent();
            return node;
        }
        String anchor = ((NodeEvent) event).getAnchor();
        if (depth > options.getNestingDepthLimit()) {
            throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
        depth++;
        if (event.is(Event.ID.Scalar)) {
            node = composeScalar(anchor);
        } else if (event.is(Event.ID.SequenceStart)) {
            node = composeSequence(anchor);
        } else {
            node = composeMapping(anchor);
        }
        depth--;
        return node;
    }

    private Node composeScalar(String anchor) {
        ScalarEvent event = (ScalarEvent) take();
        String tag = event.getTag();
        boolean resolved = tag == null || tag.equals("!");
        Tag nodeTag = resolved
                ? resolver.resolve(NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar())
                : explicit(tag, event);
        Node node = new ScalarNode(nodeTag, resolved, event.getValue(), event.getStartMark(), event.getEndMark(),
                event.getScalarStyle());
        anchor(anchor, node);
        parser.peekEvent();
        return node;
    }

    private Node composeSequence(String anchor) {
        SequenceStartEvent start = (SequenceStartEvent) take();
        List<Node> children = new ArrayList<>();
        SequenceNode node = new SequenceNode(tag(start, NodeId.sequence), implicit(start), children,
                start.getStartMark(), null, start.getFlowStyle());
        anchor(anchor, node);
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            children.add(composeNode());
        }
        node.setEndMark(take().getEndMark());
        parser.peekEvent();
        return node;
    }

    private Node composeMapping(String anchor) {
        MappingStartEvent start = (MappingStartEvent) take();
        List<NodeTuple> children = new ArrayList<>();
        MappingNode node = new MappingNode(tag(start, NodeId.mapping), implicit(start), children,
                start.getStartMark(), null, start.getFlowStyle());
        anchor(anchor, node);
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Node key = composeNode();
            if (key.getTag().equals(Tag.MERGE)) {
                node.setMerged(true);
            }
            children.add(new NodeTuple(key, composeNode()));
        }
        node.setEndMark(take().getEndMark());
        parser.peekEvent();
        if (options.isMergeOnCompose() && node.isMerged()) {
            mergeSteps = 0;
            flattening = node;
            node.setValue(merges.flatten(node));
            node.setMerged(false);
        }
        return node;
    }

    /** True when a collection's tag is left to the resolver: none written, or the non-specific "!". */
    private static boolean implicit(CollectionStartEvent start) {
        return start.getTag() == null || start.getTag().equals("!");
    }

    private Tag tag(CollectionStartEvent start, NodeId kind) {
        return implicit(start) ? resolver.resolve(kind, null, start.getImplicit()) : explicit(start.getTag(), start);
    }

    /** A tag written in the text; a global one other than YAML's own is refused, as SnakeYAML's untrusted default does. */
    private Tag explicit(String tag, Event event) {
        Tag nodeTag = new Tag(tag);
        if (nodeTag.isCustomGlobal() && !options.getTagInspector().isGlobalTagAllowed(nodeTag)) {
            throw new Problem("Global tag is not allowed: " + tag, event.getStartMark());
        }
        return nodeTag;
    }

    private void anchor(String anchor, Node node) {
        if (anchor != null) {
            node.setAnchor(anchor);
            anchors.put(anchor, node);
        }
    }

    private MappingNode asMappingNode(Node node) {
        if (node instanceof MappingNode map) {
            return map;
        }
        if (anchors.get(node.getAnchor()) instanceof MappingNode map) {
            return map;
        }
        throw new Problem("Expected mapping node or an anchor referencing mapping", parser.peekEvent().getStartMark());
    }

    /** A composing error, as SnakeYAML's composer words and places it. */
    static final class Problem extends ComposerException {
        private static final long serialVersionUID = 1L;

        Problem(String problem, Mark mark) {
            super(problem, mark);
        }
    }
}
