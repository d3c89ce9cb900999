package mgc.document;

import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON value with the place it was written. Jackson's own tree drops locations, and
 * every error message must name line and column, so the readers build this small tree instead.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    Location location();

    /** What the user wrote, in words, for "expected X, got Y" messages. */
    String kindName();

    /** A key with its own location (a misspelt key is reported where the key is). */
    record Field(String key, Location keyLocation, Node value) {}

    record MapNode(Location location, Map<String, Field> fields) implements Node {
        public MapNode {
            // A reader's own fresh map is wrapped as it is (a JSON Lines batch builds millions); any
            // other map is copied first, so the node never changes.
            fields = java.util.Collections.unmodifiableMap(fields instanceof Fields fresh && fresh.claim()
                    ? fresh : new java.util.LinkedHashMap<>(fields));
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /**
     * The fields of a mapping being read: a map that one {@link MapNode} may take without copying,
     * once (the reader puts nothing in it after that).
     */
    final class Fields extends java.util.LinkedHashMap<String, Field> {
        private boolean claimed;

        Fields() {
            // Only readers in this package make them.
        }

        private boolean claim() {
            boolean first = !claimed;
            claimed = true;
            return first;
        }
    }

    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    enum ScalarKind { STRING, NUMBER, BOOLEAN, NULL }

    record ScalarNode(Location location, String text, ScalarKind kind) implements Node {
        @Override
        public String kindName() {
            return switch (kind) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }
    }
}
