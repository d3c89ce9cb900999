package mgc.whatif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.Evaluator;
import mgc.engine.RuleBase;
import mgc.engine.RulesDirectory;
import mgc.revision.RevisionCatalog;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;

/** The repository's rule base, compiled once for the what-if tests, and specs read from text. */
final class WhatIfFixture {

    private static RuleBase ruleBase;
    private static RevisionCatalog catalog;

    private WhatIfFixture() {}

    static synchronized RuleBase ruleBase() throws InputException {
        if (ruleBase == null) {
            ruleBase = RuleBase.compile(RulesDirectory.of(Path.of("rules")));
        }
        return ruleBase;
    }

    static synchronized RevisionCatalog catalog() throws InputException {
        if (catalog == null) {
            RulesDirectory rules = RulesDirectory.of(Path.of("rules"));
            List<InputFile> shipped = rules.revisionFiles();
            catalog = RevisionCatalog.load(new DocumentReader(), shipped, List.of()).catalog();
        }
        return catalog;
    }

    /** An evaluator holding the named shipped revisions, in order. */
    static Evaluator evaluator(String... ids) throws InputException {
        RevisionCatalog revisions = catalog();
        return ruleBase().newEvaluator(java.util.Arrays.stream(ids).map(id -> revisions.find(id).orElseThrow()).toList());
    }

    static SystemSpec spec(String yaml) throws InputException {
        SpecReader.Result read = new SpecReader().read(new DocumentReader().read("spec.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML));
        if (!read.errors().isEmpty()) {
            throw new InputException(read.errors());
        }
        return read.systems().get(0);
    }
}
