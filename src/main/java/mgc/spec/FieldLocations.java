package mgc.spec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import mgc.document.Location;
import mgc.document.Node;

/**
 * Where each field of a spec's mapping is: a read-only view of the mapping's own fields (a node
 * never changes), each key to its value's location. A batch reads millions of specs and asks
 * almost none of them where a field is; building an immutable map of entries for each one took
 * a few per cent of a worker's time (docs/performance.md). It is a {@code Map} like any other:
 * equal to, and hashing as, a map of the same entries.
 */
final class FieldLocations extends AbstractMap<String, Location> {

    private final Map<String, Node.Field> fields;

    /** @param fields a node's fields ({@link Node.MapNode#fields()}, read-only) */
    FieldLocations(Map<String, Node.Field> fields) {
        this.fields = fields;
    }

    @Override
    public Location get(Object key) {
        Node.Field field = fields.get(key);
        return field == null ? null : field.value().location();
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.containsKey(key);
    }

    @Override
    public int size() {
        return fields.size();
    }

    @Override
    public Set<Map.Entry<String, Location>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Location>> iterator() {
                Iterator<Node.Field> each = fields.values().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Map.Entry<String, Location> next() {
                        Node.Field field = each.next();
                        return Map.entry(field.key(), field.value().location());
                    }
                };
            }

            @Override
            public int size() {
                return fields.size();
            }
        };
    }
}
