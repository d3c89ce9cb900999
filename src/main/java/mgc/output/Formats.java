package mgc.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One command's output formats by the names users type, in the order help lists them
 * (conftest's output registry). Commands only look a format up and open it; adding a format is
 * one {@link Report} class and one {@link #with} line in the command's table.
 *
 * @param <C> what the command knows that a report may need (settings, provenance, the request)
 * @param <W> the report type the command writes to
 */
public final class Formats<C, W> {

    /** Where a report goes: the text stream, the error stream, and the bytes under the text when known (an --output file). */
    public record Destination(PrintWriter out, PrintWriter err, Optional<OutputStream> raw) {

        public static Destination of(PrintWriter out, PrintWriter err) {
            return new Destination(out, err, Optional.empty());
        }
    }

    /** Opens a report of one format. */
    @FunctionalInterface
    public interface Opener<C, W> {
        W open(Destination destination, C context) throws IOException;
    }

    /**
     * A format: its name, how to open it, and the options beyond the common ones it can show
     * (e.g. {@code --explain}), so a command refuses them with a clear error elsewhere.
     */
    public record Format<C, W>(String name, Opener<C, W> opener, Set<String> shows) {

        public Format {
            shows = Set.copyOf(shows);
        }

        public W open(Destination destination, C context) throws IOException {
            return opener.open(destination, context);
        }

        public boolean shows(String option) {
            return shows.contains(option);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<String, Format<C, W>> byName;

    private Formats(Map<String, Format<C, W>> byName) {
        this.byName = byName;
    }

    public static <C, W> Formats<C, W> empty() {
        return new Formats<>(new LinkedHashMap<>());
    }

    /** This table and one more format, which shows the options named. */
    public Formats<C, W> with(String name, Opener<C, W> opener, String... shows) {
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("format " + name + " registered twice");
        }
        Map<String, Format<C, W>> more = new LinkedHashMap<>(byName);
        more.put(name, new Format<>(name, opener, Set.of(shows)));
        return new Formats<>(more);
    }

    /** The names in help's order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** The format of exactly this name (the spellings people type are resolved before, by the command line). */
    public Optional<Format<C, W>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of the formats that show {@code option}, in help's order. */
    public List<String> showing(String option) {
        return byName.values().stream().filter(f -> f.shows(option)).map(Format::name).toList();
    }
}
