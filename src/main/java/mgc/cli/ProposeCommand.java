package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mgc.compare.AnalysisException;
import mgc.compare.Region;
import mgc.compare.RevisionComparison;
import mgc.compare.TypeComparison;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.document.Node;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.report.AtomicOutput;
import mgc.output.Terminal;
import mgc.revision.Revision;
import mgc.spec.SpecInputs;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;
import mgc.whatif.LeastRevision;
import mgc.whatif.Proposal;
import mgc.whatif.ProposalConfirmation;
import mgc.whatif.ProposalDistance;
import mgc.whatif.ProposalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "propose", description = {"Write the least relaxation of a revision that permits every given system, as a revision file.",
        "It extends FROM and overrides only the terms that must change; it is read back and confirmed by the rule base."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:a proposal was written and confirmed, or every system is already permitted (nothing written)",
                "1:a system no raise of FROM's limits can permit (nothing written)",
                "2:input or usage error: a bad spec or revision file, an unknown revision (wins over 1)"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc propose --from 2012 scenarios/examples/hyunmoo-4.yaml",
                "  mgc propose --from 2012 --to 2017 --output least-2012.revision.yaml specs/",
                "  mgc compare --revision-file least-2012.revision.yaml 2012 proposal-2012"})
public final class ProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Option(names = "--from", required = true, paramLabel = "ID", description = "The revision to relax (shipped, or from a --revision-file).")
    String fromId;

    @Option(names = "--to", paramLabel = "ID", description = "Also show how far the proposal is from this revision: the terms that differ, by how much.")
    String toId;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the revision file to FILE (atomically), the report to standard output. "
            + "Default: the revision file to standard output, the report to standard error.")
    Path output;

    @Option(names = "--id", paramLabel = "ID", description = "The proposal's revision id (default: proposal-FROM).")
    String id;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Spec files or folders (or - for stdin) of the systems to permit.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        RuleSet ruleSet;
        Revision from;
        Revision to = null;
        List<InputFile> shipped;
        try {
            ruleSet = rules.load();
            from = RevisionSelection.one(ruleSet, fromId, "--from");
            if (toId != null) {
                to = RevisionSelection.one(ruleSet, toId, "--to");
            }
            RulesDirectory directory = rules.directory();
            shipped = directory.revisionFiles();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        String proposalId = id != null ? id : ProposalWriter.defaultId(from.id());
        List<InputError> errors = new ArrayList<>(ruleSet.revisionErrors());
        if (!proposalId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            errors.add(new InputError("--id", 0, 0, "--id", "a revision id is letters, digits, '.', '_' or '-', got \"" + proposalId + "\""));
        } else if (ruleSet.catalog().find(proposalId).isPresent()) {
            errors.add(new InputError("--id", 0, 0, "--id", "revision \"" + proposalId + "\" already exists; give the proposal its own id"));
        }
        List<SystemSpec> systems = read(errors);
        if (!errors.isEmpty()) {
            return Errors.report(err, errors);
        }
        PrintWriter report = output == null ? err : out;
        try {
            Proposal proposal;
            try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(List.of(from))) {
                proposal = new LeastRevision(evaluator, from).propose(systems);
            }
            for (String permitted : proposal.permitted()) {
                report.println("already permitted by " + Terminal.safe(from.id()) + ": " + Terminal.safe(permitted));
            }
            if (!proposal.cannot().isEmpty()) {
                for (Proposal.Unpermittable cannot : proposal.cannot()) {
                    report.println("cannot permit " + Terminal.safe(cannot.system())
                            + (cannot.location().isEmpty() ? "" : " (" + Terminal.safe(cannot.location()) + ")")
                            + " by raising " + Terminal.safe(from.id()) + "'s limits: " + Terminal.safe(cannot.reason()));
                }
                report.println("no proposal written: " + proposal.cannot().size() + " of " + systems.size()
                        + " systems cannot be permitted by raising limits");
                report.flush();
                return ExitStatus.FINDINGS;
            }
            if (proposal.nothingToChange()) {
                report.println("every system is already permitted by " + Terminal.safe(from.id()) + ": nothing to propose, no file written");
                report.flush();
                return ExitStatus.OK;
            }
            String yaml = ProposalWriter.write(proposal, proposalId);
            String name = output == null ? "<proposal>" : output.toString();
            List<InputFile> userFiles = rules.revisionFiles.stream().map(InputFile::of).toList();
            ProposalConfirmation check = ProposalConfirmation.run(ruleSet.ruleBase(), rules.reader(), shipped, userFiles, List.of(), name, yaml,
                    proposalId, from.id(), systems);
            if (!check.confirmed()) {
                return Errors.report(err, List.of(InputError.ofFile(name, "the proposal is not confirmed by the rule base ("
                        + String.join("; ", check.failures()) + "); nothing written")));
            }
            if (output == null) {
                out.print(yaml);
                out.flush();
            } else {
                try (AtomicOutput file = AtomicOutput.create(output)) {
                    file.writer().print(yaml);
                    file.commit();
                }
            }
            summary(report, proposal, check, systems.size());
            if (to != null) {
                distance(report, ruleSet, check.proposal(), to);
            }
            if (output != null) {
                report.println("wrote " + Terminal.safe(output.toString()));
            }
            report.flush();
            return ExitStatus.OK;
        } catch (AnalysisException e) {
            return Errors.report(err, List.of(InputError.ofFile("propose --from " + from.id(), e.getMessage())));
        } catch (IOException e) {
            return Errors.report(err, List.of(InputError.ofFile(String.valueOf(output), "--output: cannot write: " + e.getMessage())));
        }
    }

    private void summary(PrintWriter report, Proposal proposal, ProposalConfirmation check, int count) {
        String pid = check.proposal().id();
        report.println(pid + ": the least relaxation of " + proposal.from().id() + " that permits " + count + " system"
                + (count == 1 ? "" : "s") + " (extends " + proposal.from().id() + ", " + proposal.relaxed().size() + " term"
                + (proposal.relaxed().size() == 1 ? "" : "s") + " raised)");
        for (Proposal.Relaxed relaxed : proposal.relaxed()) {
            report.println("  " + relaxed.type().id() + " " + relaxed.after().key() + ": " + Terminal.safe(relaxed.before().summary())
                    + "  ->  " + Terminal.safe(relaxed.after().summary()));
            report.println("      needed by " + Terminal.safe(String.join("; ", relaxed.neededBy())));
        }
        report.println("confirmed by the rule base: every system permitted under " + pid + "; compare " + proposal.from().id()
                + " -> " + pid + ":");
        for (TypeComparison type : check.types()) {
            report.println("  " + type.type().id() + ": " + type.relation().id());
            for (Region region : type.regions()) {
                report.println("    - " + Terminal.safe(region.description()));
            }
        }
    }

    private void distance(PrintWriter report, RuleSet ruleSet, Revision proposal, Revision to) throws AnalysisException {
        try (RevisionComparison comparison = new RevisionComparison(ruleSet.ruleBase(), proposal, to)) {
            report.println("distance from " + proposal.id() + " to " + to.id() + ":");
            for (String line : ProposalDistance.lines(proposal, to, comparison.types())) {
                report.println("  " + Terminal.safe(line));
            }
        }
    }

    /** Every system of the PATHs; a bad file adds its errors and the others are still read. */
    private List<SystemSpec> read(List<InputError> errors) {
        SpecInputs.Expanded inputs = SpecInputs.expand(paths, false);
        errors.addAll(inputs.errors());
        DocumentReader reader = rules.reader();
        SpecReader specReader = new SpecReader();
        List<SystemSpec> systems = new ArrayList<>();
        for (String file : inputs.files()) {
            boolean fromStdin = file.equals(SpecInputs.STDIN);
            String name = fromStdin ? SpecInputs.STDIN_NAME : file;
            try {
                List<Node> documents = fromStdin ? reader.read(name, reader.readBounded(name, System.in), Format.YAML)
                        : reader.read(Path.of(file));
                SpecReader.Result read = specReader.read(documents);
                errors.addAll(read.errors());
                systems.addAll(read.systems());
            } catch (InputException e) {
                errors.addAll(e.errors());
            }
        }
        return systems;
    }
}
