package mgc.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.FieldReader;
import mgc.document.InputError;
import mgc.document.Location;
import mgc.document.Node;
import mgc.engine.Decision;
import mgc.spelling.Spelling;

/** Reads what a scenario claims: {@code expect} (a verdict, and the rules that decide it, per revision) and {@code unchanged}. */
final class ExpectationReader {

    private static final List<String> EXPECTATION_FIELDS = List.of("verdict", "rules");

    private final Collection<String> ruleIds;

    /** @param ruleIds the rule ids of the rule base, which {@code rules:} lists must come from */
    ExpectationReader(Collection<String> ruleIds) {
        this.ruleIds = List.copyOf(ruleIds);
    }

    /** {@code unchanged: [A, B, ...]}: at least two revision ids, each once; the runner checks they exist. */
    static Optional<Unchanged> readUnchanged(FieldReader fields) {
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

    List<Expectation> readExpectations(FieldReader fields) {
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
}
