package mgc.document;

import java.util.List;

/** Thrown when input cannot be used; carries the errors to show, never a stack trace to the user. */
public final class InputException extends Exception {

    private final List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).describe(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
