package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that would exhaust memory or never end, through the {@code ./mgc} launcher in a real
 * process with a small heap: long JSON Lines lines (each within --max-file-size) used to be held
 * 2,048 to a chunk, so 200 lines of 1 MiB ran out of a 128 MiB heap with an OutOfMemoryError and
 * its stack trace; a {@code .jsonl} link to {@code /dev/zero} named on the command line never ended.
 */
class InputBoundsIT {

    private static final Path LAUNCHER = Path.of("mgc").toAbsolutePath();

    @TempDir
    Path dir;

    private String[] run(String... args) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String[] command = new String[args.length + 1];
        command[0] = LAUNCHER.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("MGC_JAVA_OPTS", "-Xmx128m");
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("mgc ends").isTrue();
        return new String[] {Integer.toString(process.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void manyLongJsonLinesFitInASmallHeap() throws Exception {
        Path big = dir.resolve("big.jsonl");
        byte[] padding = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big))) {
            for (int i = 0; i < 200; i++) {
                out.write(padding);
                out.write(("{\"name\": \"s" + i + "\", \"type\": \"ballistic-missile\", \"range\": \"300 km\", \"payload\": \"500 kg\"}\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        }
        String[] run = run("check", "--format", "jsonl", "big.jsonl");
        assertThat(run[2]).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(run[1]).contains("\"s0\"").contains("\"s199\"");
    }

    @Test
    void aJsonLinesLinkToDevZeroEndsAtTheTotalInputLimit() throws Exception {
        Files.createSymbolicLink(dir.resolve("zero.jsonl"), Path.of("/dev/zero"));
        Files.writeString(dir.resolve("after.yaml"), "name: A\ntype: ballistic-missile\nrange: 300 km\npayload: 500 kg\n");
        String[] run = run("check", "--max-input-size", "50000000", "zero.jsonl", "after.yaml");
        assertThat(run[0]).isEqualTo("2");
        assertThat(run[2]).contains("zero.jsonl:1:1: line is over the limit of 8388608 bytes (see --max-file-size)")
                .contains("zero.jsonl: input stops here: this run has read its limit of 50000000 bytes in all")
                .contains("after.yaml: input stops here").doesNotContain("\tat ");
    }
}
