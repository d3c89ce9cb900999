package mgc.api;

import java.util.List;
import mgc.document.InputError;

/**
 * The one exception of the API: the input given to it cannot be used. It carries every problem
 * found, each with the file, line, column and field the command line names for the same input
 * ({@code hyunmoo.yaml:4:10: range: unknown unit "kms" (did you mean "km"?)}), and its message
 * is those lines. Nothing is dropped silently: a broken revision, spec or scenario file is an
 * exception, not a list to remember to check.
 *
 * <pre>{@code
 * try {
 *     Spec.parse("name: X\ntype: ballistic-missile\nrange: 800 kms\npayload: 1 t\n");
 * } catch (MgcException e) {
 *     e.errors().forEach(error -> System.err.println(error.describe()));
 * }
 * }</pre>
 */
public final class MgcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem with the input.
     *
     * @param file    the file as named to the API, or a description of a value made in Java
     *                (e.g. {@code Spec "X"})
     * @param line    1-based line, or 0 when the problem is with the whole input
     * @param column  1-based column, or 0 with line 0
     * @param field   dotted path of the field at fault (e.g. {@code payload},
     *                {@code terms.uav.max-range}), or null when it is not one field's
     * @param message what is wrong, and how to put it right where that is known
     */
    public record Error(String file, int line, int column, String field, String message) {

        /**
         * The problem on one line, as the command line prints it.
         *
         * @return {@code file:line:column: field: message}, without the parts that are absent
         */
        public String describe() {
            return new InputError(file, line, column, field, message).describe();
        }
    }

    /** The problems, in the order reported. */
    private final List<Error> errors;

    /**
     * An exception for these problems.
     *
     * @param errors the problems, at least one
     */
    public MgcException(List<Error> errors) {
        super(errors.isEmpty() ? "invalid input" : String.join("\n", errors.stream().map(Error::describe).toList()));
        this.errors = List.copyOf(errors);
    }

    static MgcException of(List<InputError> errors) {
        return new MgcException(errors.stream()
                .map(e -> new Error(e.file(), e.line(), e.column(), e.field(), e.message())).toList());
    }

    static MgcException of(String file, String message) {
        return new MgcException(List.of(new Error(file, 0, 0, null, message)));
    }

    /**
     * Every problem found, in the order the command line reports them.
     *
     * @return the problems, never empty
     */
    public List<Error> errors() {
        return errors;
    }
}
