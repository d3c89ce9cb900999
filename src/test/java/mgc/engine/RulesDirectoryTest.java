package mgc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.InputFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged rule base is read through its build-time index, not by listing the jar: it must
 * hold exactly the files the repository's rules/ folder lists, in the same order, with the same
 * names in messages and the same bytes, so the packaged and the on-disk rule base are one.
 */
class RulesDirectoryTest {

    private static final Path RULES = Path.of("rules");

    @Test
    void thePackagedIndexListsWhatTheFolderLists() throws InputException {
        RulesDirectory packaged = RulesDirectory.packaged();
        RulesDirectory folder = new RulesDirectory(RULES, "rules", false, List.of());
        assertThat(names(packaged, packaged.drlFiles())).isEqualTo(names(folder, folder.drlFiles())).isNotEmpty();
        assertThat(names(packaged, packaged.revisionFiles())).isEqualTo(names(folder, folder.revisionFiles()))
                .contains("revisions/2012.yaml", "revisions/2012~550km.yaml");
        assertThat(packaged.revisionFiles()).extracting(InputFile::name)
                .isEqualTo(folder.revisionFiles().stream().map(InputFile::name).toList())
                .contains("rules/revisions/2012.yaml");
    }

    @Test
    void packagedFilesHoldTheFolderBytes() throws Exception {
        RulesDirectory packaged = RulesDirectory.packaged();
        for (InputFile file : packaged.revisionFiles()) {
            try (InputStream in = file.open()) {
                assertThat(in.readAllBytes()).as(file.name())
                        .isEqualTo(Files.readAllBytes(RULES.resolve(packaged.relativeName(file))));
            }
        }
    }

    @Test
    void theDigestStoredAtBuildTimeIsTheOneComputedFromThePackagedFiles() throws InputException {
        RulesDirectory packaged = RulesDirectory.packaged();
        assertThat(RuleBaseDigest.of(packaged, List.of())).startsWith("sha256:")
                .isEqualTo(RuleBaseDigest.compute(packaged, List.of()))
                .isEqualTo(RuleBaseDigest.compute(RulesDirectory.of(RULES), List.of()));
    }

    @Test
    void aUserRevisionFileChangesTheDigest(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path revision = Files.copy(RULES.resolve("revisions/2012~550km.yaml"), dir.resolve("mine.yaml"));
        RulesDirectory packaged = RulesDirectory.packaged();
        assertThat(RuleBaseDigest.of(packaged, List.of(revision)))
                .isEqualTo(RuleBaseDigest.compute(RulesDirectory.of(RULES), List.of(revision)))
                .isNotEqualTo(RuleBaseDigest.of(packaged, List.of()));
    }

    @Test
    void thePackagedAndTheFolderRuleSetHaveOneDigest() throws InputException {
        DocumentReader reader = new DocumentReader();
        assertThat(RuleSet.load(RulesDirectory.packaged(), List.of(), reader).digest())
                .isEqualTo(RuleSet.load(RulesDirectory.of(RULES), List.of(), reader).digest());
    }

    @Test
    void aMissingPackagedFileIsNoSuchFile() {
        InputFile missing = InputFile.packaged("mgc-rules/revisions/1066.yaml", "rules/revisions/1066.yaml");
        assertThatThrownBy(missing::open).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> new DocumentReader().read(missing)).isInstanceOf(InputException.class)
                .hasMessageContaining("rules/revisions/1066.yaml").hasMessageContaining("no such file");
    }

    @Test
    void anInputFileIsOnDiskOrPackagedNeverBoth() throws IOException {
        assertThatThrownBy(() -> new InputFile(Path.of("a.yaml"), "a.yaml", "mgc-rules/a.yaml"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputFile(null, "a.yaml", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(RulesDirectory rules, List<InputFile> files) {
        return files.stream().map(rules::relativeName).toList();
    }
}
