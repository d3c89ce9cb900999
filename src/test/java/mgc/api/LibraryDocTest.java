package mgc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/library.md quotes the consumer project's code as it is, so the guide cannot drift from what CI runs. */
class LibraryDocTest {

    @Test
    void theGuideQuotesEveryConsumerFileWhole() throws Exception {
        String guide = Files.readString(Path.of("docs/library.md"));
        for (String file : List.of("java/example/GuidelineTest.java", "java/example/ScenariosTest.java",
                "java/example/LibraryHygieneTest.java", "scenarios/my-systems.scenario.yaml")) {
            String code = Files.readString(Path.of("examples/consumer/src/test", file)).strip();
            assertThat(guide).as(file).contains(code);
        }
    }

    @Test
    void eachOfTheThreeUserTestsIsUnderFifteenLines() throws Exception {
        String code = Files.readString(Path.of("examples/consumer/src/test/java/example/GuidelineTest.java"));
        // From @Test to the method's closing brace.
        String[] methods = code.split("@Test");
        assertThat(methods).hasSize(4);
        for (int i = 1; i < methods.length; i++) {
            String method = methods[i].substring(0, methods[i].indexOf("\n    }\n") + 6);
            assertThat(method.lines().count()).as(method).isLessThan(15);
        }
    }
}
