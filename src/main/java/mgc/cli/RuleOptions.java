package mgc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.ReadLimits;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import picocli.CommandLine.Option;

/** Options shared by every command that loads the rule base. */
public final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule base folder (*.drl and revisions/). Trusted input: DRL is code. Default: the packaged rules/.")
    Path rulesDir;

    @Option(names = "--revision-file", paramLabel = "FILE",
            description = "A hypothetical revision (YAML/JSON data; may extend a shipped one). Repeatable.")
    List<Path> revisionFiles = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + ReadLimits.DEFAULT_MAX_FILE_BYTES,
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "" + ReadLimits.DEFAULT_MAX_TOTAL_BYTES,
            description = "Stop reading input after this many bytes in all, over every file (default: ${DEFAULT-VALUE}).")
    long maxTotalBytes;

    @Option(names = "--verbose", description = "Log what the rule engine does, and show stack traces of internal errors.")
    boolean verbose;

    DocumentReader reader() {
        return new DocumentReader(ReadLimits.defaults().withMaxFileBytes(maxFileBytes).withMaxTotalBytes(maxTotalBytes));
    }

    RulesDirectory directory() throws InputException {
        return rulesDir == null ? RulesDirectory.packaged() : RulesDirectory.of(rulesDir);
    }

    RuleSet load() throws InputException {
        // The early rule set was read with the default limits (EarlyRuleSet.defaultLimits()); the
        // two options are all that can make these differ. Compared field by field: a record's
        // equals is linked through method handles on first use, milliseconds of a short run.
        boolean defaultLimits = maxFileBytes == ReadLimits.DEFAULT_MAX_FILE_BYTES
                && maxTotalBytes == ReadLimits.DEFAULT_MAX_TOTAL_BYTES;
        if (rulesDir == null && revisionFiles.isEmpty() && defaultLimits) {
            Optional<RuleSet> early = EarlyRuleSet.take();
            if (early.isPresent()) {
                return early.get();
            }
        }
        return RuleSet.load(directory(), revisionFiles, reader());
    }
}
