package example;

import java.nio.file.Path;
import java.util.stream.Stream;
import mgc.api.junit.ScenarioTests;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class ScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return ScenarioTests.from(Path.of("src/test/scenarios"));
    }
}
