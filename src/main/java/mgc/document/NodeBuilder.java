package mgc.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Builds nodes from the token stream, enforcing the structural limits as it goes. */
final class NodeBuilder {
    private final ReadLimits limits;
    private final String name;
    private final JsonParser parser;
    private final int lineOffset;
    private int nodes;

    /** Whether the text has a backslash, the only way ({@code \\uD800}) to write a lone surrogate in UTF-8 text. */
    private final boolean escapes;

    /**
     * @param lineOffset lines before the parsed text (a JSON Lines line is parsed on its own)
     * @param escapes    whether the text has escapes, so strings must be checked for lone surrogates
     */
    NodeBuilder(ReadLimits limits, String name, JsonParser parser, int lineOffset, boolean escapes) {
        this.limits = limits;
        this.name = name;
        this.parser = parser;
        this.lineOffset = lineOffset;
        this.escapes = escapes;
    }

    /**
     * A lone surrogate is not a character: written out it would silently become '?' (or make
     * the JSON encoder fail), so it is refused where it was written.
     */
    private void refuseLoneSurrogate(String text, String path) throws InputException {
        if (!escapes) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InputException(error(path, String.format("a lone surrogate \\u%04X is not a character:"
                        + " escape a character outside the BMP as a pair, or write it as it is", (int) c)));
            }
        }
    }

    InputError error(String field, String message) {
        return InputError.at(here(), field, message);
    }

    private Location here() {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(name, Math.max(1, at.getLineNr()) + lineOffset, Math.max(1, at.getColumnNr()));
    }

    Node value(JsonToken token, int depth, String path) throws IOException, InputException {
        if (++nodes > limits.maxNodes()) {
            throw new InputException(error(path, "document has more than " + limits.maxNodes() + " values"));
        }
        if (depth > limits.maxDepth()) {
            throw new InputException(error(path, "nesting deeper than " + limits.maxDepth() + " levels"));
        }
        refuseYamlMarkup(path);
        Location location = here();
        // The JSON parser enforces these itself; the YAML parser does not.
        if (token == JsonToken.VALUE_STRING && parser.getTextLength() > limits.maxStringChars()) {
            throw new InputException(error(path, "string longer than " + limits.maxStringChars() + " characters"));
        }
        if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
                && parser.getTextLength() > limits.maxNumberChars()) {
            throw new InputException(error(path, "number longer than " + limits.maxNumberChars() + " characters"));
        }
        return switch (token) {
            case START_OBJECT -> map(location, depth, path);
            case START_ARRAY -> list(location, depth, path);
            case VALUE_STRING -> {
                refuseLoneSurrogate(parser.getText(), path);
                yield new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.STRING);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.NUMBER);
            case VALUE_TRUE, VALUE_FALSE -> new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.BOOLEAN);
            case VALUE_NULL -> new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.NULL);
            default -> throw new InputException(error(path, "unexpected " + token));
        };
    }

    private void refuseYamlMarkup(String path) throws IOException, InputException {
        if (!(parser instanceof YAMLParser yaml)) {
            return;
        }
        if (yaml.isCurrentAlias()) {
            throw new InputException(error(path, "YAML aliases (*name) are not supported: write the value out"));
        }
        if (yaml.getObjectId() != null) {
            throw new InputException(error(path, "YAML anchors (&name) are not supported: write the value out"));
        }
        if (yaml.getTypeId() != null) {
            throw new InputException(error(path, "YAML tags (!tag) are not supported: mgc files are plain data"));
        }
    }

    private Node map(Location location, int depth, String path) throws IOException, InputException {
        Node.Fields fields = new Node.Fields();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            refuseYamlMarkup(path);
            refuseLoneSurrogate(key, path);
            Location keyLocation = here();
            if (key.length() > limits.maxStringChars()) {
                throw new InputException(InputError.at(keyLocation, null,
                        "key longer than " + limits.maxStringChars() + " characters"));
            }
            String childPath = path == null ? key : path + "." + key;
            if (fields.containsKey(key)) {
                Location first = fields.get(key).keyLocation();
                throw new InputException(InputError.at(keyLocation, childPath,
                        "duplicate key (first at line " + first.line() + ", column " + first.column() + ")"));
            }
            Node value = value(parser.nextToken(), depth + 1, childPath);
            fields.put(key, new Node.Field(key, keyLocation, value));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InputException(error(path, "unexpected " + token + " in a mapping"));
        }
        return new Node.MapNode(location, fields);
    }

    private Node list(Location location, int depth, String path) throws IOException, InputException {
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new InputException(error(path, "unexpected end of input in a list"));
            }
            items.add(value(token, depth + 1, (path == null ? "" : path) + "[" + items.size() + "]"));
        }
        return new Node.ListNode(location, items);
    }
}
