package mgc.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mgc.document.ClasspathFolder;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.document.Node;
import mgc.spec.SpecReader;

/**
 * Spec documents read into {@link Spec}s through the spec reader, the one place a spec is
 * validated, whether it comes from a file, text, the shipped examples or a {@link Spec.Builder}.
 * Every problem becomes one {@link MgcException}.
 */
final class SpecDocuments {

    /** The classpath folder holding the repository's {@code scenarios/examples/}. */
    private static final String EXAMPLES = "mgc-examples";

    private SpecDocuments() {
    }

    /** Every system of spec-file text, named {@code name} in errors. */
    static List<Spec> read(String name, String text, Format format) {
        return read(() -> new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8), format));
    }

    /** Every system of a spec file. */
    static List<Spec> read(Path file) {
        return read(() -> new DocumentReader().read(file));
    }

    /** Every system of every example file, files in name order. */
    static List<Spec> examples() {
        Path folder = ClasspathFolder.open(EXAMPLES).orElseThrow(() ->
                new IllegalStateException("the example specs are missing from mgc's jar"));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> Format.ofFileName(p.getFileName().toString()).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentReader reader = new DocumentReader();
        List<Spec> specs = new ArrayList<>();
        for (Path file : files) {
            specs.addAll(read(() -> reader.read(new InputFile(file, "examples/" + file.getFileName()))));
        }
        return List.copyOf(specs);
    }

    /** Reading the documents of a file or text, which fails with the errors of their syntax. */
    @FunctionalInterface
    private interface Documents {
        List<Node> read() throws InputException;
    }

    private static List<Spec> read(Documents documents) {
        SpecReader.Result read;
        try {
            read = new SpecReader().read(documents.read());
        } catch (InputException e) {
            throw MgcException.of(e.errors());
        }
        if (!read.errors().isEmpty()) {
            throw MgcException.of(read.errors());
        }
        return read.systems().stream().map(Spec::of).toList();
    }
}
