package mgc.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The parsers' failures in the words of an mgc message: one line, at the problem's place. */
final class ParseErrors {

    private ParseErrors() {}

    static String describeToken(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }

    static InputError fromJackson(String name, JsonProcessingException e) {
        return fromJackson(name, e, 0);
    }

    static InputError fromJackson(String name, JsonProcessingException e, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return fromSnakeYaml(name, yaml);
        }
        JsonLocation at = e.getLocation();
        String message = firstLine(e.getOriginalMessage());
        if (at == null || at.getLineNr() < 1) {
            return InputError.ofFile(name, "syntax error: " + message);
        }
        return new InputError(name, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()), null, "syntax error: " + message);
    }

    /**
     * SnakeYAML's message is several lines: what it was parsing and where that began, then the
     * problem and where it is. Keep both in one line, at the problem's place.
     */
    static InputError fromSnakeYaml(String name, MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        StringBuilder message = new StringBuilder("syntax error: ").append(e.getProblem() == null ? "invalid YAML" : e.getProblem().strip());
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext().strip());
            if (e.getContextMark() != null) {
                message.append(" at line ").append(e.getContextMark().getLine() + 1)
                        .append(", column ").append(e.getContextMark().getColumn() + 1);
            }
            message.append(')');
        }
        return new InputError(name, problem.getLine() + 1, problem.getColumn() + 1, null, message.toString());
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Jackson's own limit messages name its API; say which of ours was hit, and where. */
    static InputError overLimit(ReadLimits limits, String name, JsonParser parser, StreamConstraintsException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message;
        if (original.startsWith("Document nesting depth")) {
            message = "nesting deeper than " + limits.maxDepth() + " levels";
        } else if (original.startsWith("Number value length")) {
            message = "number longer than " + limits.maxNumberChars() + " characters";
        } else if (original.startsWith("String value length")) {
            message = "string longer than " + limits.maxStringChars() + " characters";
        } else if (original.startsWith("Name length")) {
            message = "key longer than " + limits.maxStringChars() + " characters";
        } else {
            message = "over a read limit: " + ParseErrors.firstLine(original);
        }
        // Where the offending value starts: the parser's own position depends on how far it had
        // buffered, which would make the message differ from run to run.
        JsonLocation at = parser.currentTokenLocation();
        return at == null || at.getLineNr() < 1 ? InputError.ofFile(name, message)
                : new InputError(name, at.getLineNr(), Math.max(1, at.getColumnNr()), null, message);
    }
}
