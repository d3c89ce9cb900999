package mgc.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputFile;
import mgc.engine.RulesDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile revision data costs bounded time: a trade-off curve of 100,000 points and a revision of
 * 100,000 sources are refused at their lists (before, compare, sweep and HTML ran past 300 s on
 * the curve, and resolving the sources was quadratic: 79 s); a chain of 4,000 {@code extends}
 * resolves without overflowing the stack.
 */
class RevisionLimitsTest {

    @TempDir
    Path dir;

    private RevisionCatalog.Loaded load(List<String> texts) throws Exception {
        RulesDirectory rules = RulesDirectory.packaged();
        List<InputFile> shipped = rules.revisionFiles();
        List<InputFile> user = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Path file = Files.writeString(dir.resolve("r" + i + ".yaml"), texts.get(i));
            user.add(new InputFile(file, "r" + i + ".yaml"));
        }
        return RevisionCatalog.load(new DocumentReader(), shipped, user);
    }

    private static String tradeoff(int points) {
        StringBuilder text = new StringBuilder("id: curve\ntitle: Curve\ndate: 2030-01-01\nextends: \"2012\"\n"
                + "sources:\n  - {id: s, cite: me}\nterms:\n  ballistic-missile:\n    payload-tradeoff:\n      source: [s]\n      points:\n");
        for (int i = 0; i < points; i++) {
            text.append(String.format("        - {range: %d km, payload: %d kg}%n", 300 + i, 2000 - i));
        }
        return text.toString();
    }

    @Test
    void aTradeoffOfMorePointsThanTheLimitIsRefusedAtItsList() throws Exception {
        RevisionCatalog.Loaded loaded = load(List.of(tradeoff(10_000)));
        assertThat(loaded.errors()).extracting(InputError::describe).containsExactly(
                "r0.yaml:12:9: terms.ballistic-missile.payload-tradeoff.points: 10000 points, over the limit of 100 for one trade-off curve");
        assertThat(loaded.catalog().find("curve")).isEmpty();
    }

    @Test
    void aTradeoffAtTheLimitIsAccepted() throws Exception {
        RevisionCatalog.Loaded loaded = load(List.of(tradeoff(PayloadTradeoff.MAX_POINTS)));
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.catalog().find("curve")).isPresent();
        assertThat(load(List.of(tradeoff(PayloadTradeoff.MAX_POINTS + 1))).errors()).hasSize(1);
    }

    @Test
    void tooManySourcesOrCitationsAreRefused() throws Exception {
        StringBuilder text = new StringBuilder("id: cited\ntitle: Cited\ndate: 2030-01-01\nextends: \"2012\"\nsources:\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("  - {id: s").append(i).append(", cite: c").append(i).append("}\n");
        }
        text.append("terms:\n  ballistic-missile:\n    max-range:\n      limit: 700 km\n      source:\n");
        for (int i = 0; i < 100_000; i += 10) {
            text.append("        - s").append(i).append('\n');
        }
        RevisionCatalog.Loaded loaded = load(List.of(text.toString()));
        assertThat(loaded.errors()).extracting(InputError::describe).contains(
                "r0.yaml:6:3: sources: 100000 sources, over the limit of 1000 for one revision",
                "r0.yaml:100011:9: terms.ballistic-missile.max-range.source: 10000 citations, over the limit of 1000 for one term");
    }

    @Test
    void aThousandSourcesResolveInLinearTimeAndKeepTheirOrder() throws Exception {
        StringBuilder text = new StringBuilder("id: cited\ntitle: Cited\ndate: 2030-01-01\nextends: \"2012\"\nsources:\n");
        for (int i = 0; i < RevisionReader.MAX_SOURCES; i++) {
            text.append("  - {id: s").append(i).append(", cite: c").append(i).append("}\n");
        }
        // One id the parent has too: the revision's own replaces it, at the end.
        text.setLength(text.length() - ("  - {id: s" + (RevisionReader.MAX_SOURCES - 1) + ", cite: c" + (RevisionReader.MAX_SOURCES - 1) + "}\n").length());
        text.append("  - {id: yonhap-2020-05-07, cite: mine}\n");
        RevisionCatalog.Loaded loaded = load(List.of(text.toString()));
        assertThat(loaded.errors()).isEmpty();
        List<Source> sources = loaded.catalog().find("cited").orElseThrow().sources();
        Revision parent = loaded.catalog().find("2012").orElseThrow();
        assertThat(sources).hasSize(parent.sources().size() - 1 + RevisionReader.MAX_SOURCES);
        assertThat(sources.get(sources.size() - 1)).isEqualTo(new Source("yonhap-2020-05-07", "mine"));
        assertThat(sources.subList(0, parent.sources().size() - 1)).extracting(Source::id).doesNotContain("yonhap-2020-05-07");
    }

    @Test
    void aLongExtendsChainResolvesWithoutOverflowingTheStack() throws Exception {
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            chain.add("id: c" + i + "\ntitle: Chain " + i + "\ndate: 2030-01-01\nextends: " + (i == 0 ? "\"2012\"" : "c" + (i - 1)) + "\n");
        }
        // Resolved from the far end first: the last file's revision walks all 4,000 up to 2012.
        java.util.Collections.reverse(chain);
        // On a thread with a small stack, so that a recursive resolution (one frame per level)
        // would overflow it, as it overflowed the main thread's with longer chains.
        RevisionCatalog.Loaded[] result = new RevisionCatalog.Loaded[1];
        Throwable[] failure = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                result[0] = load(chain);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(failure[0]).as("no StackOverflowError").isNull();
        RevisionCatalog.Loaded loaded = result[0];
        assertThat(loaded.errors()).isEmpty();
        Revision last = loaded.catalog().find("c3999").orElseThrow();
        assertThat(last.terms()).isEqualTo(loaded.catalog().find("2012").orElseThrow().terms());
        assertThat(loaded.catalog().hypothetical()).hasSize(4000);
    }

    @Test
    void aCycleIsStillReportedWithItsPath() throws Exception {
        RevisionCatalog.Loaded loaded = load(List.of("id: a\ntitle: A\ndate: 2030-01-01\nextends: b\n",
                "id: b\ntitle: B\ndate: 2030-01-01\nextends: a\n"));
        assertThat(loaded.errors()).extracting(InputError::message).contains("revision extends cycle: a -> b -> a");
    }
}
