package mgc.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mgc.document.InputError;
import mgc.document.Location;
import mgc.engine.TermOutcome;
import mgc.engine.RuleInfo;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * SARIF 2.1.0 for code-scanning tools: one run whose driver lists the rule base's rules (stable
 * id, one-line summary, documentation link), one {@code error} result per finding located at the
 * offending field's line and column in the spec file, and one result per input error (rule
 * {@value #INPUT_RULE}). Results are streamed as they come.
 */
public final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Not a DRL rule: the tool's own rule for input it cannot read. */
    static final String INPUT_RULE = "MG-INPUT";
    private static final String STDIN = "<stdin>";

    private final JsonGenerator json;
    private final List<RuleInfo> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    private final Provenance provenance;

    public SarifReport(Writer out, List<RuleInfo> rules) throws IOException {
        this(out, rules, Provenance.UNKNOWN);
    }

    public SarifReport(Writer out, List<RuleInfo> rules, Provenance provenance) throws IOException {
        this.json = JsonOutput.generator(out);
        this.provenance = provenance;
        List<RuleInfo> all = new ArrayList<>(rules);
        all.add(new RuleInfo(INPUT_RULE, "Spec, revision and rule files must be readable and valid", ""));
        this.rules = List.copyOf(all);
        for (int i = 0; i < this.rules.size(); i++) {
            ruleIndex.put(this.rules.get(i).id(), i);
        }
    }

    @Override
    public void begin(List<Revision> revisions) throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "mgc");
        json.writeStringField("version", provenance.toolVersion());
        json.writeStringField("semanticVersion", provenance.toolVersion());
        json.writeObjectFieldStart("properties");
        json.writeStringField("ruleBaseDigest", provenance.ruleBaseDigest());
        json.writeEndObject();
        json.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.summary());
            json.writeEndObject();
            // SARIF wants helpUri absolute; the shipped links point into the README, so a
            // relative one is given as help text instead of an invalid URI.
            if (isAbsoluteUri(rule.link())) {
                json.writeStringField("helpUri", rule.link());
            } else if (!rule.link().isEmpty()) {
                json.writeObjectFieldStart("help");
                json.writeStringField("text", "Documentation: " + rule.link());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", "error");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("revisions");
        for (Revision revision : revisions) {
            json.writeString(revision.label());
        }
        json.writeEndArray();
        json.writeStringField("toolVersion", provenance.toolVersion());
        json.writeStringField("ruleBaseDigest", provenance.ruleBaseDigest());
        json.writeArrayFieldStart("revisionIds");
        for (Revision revision : revisions) {
            json.writeString(revision.id());
        }
        json.writeEndArray();
        JsonOutput.stringArray(json, "asOf", provenance.dating());
        json.writeEndObject();
        json.writeArrayFieldStart("results");
    }

    @Override
    public void result(SystemResult result) throws IOException {
        SystemSpec spec = result.spec();
        for (Verdict verdict : result.verdicts()) {
            // Intervals permitted in part of the box only: each finding is of the prohibited witness,
            // and the message names the prohibited part and both witnesses.
            java.util.Optional<String> depends = result.decision(verdict) == mgc.engine.Decision.DEPENDS
                    ? result.box(verdict).map(DependsText::line) : java.util.Optional.empty();
            for (Reason reason : result.reasons(verdict)) {
                TermOutcome check = reason.check();
                json.writeStartObject();
                ruleReference(check.rule());
                json.writeStringField("kind", "fail");
                json.writeStringField("level", "error");
                json.writeObjectFieldStart("message");
                json.writeStringField("text", spec.name() + " (" + spec.type().id() + ") "
                        + (depends.isPresent() ? "depends under revision " + verdict.revision().label()
                                + " (permitted in part of its box only; " + depends.get() + "); at the prohibited witness: "
                                : "is prohibited under revision " + verdict.revision().label() + ": ")
                        + (reason.rule().equals(check.rule()) ? "" : "(capability) ")
                        + reason.message() + ". Source: " + check.source()
                        + check.reading().map(r -> ". Reading: " + r).orElse(""));
                json.writeEndObject();
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                physicalLocation(spec.locationOf(check.field()));
                json.writeArrayFieldStart("logicalLocations");
                json.writeStartObject();
                json.writeStringField("name", spec.name());
                json.writeStringField("kind", "object");
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                // Code-scanning services match a result across runs by these; the line is left
                // out so that editing a file above a system does not open a "new" alert.
                json.writeObjectFieldStart("partialFingerprints");
                json.writeStringField("mgc/v1", fingerprint(result.file(), spec.name(), verdict.revision().id(), reason.rule()));
                json.writeEndObject();
                json.writeObjectFieldStart("properties");
                json.writeStringField("system", spec.name());
                json.writeStringField("type", spec.type().id());
                json.writeStringField("revision", verdict.revision().id());
                json.writeStringField("verdict", verdict.decision().id());
                if (depends.isPresent()) {
                    json.writeStringField("prohibitedWhere", result.box(verdict).get().prohibitedWhere());
                }
                json.writeStringField("field", check.field());
                if (check.actual() != null) {
                    json.writeNumberField("actual", Numbers.plain(check.actual()));
                }
                json.writeNumberField("limit", Numbers.plain(check.limit()));
                json.writeStringField("unit", check.unit());
                json.writeStringField("source", check.source());
                json.writeEndObject();
                json.writeEndObject();
            }
        }
    }

    /** A stable digest of what identifies a finding: the file, the system, the revision and the rule. */
    static String fingerprint(String file, String system, String revision, String rule) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : List.of(file, system, revision, rule)) {
                sha.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void error(InputError error) throws IOException {
        json.writeStartObject();
        ruleReference(INPUT_RULE);
        json.writeStringField("kind", "fail");
        json.writeStringField("level", "error");
        json.writeObjectFieldStart("message");
        json.writeStringField("text", (error.field() == null ? "" : error.field() + ": ") + error.message());
        json.writeEndObject();
        if (artifactUri(error.file()) != null) {
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            physicalLocation(new Location(error.file(), error.line(), error.column()));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", summary.errors() == 0);
        json.writeObjectFieldStart("properties");
        JsonOutput.summaryFields(json, summary);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private void ruleReference(String rule) throws IOException {
        json.writeStringField("ruleId", rule);
        Integer index = ruleIndex.get(rule);
        if (index != null) {
            json.writeNumberField("ruleIndex", index);
        }
    }

    /** A location in a file; stdin has no artifact, and line 0 (a whole-file problem) has no region. */
    private void physicalLocation(Location location) throws IOException {
        String uri = artifactUri(location.file());
        if (uri == null) {
            return;
        }
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri);
        json.writeEndObject();
        if (location.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", location.line());
            json.writeNumberField("startColumn", Math.max(1, location.column()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * The file as a URI reference: relative paths stay relative (to the working folder, as CI
     * tools expect), absolute ones become {@code file:} URIs; characters that are not allowed in a
     * URI are percent-encoded. Null for stdin and for names that are not files (e.g. "--revision").
     */
    static String artifactUri(String file) {
        if (file == null || file.isEmpty() || file.equals(STDIN) || file.startsWith("-")) {
            return null;
        }
        String slashed = file.replace('\\', '/');
        try {
            if (Path.of(file).isAbsolute()) {
                return Path.of(file).toUri().toASCIIString();
            }
            // The multi-argument constructor quotes what a path may not hold (spaces, %, #, ?).
            String encoded = new URI(null, null, slashed, null).toASCIIString();
            // A first segment with ':' would read as a scheme; "./" keeps it a relative path.
            return encoded.contains(":") && encoded.indexOf(':') < (encoded.indexOf('/') < 0 ? Integer.MAX_VALUE : encoded.indexOf('/'))
                    ? "./" + encoded : encoded;
        } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static boolean isAbsoluteUri(String link) {
        try {
            URI uri = new URI(link);
            return uri.isAbsolute() && uri.getScheme() != null && (uri.getScheme().equals("https") || uri.getScheme().equals("http"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
