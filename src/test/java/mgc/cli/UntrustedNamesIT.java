package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial runs through the {@code ./mgc} launcher, as a user types them in a shell (so this
 * runs under Failsafe, after {@code package}): a folder of untrusted files whose names try to
 * become options ({@code @FILE} expansion, {@code --rules=DIR}, {@code --output=FILE}) and a rule
 * base that, if it ever ran, would leave a marker file; standard output that cannot be written;
 * and a non-ASCII file name under the C locale.
 */
class UntrustedNamesIT {

    private static final Path LAUNCHER = Path.of("mgc").toAbsolutePath();

    private static final String SPEC = "name: Hwasong\ntype: ballistic-missile\nrange: 500 km\npayload: 500 kg\n";

    @TempDir
    Path dir;

    private Path marker;

    /** What one shell command line printed and returned. */
    private record Run(int status, String out, String err) {}

    @BeforeEach
    void hostileFolder() throws IOException {
        assertThat(Path.of("target", "mgc.jar")).as("run after mvn package").exists();
        marker = dir.resolve("PWNED");
        // A rule base whose every run writes the marker: DRL is code.
        Path rules = Files.createDirectories(dir.resolve(".r"));
        copyTree(Path.of("rules"), rules);
        Files.writeString(rules.resolve("guideline.drl"), "\nrule \"pwned\"\nwhen\n    eval(true)\nthen\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"code ran\");\nend\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("spec.yaml"), SPEC);
    }

    @Test
    void theHostileRuleBaseRunsWhenAskedForSoTheMarkerProvesExecution() throws Exception {
        Run run = shell("mgc check --rules .r spec.yaml");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(marker).as("the payload works: DRL given with --rules is run").exists();
    }

    @Test
    void anAtFileInTheFolderIsAFileNotOptions() throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "--rules\n.r\n");
        Files.writeString(dir.resolve("@x.yaml"), "");
        Files.writeString(dir.resolve("y.yaml"), "--output\n" + dir.resolve("victim.txt") + "\n");
        Files.writeString(dir.resolve("@y.yaml"), "");
        Run run = shell("mgc check *");
        assertThat(marker).as("the rule base in .r/ must not run").doesNotExist();
        assertThat(dir.resolve("victim.txt")).doesNotExist();
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.out()).contains("Hwasong").contains("spec.yaml");
        // Each of the four hostile files is checked as the spec file it claims to be, and refused.
        assertThat(run.err()).contains("@x.yaml:").contains("@y.yaml:").contains("x.yaml:1:1").contains("y.yaml:1:1")
                .doesNotContain("\tat ");
    }

    @Test
    void aFileNamedLikeAnOptionIsRefusedNotObeyed() throws Exception {
        Files.writeString(dir.resolve("--rules=.r"), "");
        Files.writeString(dir.resolve("--output=victim.txt"), "");
        Run run = shell("mgc check *");
        assertThat(marker).doesNotExist();
        assertThat(dir.resolve("victim.txt")).doesNotExist();
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'--rules=.r' is a file here, but would be read as an option")
                .contains("'--output=victim.txt' is a file here").doesNotContain("\tat ");
    }

    @Test
    void afterDoubleDashEveryArgumentIsAPath() throws Exception {
        Files.writeString(dir.resolve("--rules=.r"), "");
        Files.writeString(dir.resolve("@x.yaml"), "");
        Files.writeString(dir.resolve("x.yaml"), "--rules\n.r\n");
        Run run = shell("mgc check -- *");
        assertThat(marker).doesNotExist();
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.out()).contains("Hwasong");
        assertThat(run.err()).contains("--rules=.r: unknown file type").contains("@x.yaml:");
    }

    @Test
    void aFileNamedDashIsNotMistakenForStandardInput() throws Exception {
        Files.writeString(dir.resolve("-"), SPEC);
        Run run = shell("mgc check -- * < /dev/null");
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("a file named '-' is here; to check the file, name it ./-");
        // Named ./-, it is the file (which has no spec extension), not standard input.
        Run named = shell("mgc check ./- < /dev/null");
        assertThat(named.err()).contains("./-: unknown file type");
    }

    @Test
    void aFullDiskOrClosedStandardOutputIsAnErrorNotATruncatedSuccess() throws Exception {
        for (String redirect : List.of("> /dev/full", ">&-")) {
            Run run = shell("mgc check --format json spec.yaml " + redirect);
            assertThat(run.status()).as(redirect).isEqualTo(ExitStatus.ERROR);
            assertThat(run.err()).as(redirect).startsWith("error: cannot write to standard output: ").doesNotContain("\tat ");
        }
    }

    @Test
    void aBrokenPipeStopsTheBatchEarly() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(many.resolve(String.format("s%04d.yaml", i)), SPEC.replace("Hwasong", "system " + i));
        }
        // head exits after one line; mgc must notice at its next write, not check all 3000 files.
        Run run = shell("mgc check --all-revisions many | head -n 1; echo \"status ${PIPESTATUS[0]}\" >&2");
        assertThat(run.out().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("error: cannot write to standard output: Broken pipe").contains("status 2")
                .doesNotContain("\tat ");
    }

    @Test
    void aNonAsciiFileNameWorksUnderTheCLocale() throws Exception {
        String name = "résumé-화성.yaml";
        Files.writeString(dir.resolve(name), SPEC);
        Path folder = Files.createDirectories(dir.resolve("목록"));
        Files.writeString(folder.resolve("é.yaml"), SPEC.replace("Hwasong", "Hyŏnmu"));
        for (String locale : List.of("C", "POSIX")) {
            Run run = shell(Map.of("LC_ALL", locale), "mgc check " + name + " 목록");
            assertThat(run.status()).as(locale + ": " + run.err()).isZero();
            assertThat(run.out()).as(locale).contains(name + ":1:1").contains("목록/é.yaml:1:1").contains("Hyŏnmu");
        }
    }

    private Run shell(String command) throws Exception {
        return shell(Map.of(), command);
    }

    /** Runs a bash command line in the folder, with {@code mgc} meaning the launcher. */
    private Run shell(Map<String, String> environment, String command) throws Exception {
        String line = "mgc() { " + quote(LAUNCHER.toString()) + " \"$@\"; }\n" + command;
        Path stdout = Files.createTempFile("mgc-it", ".out");
        Path stderr = Files.createTempFile("mgc-it", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", line).directory(dir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(command).isTrue();
            return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(paths::add);
        }
        for (Path path : paths) {
            Path target = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
    }
}
