package mgc.document;

/**
 * One problem with something the user gave: a file, a field, a flag. Every error the tool
 * reports about input is one of these, so every output format can show file, line, column
 * and field the same way.
 *
 * @param field dotted path of the field at fault (e.g. {@code payload}, {@code terms.uav.max-range}),
 *              or null when the problem is not with one field (a syntax error, an empty file)
 */
public record InputError(String file, int line, int column, String field, String message) {

    public static InputError at(Location location, String field, String message) {
        return new InputError(location.file(), location.line(), location.column(), field, message);
    }

    public static InputError ofFile(String file, String message) {
        return new InputError(file, 0, 0, null, message);
    }

    /** The single-line form: {@code file:line:col: field: message}. */
    public String describe() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        // An option is both where and what (file "--range", field "--range"): named once.
        if (field != null && !field.isEmpty() && !field.equals(file)) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }
}
