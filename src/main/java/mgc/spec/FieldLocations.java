package mgc.spec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import mgc.document.Location;
import mgc.document.Node;

/**
 * Where each field of a spec is, in the order written: a read-only map of a few keys, each to
 * its value's location, kept as two arrays. A batch reads millions of specs and asks almost
 * none of them where a field is; building an immutable map of entries for each one took a few
 * per cent of a worker's time (docs/performance.md). It is a {@code Map} like any other: equal
 * to, and hashing as, a map of the same entries.
 */
final class FieldLocations extends AbstractMap<String, Location> {

    private final String[] keys;
    private final Location[] locations;
    private final int size;

    /** The first {@code size} keys and their locations; the arrays are the map's from now on. */
    FieldLocations(String[] keys, Location[] locations, int size) {
        this.keys = keys;
        this.locations = locations;
        this.size = size;
    }

    /** A node's fields, each to its value's location. */
    static FieldLocations of(Map<String, Node.Field> fields) {
        String[] keys = new String[fields.size()];
        Location[] locations = new Location[keys.length];
        int at = 0;
        for (Node.Field field : fields.values()) {
            keys[at] = field.key();
            locations[at++] = field.value().location();
        }
        return new FieldLocations(keys, locations, at);
    }

    @Override
    public Location get(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return locations[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, Location>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Location>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Location> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return Map.entry(keys[at], locations[at]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
