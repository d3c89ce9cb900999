package mgc.spec;

import mgc.document.Location;
import mgc.document.PlainJsonLine;
import mgc.document.ReadLimits;
import mgc.units.Dimension;
import mgc.units.Quantity;

/**
 * A batch's usual JSON line read straight into its {@link SystemSpec}, without the node tree:
 * {@link PlainJsonLine#scan} hands over the fields of a plain line and this takes them as
 * {@link PlainSpec} takes a plain spec's (only name, type, range, payload, propellant and
 * total_impulse, each a plain valid point value, with what its type requires). It gives the very
 * spec that reading the line's nodes and then the spec gives (SpecReaderTest holds the two
 * equal); for any other line it gives null, and the caller reads the line the general way, so
 * every error is found and worded as before. The node tree (a location, a field and a value node
 * for each field, a linked hash map) was most of the cost of reading a line. One per line.
 */
public final class PlainSpecLine implements PlainJsonLine.Fields {

    private static final String[] KEYS = {"name", "type", "range", "payload", "propellant", "total_impulse"};
    /** The vocabularies the general reader looks the words up in ({@code byId}), as arrays to compare in place. */
    private static final String[] TYPE_IDS = SystemType.byId().keySet().toArray(String[]::new);
    private static final SystemType[] TYPES = SystemType.byId().values().toArray(SystemType[]::new);
    private static final String[] PROPELLANT_IDS = Propellant.byId().keySet().toArray(String[]::new);
    private static final Propellant[] PROPELLANTS = Propellant.byId().values().toArray(Propellant[]::new);

    private final String file;
    private final int lineNumber;
    private final String text;
    private final String[] keys = new String[KEYS.length];
    private final Location[] locations = new Location[KEYS.length];
    private int count;
    /** Which of KEYS were given, by bit. */
    private int seen;
    private String name;
    private SystemType type;
    private Quantity range;
    private Quantity payload;
    private Propellant propellant;
    private Quantity impulse;

    private PlainSpecLine(String file, int lineNumber, String text) {
        this.file = file;
        this.lineNumber = lineNumber;
        this.text = text;
    }

    /** The line's spec, or null when it is not a plain spec on a plain line (then read it the general way). */
    public static SystemSpec read(String file, int lineNumber, String text, ReadLimits limits) {
        PlainSpecLine line = new PlainSpecLine(file, lineNumber, text);
        int column = PlainJsonLine.scan(text, limits, line);
        return column < 0 ? null : line.spec(column);
    }

    @Override
    public boolean field(int keyStart, int keyEnd, int keyColumn, int valueStart, int valueEnd, int valueColumn, boolean string) {
        int key = key(keyStart, keyEnd);
        if (key < 0 || (seen & 1 << key) != 0) {
            return false; // a field the plain spec has not, or a duplicate key
        }
        seen |= 1 << key;
        switch (key) {
            case 0 -> {
                if (!string) {
                    return false;
                }
                name = text.substring(valueStart, valueEnd);
                if (name.isBlank()) {
                    return false;
                }
            }
            case 1 -> {
                int at = string ? index(TYPE_IDS, valueStart, valueEnd) : -1;
                if (at < 0) {
                    return false;
                }
                type = TYPES[at];
            }
            case 2 -> {
                range = PlainSpec.figure(text.substring(valueStart, valueEnd), string, Dimension.LENGTH);
                if (range == null) {
                    return false;
                }
            }
            case 3 -> {
                payload = PlainSpec.figure(text.substring(valueStart, valueEnd), string, Dimension.MASS);
                if (payload == null) {
                    return false;
                }
            }
            case 4 -> {
                int at = string ? index(PROPELLANT_IDS, valueStart, valueEnd) : -1;
                if (at < 0) {
                    return false;
                }
                propellant = PROPELLANTS[at];
            }
            default -> {
                impulse = PlainSpec.figure(text.substring(valueStart, valueEnd), string, Dimension.IMPULSE);
                if (impulse == null) {
                    return false;
                }
            }
        }
        keys[count] = KEYS[key];
        locations[count++] = new Location(file, lineNumber, valueColumn);
        return true;
    }

    private SystemSpec spec(int column) {
        return PlainSpec.spec(name, type, range, payload, propellant, impulse, new Location(file, lineNumber, column),
                new FieldLocations(keys, locations, count));
    }

    /** Which of KEYS is spelt at {@code text[start, end)}, or -1. */
    private int key(int start, int end) {
        return index(KEYS, start, end);
    }

    /** Which of {@code words} is spelt at {@code text[start, end)}, or -1: compared in place, no substring cut. */
    private int index(String[] words, int start, int end) {
        for (int k = 0; k < words.length; k++) {
            if (words[k].length() == end - start && text.startsWith(words[k], start)) {
                return k;
            }
        }
        return -1;
    }
}
