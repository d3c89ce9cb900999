package mgc.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.FieldReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.document.Location;
import mgc.document.Node;
import mgc.spelling.Spelling;
import mgc.engine.Decision;
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
    private static final List<String> EXPECTATION_FIELDS = List.of("verdict", "rules");

    private final DocumentReader reader;
    private final SpecReader specReader = new SpecReader();
    private final Collection<String> ruleIds;

    /** @param ruleIds the rule ids of the rule base, which {@code rules:} lists must come from */
    public ScenarioReader(DocumentReader reader, Collection<String> ruleIds) {
        this.reader = reader;
        this.ruleIds = List.copyOf(ruleIds);
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
        List<Expectation> expectations = claimsSomething && !fields.has("expect") ? List.of() : readExpectations(fields);
        Optional<Unchanged> unchanged = readUnchanged(fields);
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

    /** {@code unchanged: [A, B, ...]}: at least two revision ids, each once; the runner checks they exist. */
    private static Optional<Unchanged> readUnchanged(FieldReader fields) {
        if (!fields.has("unchanged")) {
            return Optional.empty();
        }
        Optional<List<Node>> maybe = fields.list("unchanged", false);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        List<Node> items = maybe.get();
        List<String> revisions = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        int before = fields.errors().size();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = fields.pathOf("unchanged") + "[" + i + "]";
            // A bare 2017 in YAML is a number; it names the revision "2017" all the same.
            if (item instanceof Node.ScalarNode scalar && !scalar.text().isBlank()
                    && (scalar.kind() == Node.ScalarKind.STRING || scalar.kind() == Node.ScalarKind.NUMBER)) {
                if (revisions.contains(scalar.text())) {
                    fields.errors().add(InputError.at(item.location(), path, "revision \"" + scalar.text()
                            + "\" is listed twice"));
                } else {
                    revisions.add(scalar.text());
                    locations.add(item.location());
                }
            } else {
                fields.errors().add(InputError.at(item.location(), path, "expected a revision id, got " + item.kindName()));
            }
        }
        if (fields.errors().size() > before) {
            return Optional.empty();
        }
        if (revisions.size() < 2) {
            fields.error("unchanged", "give at least two revision ids, between which the verdict must not change; got "
                    + revisions.size());
            return Optional.empty();
        }
        return Optional.of(new Unchanged(revisions, locations, fields.locationOf("unchanged")));
    }

    private List<Expectation> readExpectations(FieldReader fields) {
        Optional<FieldReader> maybe = fields.child("expect", true);
        if (maybe.isEmpty()) {
            return List.of();
        }
        FieldReader expect = maybe.get();
        if (expect.node().fields().isEmpty()) {
            fields.error("expect", "give at least one revision id with its expected verdict");
            return List.of();
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Node.Field field : expect.node().fields().values()) {
            String revision = field.key();
            String path = expect.pathOf(revision);
            Node value = field.value();
            if (value instanceof Node.ScalarNode) {
                Optional<Decision> verdict = verdict(value, path, expect.errors());
                verdict.ifPresent(v -> expectations.add(new Expectation(revision, v, List.of(), field.keyLocation())));
            } else if (value instanceof Node.MapNode) {
                FieldReader.of(value, path, expect.errors()).ifPresent(detail -> {
                    detail.rejectUnknown(EXPECTATION_FIELDS);
                    Optional<Decision> verdict = detail.get("verdict").isPresent()
                            ? verdict(detail.get("verdict").get(), detail.pathOf("verdict"), expect.errors())
                            : Optional.empty();
                    if (!detail.has("verdict")) {
                        detail.missing("verdict");
                    }
                    List<String> rules = readRules(detail);
                    if (verdict.isPresent() && verdict.get() == Decision.PERMITTED && !rules.isEmpty()) {
                        detail.error("rules", "rules that must fire are findings, so they go with verdict: prohibited (or depends)");
                    } else if (verdict.isPresent()) {
                        expectations.add(new Expectation(revision, verdict.get(), rules, field.keyLocation()));
                    }
                });
            } else {
                expect.errors().add(InputError.at(value.location(), path,
                        "expected permitted, prohibited, depends or {verdict: ..., rules: [...]}, got " + value.kindName()));
            }
        }
        return expectations;
    }

    private static Optional<Decision> verdict(Node node, String path, List<InputError> errors) {
        // depends: a system with intervals, permitted in part of its box only (docs/what-if.md).
        Map<String, Decision> vocabulary = Map.of("permitted", Decision.PERMITTED, "prohibited", Decision.PROHIBITED,
                "depends", Decision.DEPENDS);
        if (node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.STRING && vocabulary.containsKey(scalar.text())) {
            return Optional.of(vocabulary.get(scalar.text()));
        }
        String got = node instanceof Node.ScalarNode scalar ? "\"" + scalar.text() + "\"" : node.kindName();
        String hint = node instanceof Node.ScalarNode scalar
                ? Spelling.nearest(scalar.text(), vocabulary.keySet()).map(s -> " (did you mean \"" + s + "\"?)").orElse("") : "";
        errors.add(InputError.at(node.location(), path, "expected permitted, prohibited or depends, got " + got + hint));
        return Optional.empty();
    }

    private List<String> readRules(FieldReader detail) {
        List<String> rules = new ArrayList<>();
        List<Node> items = detail.list("rules", false).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = detail.pathOf("rules") + "[" + i + "]";
            if (item instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.STRING && ruleIds.contains(scalar.text())) {
                if (!rules.contains(scalar.text())) {
                    rules.add(scalar.text());
                }
            } else {
                String got = item instanceof Node.ScalarNode scalar ? scalar.text() : item.kindName();
                String hint = Spelling.nearest(got, ruleIds).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                detail.errors().add(InputError.at(item.location(), path, "unknown rule id \"" + got + "\"" + hint
                        + "; rule ids: " + String.join(", ", ruleIds)));
            }
        }
        return rules;
    }

    private static Path folderOf(String file) {
        // Kept relative when the file was named relatively, so messages name paths as the user did.
        Path parent = Path.of(file).getParent();
        return parent == null ? Path.of("") : parent;
    }
}
