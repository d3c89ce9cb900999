package mgc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each read limit is enforced with its own clear error, and over-size input is never read whole. */
class ReadLimitsTest {

    @TempDir
    Path dir;

    private static InputError only(ThrowingRead read) {
        try {
            read.run();
        } catch (InputException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("expected an InputException");
    }

    interface ThrowingRead {
        void run() throws InputException;
    }

    @Test
    void theFileSizeLimitIsConfigurableAndChecksTheSizeBeforeReading() throws IOException, InputException {
        Path file = dir.resolve("big.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        DocumentReader reader = new DocumentReader(ReadLimits.defaults().withMaxFileBytes(1000));
        assertThat(only(() -> reader.read(file)).describe())
                .isEqualTo(file + ": file is 104857600 bytes, over the limit of 1000 bytes (see --max-file-size)");
        Path small = Files.writeString(dir.resolve("small.yaml"), "a: " + "x".repeat(1200) + "\n");
        assertThat(only(() -> reader.read(small)).message()).startsWith("file is 1204 bytes, over the limit of 1000");
        assertThat(new DocumentReader(ReadLimits.defaults().withMaxFileBytes(2000)).read(small)).hasSize(1);
    }

    @Test
    void standardInputIsReadOnlyUpToTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served[0] += len;
                return len;
            }
        };
        DocumentReader reader = new DocumentReader(ReadLimits.defaults().withMaxFileBytes(4096));
        assertThat(only(() -> reader.readBounded("<stdin>", endless)).describe())
                .isEqualTo("<stdin>: input is over the limit of 4096 bytes (see --max-file-size)");
        assertThat(served[0]).isLessThanOrEqualTo(4097 + 8192);
    }

    @Test
    void eachStructuralLimitHasItsOwnMessage() {
        ReadLimits tight = new ReadLimits(1 << 20, 3, 12, 5, 20);
        DocumentReader reader = new DocumentReader(tight);
        assertThat(only(() -> reader.read("d.yaml", bytes("a:\n b:\n  c:\n   d:\n    e: 1\n"), Format.YAML)).message())
                .isEqualTo("nesting deeper than 3 levels");
        assertThat(only(() -> reader.read("d.json", bytes("{\"a\": [[[[1]]]]}"), Format.JSON)).message())
                .isEqualTo("nesting deeper than 3 levels");
        assertThat(only(() -> reader.read("s.yaml", bytes("a: abcdefg\n  hijklmn\n"), Format.YAML)).message())
                .isEqualTo("string longer than 12 characters");
        assertThat(only(() -> reader.read("s.json", bytes("{\"a\": \"abcdefghijklmn\"}"), Format.JSON)).message())
                .isEqualTo("string longer than 12 characters");
        assertThat(only(() -> reader.read("k.json", bytes("{\"abcdefghijklmn\": 1}"), Format.JSON)).message())
                .isEqualTo("key longer than 12 characters");
        assertThat(only(() -> new DocumentReader(ReadLimits.defaults()).read("k.json",
                bytes("{\"" + "k".repeat(70_000) + "\": 1}"), Format.JSON)).message())
                .isEqualTo("string longer than 65536 characters");
        assertThat(only(() -> reader.read("n.yaml", bytes("a: 1234567"), Format.YAML)).message())
                .isEqualTo("number longer than 5 characters");
        assertThat(only(() -> reader.read("n.json", bytes("{\"a\": 1234567}"), Format.JSON)).message())
                .isEqualTo("number longer than 5 characters");
        assertThat(only(() -> reader.read("v.yaml", bytes("a:\n" + "- 1\n".repeat(30)), Format.YAML)).message())
                .isEqualTo("document has more than 20 values");
        assertThat(only(() -> reader.read("l.yaml", bytes("a: b\n" + "c".repeat(13) + "\n"), Format.YAML)).describe())
                .isEqualTo("l.yaml:2:1: line is 13 characters long, over the limit of 12 for one value");
    }

    @Test
    void yamlMarkupThatCouldBuildObjectsOrMultiplyIsRefused() {
        DocumentReader reader = new DocumentReader();
        assertThat(only(() -> reader.read("t.yaml", bytes("a: !!java.net.URL [\"http://example.com/\"]"), Format.YAML)).describe())
                .isEqualTo("t.yaml:1:4: a: YAML tags (!tag) are not supported: mgc files are plain data");
        assertThat(only(() -> reader.read("t.yaml", bytes("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]"), Format.YAML)).message())
                .isEqualTo("YAML tags (!tag) are not supported: mgc files are plain data");
        assertThat(only(() -> reader.read("a.yaml", bytes("a: &x [1]\nb: *x\n"), Format.YAML)).message())
                .isEqualTo("YAML anchors (&name) are not supported: write the value out");
        assertThat(only(() -> reader.read("a.yaml", bytes("b: *x\n"), Format.YAML)).message())
                .isEqualTo("YAML aliases (*name) are not supported: write the value out");
    }

    @Test
    void aTagOnAMappingKeyIsRefusedLikeAnyOther() {
        DocumentReader reader = new DocumentReader();
        assertThat(only(() -> reader.read("k.yaml", bytes("? !!java.net.URL id\n: 1\n"), Format.YAML)).describe())
                .isEqualTo("k.yaml:1:3: YAML tags (!tag) are not supported: mgc files are plain data");
        assertThat(only(() -> reader.read("k.yaml", bytes("name: x\n!t range: 1\n"), Format.YAML)).message())
                .isEqualTo("YAML tags (!tag) are not supported: mgc files are plain data");
        assertThat(only(() -> reader.read("k.yaml", bytes("&a name: x\n"), Format.YAML)).message())
                .isEqualTo("YAML anchors (&name) are not supported: write the value out");
    }

    @Test
    void aBangInsideAValueIsNotATag() throws InputException {
        assertThat(new DocumentReader().read("b.yaml", bytes("name: \"Hello!\"\nnote: wow! really\n"), Format.YAML)).hasSize(1);
    }

    @Test
    void allInputOfARunIsBoundedInTotal() throws Exception {
        DocumentReader reader = new DocumentReader(ReadLimits.defaults().withMaxTotalBytes(1000));
        Path first = Files.writeString(dir.resolve("a.yaml"), "a: " + "x".repeat(600) + "\n");
        Path second = Files.writeString(dir.resolve("b.yaml"), "b: " + "y".repeat(600) + "\n");
        assertThat(reader.read(first)).hasSize(1);
        assertThat(only(() -> reader.read(second)).describe()).isEqualTo(second + ": input stops here: this run has read"
                + " its limit of 1000 bytes in all (see --max-input-size); the rest is not read");
    }

    @Test
    void aStreamThatNeverEndsEndsAtTheTotalLimit() throws IOException {
        DocumentReader reader = new DocumentReader(ReadLimits.defaults().withMaxTotalBytes(100_000));
        long read = 0;
        try (DocumentReader.Metered in = reader.metered(Files.newInputStream(Path.of("/dev/zero")))) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer, 0, buffer.length); n > 0; n = in.read(buffer, 0, buffer.length)) {
                read += n;
            }
            assertThat(in.overLimit()).isTrue();
        }
        assertThat(read).isEqualTo(100_000);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
