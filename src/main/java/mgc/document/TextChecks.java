package mgc.document;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;

/** Checks of a document's text made before (or beside) parsing it, where the parser alone would not hold. */
final class TextChecks {

    private TextChecks() {}

    /**
     * SnakeYAML has no limit on one scalar and scans a very long one slowly and with much
     * memory; no value may be longer than the string limit anyway, so a longer line is refused
     * before parsing, which bounds the work per line.
     */
    static void refuseLongLines(ReadLimits limits, String name, String text) throws InputException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > limits.maxStringChars()) {
                    throw new InputException(new InputError(name, line, 1, null, "line is " + (i - start)
                            + " characters long, over the limit of " + limits.maxStringChars() + " for one value"));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * Jackson drops the tag of a mapping's first key ({@code ? !!java.net.URL id}), so a text
     * that could hold a tag is, once Jackson has accepted it (and refused the tags it sees, with
     * their field), also scanned with SnakeYAML's own event parser, which sees every tag. Text
     * without a {@code !} has none and costs nothing more.
     */
    static void refuseTags(LoaderOptions loaderOptions, String name, String text) throws InputException {
        if (text.indexOf('!') < 0) {
            return;
        }
        try {
            org.yaml.snakeyaml.parser.Parser events = new org.yaml.snakeyaml.parser.ParserImpl(
                    new org.yaml.snakeyaml.reader.StreamReader(text), loaderOptions);
            while (events.peekEvent() != null && !events.checkEvent(org.yaml.snakeyaml.events.Event.ID.StreamEnd)) {
                org.yaml.snakeyaml.events.Event event = events.getEvent();
                String tag = event instanceof org.yaml.snakeyaml.events.ScalarEvent scalar ? scalar.getTag()
                        : event instanceof org.yaml.snakeyaml.events.CollectionStartEvent collection ? collection.getTag()
                        : null;
                if (tag != null) {
                    Mark at = event.getStartMark();
                    throw new InputException(new InputError(name, at.getLine() + 1, at.getColumn() + 1, null,
                            "YAML tags (!tag) are not supported: mgc files are plain data"));
                }
            }
        } catch (RuntimeException e) {
            // A syntax error: the Jackson parse that follows reports it with its place.
        }
    }
}
