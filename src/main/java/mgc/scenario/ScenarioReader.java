package mgc.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.FieldReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.document.Location;
import mgc.document.Node;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;

/**
 * Reads scenario files ({@code *.scenario.yaml}). A file holds one scenario per YAML document
 * ({@code ---} between them):
 *
 * <pre>
 * name: Hyunmoo-2C at the 2012 limits     # required
 * system:                                 # the system inline, the fields of a spec file ...
 *   name: Hyunmoo-2C
 *   type: ballistic-missile
 *   range: 800 km
 *   payload: 500 kg
 * # spec: examples/hyunmoo-2c.yaml        # ... or a spec file holding one system, relative to this file
 * revision-files: [revisions/x.revision.yaml]  # optional hypothetical revisions, relative to this file
 * expect:                                 # revision id -> verdict
 *   "2001": {verdict: prohibited, rules: [MG-RANGE]}
 *   "2012": permitted
 * unchanged: ["2017", "2020"]             # the same verdict under each of these revisions
 * </pre>
 *
 * A scenario states {@code expect}, {@code unchanged} or both.
 *
 * Paths are data, not commands: they must be relative and stay inside the scenario file's
 * folder. Revision ids are checked by the runner, which knows the revisions.
 */
public final class ScenarioReader {

    static final List<String> FIELDS = List.of("name", "system", "spec", "revision-files", "expect", "unchanged");

    private final DocumentReader reader;
    private final SpecReader specReader = new SpecReader();
    private final ExpectationReader claims;

    /** @param ruleIds the rule ids of the rule base, which {@code rules:} lists must come from */
    public ScenarioReader(DocumentReader reader, Collection<String> ruleIds) {
        this.reader = reader;
        this.claims = new ExpectationReader(ruleIds);
    }

    /** What a file gave: its scenarios, and errors for the ones that could not be used. */
    public record Result(List<Scenario> scenarios, List<InputError> errors) {}

    public Result read(String file) {
        List<Node> documents;
        try {
            documents = reader.read(Path.of(file));
        } catch (InputException e) {
            return new Result(List.of(), e.errors());
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Path folder = folderOf(file);
        for (Node document : documents) {
            List<InputError> own = new ArrayList<>();
            Optional<Scenario> scenario = readScenario(document, folder, own);
            errors.addAll(own);
            scenario.ifPresent(scenarios::add);
        }
        return new Result(scenarios, errors);
    }

    private Optional<Scenario> readScenario(Node document, Path folder, List<InputError> errors) {
        Optional<FieldReader> maybe = FieldReader.of(document, "", errors);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        FieldReader fields = maybe.get();
        fields.rejectUnknown(FIELDS);
        Optional<String> name = fields.text("name", true);
        Optional<SystemSpec> system = readSystem(fields, folder);
        List<InputFile> revisionFiles = readRevisionFiles(fields, folder);
        boolean claimsSomething = fields.has("expect") || fields.has("unchanged");
        List<Expectation> expectations = claimsSomething && !fields.has("expect") ? List.of() : claims.readExpectations(fields);
        Optional<Unchanged> unchanged = ExpectationReader.readUnchanged(fields);
        if (!errors.isEmpty() || name.isEmpty() || system.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name.get(), document.location(), system.get(), revisionFiles, expectations, unchanged));
    }

    private Optional<SystemSpec> readSystem(FieldReader fields, Path folder) {
        boolean inline = fields.has("system");
        boolean file = fields.has("spec");
        if (inline == file) {
            fields.errors().add(InputError.at(fields.node().location(), "system",
                    "give exactly one of system (the system inline) or spec (a spec file holding one system)"));
            return Optional.empty();
        }
        if (inline) {
            try {
                return Optional.of(specReader.readSystem(fields.get("system").orElseThrow()));
            } catch (InputException e) {
                e.errors().forEach(error -> fields.errors().add(underSystem(error)));
                return Optional.empty();
            }
        }
        Optional<InputFile> spec = fields.text("spec", true).flatMap(path -> dataPath(fields, "spec", fields.locationOf("spec"), path, folder));
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        try {
            SpecReader.Result read = specReader.read(reader.read(spec.get()));
            if (!read.errors().isEmpty()) {
                fields.errors().addAll(read.errors());
                return Optional.empty();
            }
            if (read.systems().size() != 1) {
                fields.error("spec", "the spec file must hold exactly one system, found " + read.systems().size());
                return Optional.empty();
            }
            return Optional.of(read.systems().get(0));
        } catch (InputException e) {
            fields.errors().addAll(e.errors());
            return Optional.empty();
        }
    }

    private static InputError underSystem(InputError error) {
        String field = error.field() == null || error.field().isEmpty() ? "system" : "system." + error.field();
        return new InputError(error.file(), error.line(), error.column(), field, error.message());
    }

    private List<InputFile> readRevisionFiles(FieldReader fields, Path folder) {
        List<InputFile> files = new ArrayList<>();
        List<Node> items = fields.list("revision-files", false).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = fields.pathOf("revision-files") + "[" + i + "]";
            if (item instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.STRING && !scalar.text().isBlank()) {
                dataPath(fields, path, item.location(), scalar.text(), folder).ifPresent(files::add);
            } else {
                fields.errors().add(InputError.at(item.location(), path, "expected a relative path, got " + item.kindName()));
            }
        }
        return files;
    }

    /**
     * A path a scenario refers to: relative, inside the scenario file's folder (no {@code ..} out
     * of it, no symbolic link out of it), and an existing file. Scenario files are data that
     * may come from anyone; they must not make mgc read elsewhere.
     */
    private static Optional<InputFile> dataPath(FieldReader fields, String field, Location at, String written, Path folder) {
        Path relative;
        try {
            relative = Path.of(written);
        } catch (java.nio.file.InvalidPathException e) {
            fields.errors().add(InputError.at(at, field, "not a valid path: \"" + written + "\""));
            return Optional.empty();
        }
        if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\") || written.startsWith("~")) {
            fields.errors().add(InputError.at(at, field, "must be a path relative to the scenario file's folder, got \""
                    + written + "\""));
            return Optional.empty();
        }
        Path normal = relative.normalize();
        if (normal.toString().isEmpty() || normal.startsWith("..")) {
            fields.errors().add(InputError.at(at, field, "must stay inside the scenario file's folder, got \"" + written + "\""));
            return Optional.empty();
        }
        Path resolved = folder.resolve(normal);
        if (!Files.isRegularFile(resolved)) {
            fields.errors().add(InputError.at(at, field, "no such file: " + resolved));
            return Optional.empty();
        }
        try {
            if (!resolved.toRealPath().startsWith(folder.toAbsolutePath().toRealPath())) {
                fields.errors().add(InputError.at(at, field, "\"" + written
                        + "\" leads outside the scenario file's folder (through a symbolic link)"));
                return Optional.empty();
            }
        } catch (IOException e) {
            fields.errors().add(InputError.at(at, field, "cannot read " + resolved + ": " + e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(InputFile.of(resolved));
    }

    private static Path folderOf(String file) {
        // Kept relative when the file was named relatively, so messages name paths as the user did.
        Path parent = Path.of(file).getParent();
        return parent == null ? Path.of("") : parent;
    }
}
