package mgc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.RuleSet;
import mgc.output.Terminal;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "revisions", description = "List the revisions of the guideline, or show one's resolved terms: revisions [show ID].",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:listed or shown",
                "2:input or usage error: an unknown revision, a bad revision file"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc revisions",
                "  mgc revisions show 2017",
                "  mgc revisions --revision-file my.revision.yaml show my-2018"})
public final class RevisionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Parameters(arity = "0..2", paramLabel = "show ID", description = "show ID: print the resolved terms of one revision.")
    java.util.List<String> words = new java.util.ArrayList<>();

    @Override
    public Integer call() throws InputException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (!words.isEmpty() && (words.size() != 2 || !words.get(0).equals("show"))) {
            err.println("error: usage: mgc revisions [show ID]");
            return ExitStatus.ERROR;
        }
        RuleSet ruleSet;
        try {
            ruleSet = rules.load();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        int status = ruleSet.revisionErrors().isEmpty() ? ExitStatus.OK : Errors.report(err, ruleSet.revisionErrors());
        if (words.isEmpty()) {
            for (Revision revision : ruleSet.catalog().all()) {
                out.println(revision.id() + "  " + revision.date() + "  " + (revision.current() ? "current  " : "         ")
                        + (revision.shipped() ? "" : "(hypothetical) ") + Terminal.safe(revision.title()));
                out.println("      terms:   " + revision.termsLine());
                out.println("      sources: " + Terminal.safe(String.join("; ", revision.sources().stream().map(s -> s.cite()).toList())));
                if (!revision.dating().alternatives().isEmpty()) {
                    out.println("      dates:   " + Terminal.safe(revision.dating().describe()));
                }
                for (Revision reading : ruleSet.catalog().readingsOf(revision.id())) {
                    out.println("      reading " + reading.id() + (reading.shipped() ? "" : " (hypothetical)") + ": "
                            + Terminal.safe(reading.readingOf().orElseThrow().summary()));
                }
            }
            out.flush();
            return status;
        }
        String id = words.get(1);
        Revision revision = ruleSet.catalog().find(id).orElse(null);
        if (revision == null) {
            return Errors.report(err, java.util.List.of(new InputError("revisions show", 0, 0, null, "unknown revision \"" + id
                    + "\"; known: " + ruleSet.catalog().ids())));
        }
        out.println(revision.id() + ": " + Terminal.safe(revision.title()) + (revision.current() ? " (current)" : ""));
        out.println("date: " + Terminal.safe(revision.dating().describe()));
        revision.dating().reading().ifPresent(r -> out.println("date reading: " + Terminal.safe(r)));
        revision.extendsId().ifPresent(p -> out.println("extends: " + p));
        revision.readingOf().ifPresent(r -> out.println("reading of " + r.baseId() + ": " + Terminal.safe(r.summary())
                + " (never current; not part of the guideline's history)"));
        out.println("file: " + Terminal.safe(revision.file()));
        for (SystemType type : SystemType.values()) {
            out.println(type.id() + ":");
            if (revision.termsFor(type).isEmpty()) {
                out.println("  no limits");
            }
            for (Term term : revision.termsFor(type)) {
                out.println("  " + term.key() + ": " + term.summary());
                out.println("    source: " + Terminal.safe(term.basis().citation()));
                term.basis().reading().ifPresent(r -> out.println("    reading: " + Terminal.safe(r)));
            }
        }
        // A revision's notes follow its parent's; those are the parent's record (often dated
        // events of that revision), so they are labelled as inherited, not shown as this one's.
        java.util.List<String> inherited = revision.extendsId().flatMap(ruleSet.catalog()::find).map(Revision::notes)
                .filter(n -> n.size() <= revision.notes().size() && revision.notes().subList(0, n.size()).equals(n))
                .orElse(java.util.List.of());
        for (int i = 0; i < revision.notes().size(); i++) {
            out.println((i < inherited.size() ? "note (from " + revision.extendsId().orElseThrow() + "): " : "note: ")
                    + Terminal.safe(revision.notes().get(i)));
        }
        for (Revision reading : ruleSet.catalog().readingsOf(revision.id())) {
            out.println("alternative reading " + reading.id() + ": " + Terminal.safe(reading.readingOf().orElseThrow().summary()));
        }
        out.flush();
        return status;
    }
}
