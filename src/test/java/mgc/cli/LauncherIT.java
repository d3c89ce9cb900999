package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./mgc} launcher's class-data-sharing archive, in real processes (so this runs under
 * Failsafe, after {@code package}): each test copies the launcher, the jar and the example
 * scenarios into a fresh project folder, so the first run there is a first run after a build. A
 * failed or bad archive may only cost speed: the output and the exit status must be exactly those
 * of a run without the archive ({@code MGC_CDS=0}).
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("mgc").toAbsolutePath();
    private static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();

    @TempDir
    Path dir;

    private Path root;
    private Path target;
    private Path jar;
    private Path archive;
    private Path spec;

    /** Where the launcher keeps the jar, read from the launcher itself (so a packaging change moves both). */
    private static String jarInTarget() throws IOException {
        Matcher m = Pattern.compile("(?m)^jar=\"\\$root/target/([^\"]+)\"").matcher(Files.readString(LAUNCHER));
        assertThat(m.find()).as("the launcher names its jar").isTrue();
        return m.group(1);
    }

    @BeforeEach
    void project() throws IOException {
        root = Files.createDirectories(dir.resolve("project"));
        target = Files.createDirectories(root.resolve("target"));
        String jarName = jarInTarget();
        Path built = Path.of("target").resolve(jarName).toAbsolutePath();
        assertThat(built).as("run after mvn package").exists();
        Files.copy(LAUNCHER, root.resolve("mgc"), StandardCopyOption.COPY_ATTRIBUTES);
        jar = target.resolve(jarName);
        Files.copy(built, jar);
        copyTree(SCENARIOS, root.resolve("scenarios"));
        archive = target.resolve("mgc.jsa");
        spec = root.resolve("scenarios/examples/hyunmoo-2c.yaml");
    }

    private record Run(int status, String stdout, String stderr) {}

    /** Runs a shell command line in the project folder (the launcher is {@code ./mgc}). */
    private Run shell(String commandLine) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder("bash", "-c", commandLine).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished: " + commandLine).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Run withoutArchive(String arguments) throws Exception {
        return shell("MGC_CDS=0 ./mgc " + arguments);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    /** Whether this machine lets a test mount in a private mount namespace (root, util-linux unshare). */
    private boolean canMount() throws Exception {
        Path probe = Files.createDirectories(dir.resolve("probe"));
        return shell("unshare -m bash -c 'mount -t tmpfs -o size=1m tmpfs " + probe + "'").status() == 0;
    }

    @Test
    void theArchiveIsTrainedOnChecksWhateverRanFirst() throws Exception {
        Run help = shell("./mgc --help");
        assertThat(help.status()).as(help.stderr()).isZero();
        assertThat(help.stdout()).isEqualTo(withoutArchive("--help").stdout());
        assertThat(archive).as("recorded on the first run").exists();
        assertThat(target.resolve("mgc.jsa.ok")).exists();
        // The first command was --help, yet a check maps the engine's and the readers' classes.
        Path classes = dir.resolve("classes.txt");
        Run check = shell("MGC_JAVA_OPTS='-Xlog:class+load=info:file=" + classes + "' ./mgc check --format json " + spec);
        assertThat(check.status()).as(check.stderr()).isZero();
        String loaded = Files.readString(classes);
        for (String name : List.of("mgc.engine.Evaluator", "mgc.spec.SpecReader", "mgc.report.JsonReport",
                "org.drools.core.reteoo.ReteooBuilder", "org.yaml.snakeyaml.parser.ParserImpl",
                // compiled for Java 5: archived only when no lambda links them at dump time
                "picocli.CommandLine$BuiltIn$StringConverter", "mgc.cli.OutputFormats$CheckOption")) {
            assertThat(loaded).as(name).containsPattern("(?m)^\\S*\\s*" + Pattern.quote(name) + " source: shared objects file");
        }
        assertThat(loaded).as("classes a trained check still loads from the jar").doesNotContainPattern("source: file:\\S*mgc-cli\\.jar");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTruncatedArchiveNewerThanTheJarIsNeverMapped() throws Exception {
        assertThat(shell("./mgc revisions").status()).isZero();
        long size = Files.size(archive);
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.setLength(size / 3);
        }
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run expected = withoutArchive("check --all-revisions " + spec);
        Run run = shell("./mgc check --all-revisions " + spec);
        assertThat(run.status()).as("no SIGBUS: " + run.stderr()).isEqualTo(expected.status());
        assertThat(run.stdout()).isEqualTo(expected.stdout());
        assertThat(run.stderr()).isEqualTo(expected.stderr());
        assertThat(Files.size(archive)).as("recorded again, whole").isGreaterThan(size / 3);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anArchiveOfAnOlderJarIsRecordedAgain() throws Exception {
        assertThat(shell("./mgc revisions").status()).isZero();
        String stamp = Files.readString(target.resolve("mgc.jsa.ok"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 60_000));
        Run run = shell("./mgc check " + spec);
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEqualTo(withoutArchive("check " + spec).stdout());
        assertThat(Files.readString(target.resolve("mgc.jsa.ok"))).as("stamp of the new jar").isNotEqualTo(stamp);
    }

    @Test
    void aFileSizeLimitThatStopsTheArchiveOnlyCostsSpeed() throws Exception {
        // ulimit -f: files may grow to 1 MiB, the archive needs about 13; writing it fails as on a full disk.
        Run expected = withoutArchive("check --format json --all-revisions " + spec);
        for (int i = 0; i < 2; i++) {
            Run run = shell("ulimit -f 1024 && ./mgc check --format json --all-revisions " + spec);
            assertThat(run.status()).as(run.stderr()).isEqualTo(expected.status());
            assertThat(run.stdout()).isEqualTo(expected.stdout());
            assertThat(run.stderr()).isEqualTo(expected.stderr());
        }
        assertThat(archive).doesNotExist();
        assertThat(target.resolve("mgc.jsa.failed")).as("not retried on every run").exists();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReadOnlyTargetOnlyCostsSpeed() throws Exception {
        assumeThat(canMount()).as("needs a private mount namespace (unshare -m as root)").isTrue();
        Run expected = withoutArchive("check --format json --all-revisions " + spec);
        Run run = shell("unshare -m bash -c 'mount --bind -o ro target target && ./mgc check --format json --all-revisions "
                + spec + "'");
        assertThat(run.status()).as(run.stderr()).isEqualTo(expected.status());
        assertThat(run.stdout()).isEqualTo(expected.stdout());
        assertThat(run.stderr()).isEqualTo(expected.stderr());
        assertThat(archive).doesNotExist();
    }

    @Test
    void aFullDiskOnlyCostsSpeed() throws Exception {
        assumeThat(canMount()).as("needs a private mount namespace (unshare -m as root)").isTrue();
        Run expected = withoutArchive("check --format json --all-revisions " + spec);
        // target/ becomes a file system just big enough for the jar: the archive cannot be written.
        long megabytes = Files.size(jar) / (1024 * 1024) + 2;
        String full = "unshare -m bash -c 'cp target/*.jar ../jars/ && mount -t tmpfs -o size=" + megabytes + "m tmpfs target"
                + " && cp -p ../jars/*.jar target/ && ./mgc check --format json --all-revisions " + spec
                + " && ./mgc check --format json --all-revisions " + spec + " >/dev/null && ls target'";
        Files.createDirectories(dir.resolve("jars"));
        Run run = shell(full);
        assertThat(run.status()).as(run.stderr()).isEqualTo(expected.status());
        assertThat(run.stdout()).startsWith(expected.stdout()).doesNotContain(".tmp").doesNotContain("mgc.jsa\n");
        assertThat(run.stderr()).isEqualTo(expected.stderr() + expected.stderr());
    }

    @Test
    void concurrentFirstRunsAllSucceedAndLeaveOneVerifiedArchive() throws Exception {
        Run expected = withoutArchive("check --all-revisions " + spec);
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(new ProcessBuilder("bash", "-c", "./mgc check --all-revisions " + spec).directory(root.toFile())
                    .redirectOutput(dir.resolve("out-" + i + ".txt").toFile())
                    .redirectError(dir.resolve("err-" + i + ".txt").toFile()).start());
        }
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(runs.get(i).exitValue()).isEqualTo(expected.status());
            assertThat(Files.readString(dir.resolve("out-" + i + ".txt"))).isEqualTo(expected.stdout());
            assertThat(Files.readString(dir.resolve("err-" + i + ".txt"))).isEqualTo(expected.stderr());
        }
        assertThat(archive).exists();
        assertThat(leftovers()).isEmpty();
        Run after = shell("./mgc check --all-revisions " + spec);
        assertThat(after.stdout()).isEqualTo(expected.stdout());
        assertThat(after.stderr()).isEqualTo(expected.stderr());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path into = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(into);
                } else {
                    Files.copy(file, into);
                }
            }
        }
    }
}
