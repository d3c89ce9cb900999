package mgc.report;

import mgc.output.JsonOutput;
import mgc.output.Provenance;
import mgc.output.RunSummary;
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
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import mgc.engine.TermOutcome;
import mgc.engine.RuleInfo;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * SARIF 2.1.0 for code-scanning tools: one run whose driver lists the rule base's rules (stable
 * id, one-line summary, an absolute {@code helpUri} to the rule's documentation), one {@code error}
 * result per finding located at the offending field's line and column in the spec file, with
 * {@code partialFingerprints} so a result is matched across runs, and one result per input error
 * (rule {@value #INPUT_RULE}). Every SARIF object is java-sarif's model ({@link SarifModel}), written
 * into the one streaming generator as it comes, so a large run is never held.
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
        all.add(new RuleInfo(INPUT_RULE, "Spec, revision and rule files must be readable and valid", "README.md#spec-files"));
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
        // The run's members in the order a stream allows: the invocation's outcome is known last.
        json.writeFieldName("tool");
        SarifModel.write(json, new Tool().withDriver(new ToolComponent().withName("mgc").withVersion(provenance.toolVersion())
                .withSemanticVersion(provenance.toolVersion())
                .withProperties(SarifModel.properties().withAdditionalProperty("ruleBaseDigest", provenance.ruleBaseDigest()))
                .withRules(rules.stream().map(SarifReport::descriptor).collect(Collectors.toCollection(LinkedHashSet::new)))));
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeFieldName("properties");
        SarifModel.write(json, SarifModel.properties()
                .withAdditionalProperty("revisions", revisions.stream().map(Revision::label).toList())
                .withAdditionalProperty("toolVersion", provenance.toolVersion())
                .withAdditionalProperty("ruleBaseDigest", provenance.ruleBaseDigest())
                .withAdditionalProperty("revisionIds", revisions.stream().map(Revision::id).toList())
                .withAdditionalProperty("asOf", provenance.dating()));
        json.writeArrayFieldStart("results");
    }

    private static ReportingDescriptor descriptor(RuleInfo rule) {
        ReportingDescriptor descriptor = new ReportingDescriptor().withId(rule.id())
                .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(ReportingConfiguration.Level.ERROR));
        String link = ProjectDocs.absolute(rule.link());
        return link.isEmpty() ? descriptor : descriptor.withHelpUri(URI.create(link));
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
                PropertyBag properties = SarifModel.properties()
                        .withAdditionalProperty("system", spec.name())
                        .withAdditionalProperty("type", spec.type().id())
                        .withAdditionalProperty("revision", verdict.revision().id())
                        .withAdditionalProperty("verdict", verdict.decision().id());
                if (depends.isPresent()) {
                    properties.setAdditionalProperty("prohibitedWhere", result.box(verdict).get().prohibitedWhere());
                }
                properties.setAdditionalProperty("field", check.field());
                if (check.actual() != null) {
                    properties.setAdditionalProperty("actual", Numbers.plain(check.actual()));
                }
                properties.setAdditionalProperty("limit", Numbers.plain(check.limit()));
                properties.setAdditionalProperty("unit", check.unit());
                properties.setAdditionalProperty("source", check.source());
                Location location = new Location().withPhysicalLocation(physicalLocation(spec.locationOf(check.field())))
                        .withLogicalLocations(new LinkedHashSet<>(List.of(new LogicalLocation().withName(spec.name()).withKind("object"))));
                SarifModel.write(json, failure(check.rule(), spec.name() + " (" + spec.type().id() + ") "
                        + (depends.isPresent() ? "depends under revision " + verdict.revision().label()
                                + " (permitted in part of its box only; " + depends.get() + "); at the prohibited witness: "
                                : "is prohibited under revision " + verdict.revision().label() + ": ")
                        + (reason.rule().equals(check.rule()) ? "" : "(capability) ")
                        + reason.message() + ". Source: " + check.source()
                        + check.reading().map(r -> ". Reading: " + r).orElse(""))
                        .withLocations(List.of(location))
                        // Code-scanning services match a result across runs by these; the line is left
                        // out so that editing a file above a system does not open a "new" alert.
                        .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty("mgc/v1",
                                fingerprint(result.file(), spec.name(), verdict.revision().id(), reason.rule())))
                        .withProperties(properties));
            }
        }
    }

    /** A failed result of the rule, at error level; the rule's index when the driver lists it. */
    private Result failure(String rule, String message) {
        return new Result().withRuleId(rule).withRuleIndex(ruleIndex.get(rule)).withRank(null)
                .withKind(Result.Kind.FAIL).withLevel(Result.Level.ERROR).withMessage(new Message().withText(message));
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
        Result result = failure(INPUT_RULE, (error.field() == null ? "" : error.field() + ": ") + error.message());
        if (artifactUri(error.file()) != null) {
            result.setLocations(List.of(new Location().withPhysicalLocation(
                    physicalLocation(new mgc.document.Location(error.file(), error.line(), error.column())))));
        }
        SarifModel.write(json, result);
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        json.writeEndArray();
        json.writeFieldName("invocations");
        SarifModel.write(json, List.of(new Invocation().withExecutionSuccessful(summary.errors() == 0)
                .withProperties(SarifModel.properties()
                        .withAdditionalProperty("files", summary.files())
                        .withAdditionalProperty("systems", summary.systems())
                        .withAdditionalProperty("revisions", summary.revisions())
                        .withAdditionalProperty("permitted", summary.permitted())
                        .withAdditionalProperty("prohibited", summary.prohibited())
                        .withAdditionalProperty("depends", summary.depends())
                        .withAdditionalProperty("errors", summary.errors()))));
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** A location in a file; stdin has no artifact (null), and line 0 (a whole-file problem) has no region. */
    private static PhysicalLocation physicalLocation(mgc.document.Location location) {
        String uri = artifactUri(location.file());
        if (uri == null) {
            return null;
        }
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(new ArtifactLocation().withUri(uri));
        return location.line() > 0
                ? physical.withRegion(new Region().withStartLine(location.line()).withStartColumn(Math.max(1, location.column())))
                : physical;
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
}
