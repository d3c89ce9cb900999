package mgc.output;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Cases gathered into one suite per input file as they stream past in file order, for the JUnit
 * reports: a suite's counts are attributes written before its cases, so one file's cases are held
 * and the suite is written when the next file starts, or at the end ({@link #flush}).
 *
 * @param <S> a suite of cases
 */
public final class FileSuites<S> {

    private final Function<String, S> open;
    private final Consumer<S> write;
    private String file;
    private S suite;

    /**
     * @param open  a new, empty suite for a file
     * @param write writes a finished suite
     */
    public FileSuites(Function<String, S> open, Consumer<S> write) {
        this.open = open;
        this.write = write;
    }

    /** The suite of {@code file}, writing the previous file's first when this is a new file. */
    public S suiteFor(String file) {
        if (suite != null && !file.equals(this.file)) {
            flush();
        }
        if (suite == null) {
            suite = open.apply(file);
            this.file = file;
        }
        return suite;
    }

    /** Writes the suite being gathered, if any. */
    public void flush() {
        if (suite != null) {
            S done = suite;
            suite = null;
            file = null;
            write.accept(done);
        }
    }
}
