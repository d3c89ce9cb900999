package mgc.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The node trees of the packaged rule base's YAML files, parsed at build time and written beside
 * them ({@code revisions/2012.yaml.nodes}), so a run rebuilds the very nodes (locations included)
 * without starting a YAML parser: parsing the shipped revisions was the largest part of the
 * rule-set thread, which a short run waits for (docs/performance.md). A packaged file without its
 * {@code .nodes} (a build that skipped the step) is parsed as YAML as before.
 *
 * <p>The format is private to mgc and to one build: per document a node, each node a tag, its
 * line and column, then a count ({@code M} mapping, {@code L} list) or a kind and a
 * length-prefixed text ({@code S} scalar); a mapping's fields are a key (line, column,
 * length-prefixed text) and a node. Numbers are decimal, separated by one space.
 * {@code PreparsedNodesTest} holds every packaged file's decoded trees equal to its parsed ones.
 */
public final class PreparsedNodes {

    /** What the build-time trees of a packaged file at {@code resource} are stored under. */
    public static final String SUFFIX = ".nodes";

    private PreparsedNodes() {}

    /** The trees stored for a packaged file, or empty when there are none. */
    static Optional<List<Node>> read(InputFile packaged) throws IOException {
        try (InputStream in = PreparsedNodes.class.getClassLoader().getResourceAsStream(packaged.resource() + SUFFIX)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(decode(packaged.name(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /** The text for these documents' trees. */
    public static String encode(List<Node> documents) {
        StringBuilder out = new StringBuilder();
        out.append(documents.size()).append('\n');
        for (Node document : documents) {
            encode(document, out);
        }
        return out.toString();
    }

    private static void encode(Node node, StringBuilder out) {
        Location at = node.location();
        if (node instanceof Node.MapNode map) {
            out.append("M ").append(at.line()).append(' ').append(at.column()).append(' ').append(map.fields().size()).append('\n');
            for (Node.Field field : map.fields().values()) {
                out.append("K ").append(field.keyLocation().line()).append(' ').append(field.keyLocation().column()).append(' ');
                text(field.key(), out);
                encode(field.value(), out);
            }
        } else if (node instanceof Node.ListNode list) {
            out.append("L ").append(at.line()).append(' ').append(at.column()).append(' ').append(list.items().size()).append('\n');
            for (Node item : list.items()) {
                encode(item, out);
            }
        } else {
            Node.ScalarNode scalar = (Node.ScalarNode) node;
            out.append("S ").append(at.line()).append(' ').append(at.column()).append(' ').append(scalar.kind().ordinal()).append(' ');
            text(scalar.text(), out);
        }
    }

    private static void text(String text, StringBuilder out) {
        out.append(text.length()).append(':').append(text).append('\n');
    }

    /** The documents of a text {@link #encode} wrote, their locations in {@code file}. */
    static List<Node> decode(String file, String text) {
        Cursor cursor = new Cursor(file, text);
        int count = cursor.number('\n');
        List<Node> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(cursor.node());
        }
        if (cursor.at != text.length()) {
            throw new IllegalStateException("trailing content in the pre-parsed nodes of " + file);
        }
        return documents;
    }

    private static final class Cursor {
        private static final Node.ScalarKind[] KINDS = Node.ScalarKind.values();
        private final String file;
        private final String text;
        private int at;

        Cursor(String file, String text) {
            this.file = file;
            this.text = text;
        }

        Node node() {
            char tag = text.charAt(at);
            at += 2;
            Location location = new Location(file, number(' '), number(' '));
            switch (tag) {
                case 'M' -> {
                    int size = number('\n');
                    Node.Fields fields = new Node.Fields();
                    for (int i = 0; i < size; i++) {
                        expect('K');
                        Location keyAt = new Location(file, number(' '), number(' '));
                        String key = text();
                        fields.put(key, new Node.Field(key, keyAt, node()));
                    }
                    return new Node.MapNode(location, fields);
                }
                case 'L' -> {
                    int size = number('\n');
                    List<Node> items = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        items.add(node());
                    }
                    return new Node.ListNode(location, items);
                }
                case 'S' -> {
                    Node.ScalarKind kind = KINDS[number(' ')];
                    return new Node.ScalarNode(location, text(), kind);
                }
                default -> throw new IllegalStateException("bad pre-parsed nodes of " + file + " at offset " + (at - 2));
            }
        }

        private void expect(char tag) {
            if (text.charAt(at) != tag || text.charAt(at + 1) != ' ') {
                throw new IllegalStateException("bad pre-parsed nodes of " + file + " at offset " + at);
            }
            at += 2;
        }

        private int number(char end) {
            int value = 0;
            char c;
            while ((c = text.charAt(at++)) != end) {
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private String text() {
            int length = number(':');
            String value = text.substring(at, at + length);
            at += length;
            if (text.charAt(at++) != '\n') {
                throw new IllegalStateException("bad pre-parsed nodes of " + file + " at offset " + at);
            }
            return value;
        }
    }
}
