package mgc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mgc.spec.SpecInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder search reports each thing it cannot read as a regular file, in its place, and still
 * finds everything else: before, one symbolic link loop dropped the whole tree with a Java class
 * name in the message, and dangling links, FIFOs and device links were skipped silently.
 */
class FolderWalkTest {

    private static final String SPEC = "name: S\ntype: ballistic-missile\nrange: 300 km\npayload: 500 kg\n";

    @TempDir
    Path dir;

    private Path tree;

    @BeforeEach
    void hostileTree() throws Exception {
        tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("a.yaml"), SPEC);
        Path sub = Files.createDirectories(tree.resolve("sub"));
        Files.writeString(sub.resolve("b.yaml"), SPEC);
        Files.createSymbolicLink(sub.resolve("loop"), Path.of(".."));
        Files.createSymbolicLink(tree.resolve("dangling.yaml"), Path.of("missing.yaml"));
        Files.createSymbolicLink(tree.resolve("zero.jsonl"), Path.of("/dev/zero"));
        Files.createSymbolicLink(tree.resolve("null.json"), Path.of("/dev/null"));
        assertThat(new ProcessBuilder("mkfifo", tree.resolve("pipe.yaml").toString()).start().waitFor()).isZero();
        Files.writeString(tree.resolve("z.yaml"), SPEC);
    }

    @Test
    void eachUnreadableEntryIsReportedAndTheRestIsFound() {
        FolderWalk.Found found = FolderWalk.search(tree, path -> path.getFileName().toString().matches(".*\\.(yaml|json|jsonl)"));
        assertThat(found.files()).containsExactly(tree.resolve("a.yaml").toString(), tree.resolve("sub/b.yaml").toString(),
                tree.resolve("z.yaml").toString());
        List<String> errors = found.errors().stream().map(InputError::describe).toList();
        assertThat(errors).containsExactly(
                tree.resolve("dangling.yaml") + ": dangling symbolic link, a link to missing.yaml; skipped",
                tree.resolve("null.json") + ": not a regular file (a character device, a link to /dev/null);"
                        + " skipped in a folder search, name it on the command line to read it",
                tree.resolve("pipe.yaml") + ": not a regular file (a FIFO); skipped in a folder search, name it on the command line to read it",
                tree.resolve("sub/loop") + ": symbolic link loop: this link leads back to a folder it is in; not followed",
                tree.resolve("zero.jsonl") + ": not a regular file (a character device, a link to /dev/zero);"
                        + " skipped in a folder search, name it on the command line to read it");
        assertThat(String.join("\n", errors)).doesNotContain("java.");
    }

    @Test
    void specInputsKeepsTheOrderAndNamesGivenFilesAsTheyAre() throws Exception {
        Files.createSymbolicLink(dir.resolve("gone.yaml"), Path.of("nowhere.yaml"));
        SpecInputs.Expanded expanded = SpecInputs.expand(List.of(tree.toString(), dir.resolve("gone.yaml").toString(),
                dir.resolve("absent.yaml").toString()));
        assertThat(expanded.files()).hasSize(3);
        assertThat(expanded.errors().stream().map(InputError::message))
                .contains("dangling symbolic link: it names nothing", "no such file or folder")
                .anyMatch(message -> message.startsWith("symbolic link loop"));
    }

    @Test
    void aSearchWithNothingUnreadableHasNoErrors() throws Exception {
        Path clean = Files.createDirectories(dir.resolve("clean"));
        Files.writeString(clean.resolve("one.yaml"), SPEC);
        FolderWalk.Found found = FolderWalk.search(clean, path -> true);
        assertThat(found.files()).containsExactly(clean.resolve("one.yaml").toString());
        assertThat(found.errors()).isEmpty();
    }
}
