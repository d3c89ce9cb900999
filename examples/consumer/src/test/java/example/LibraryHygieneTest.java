package example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.ServiceLoader;
import mgc.api.Guideline;
import mgc.api.Spec;
import mgc.api.Unit;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** What a library must not do to the project that uses it. */
class LibraryHygieneTest {

    @Test
    void mgcBringsNoLoggingBinding() {
        assertThat(ServiceLoader.load(SLF4JServiceProvider.class)).isEmpty();
    }

    @Test
    void usingMgcSetsNoSystemProperty() {
        Properties before = (Properties) System.getProperties().clone();
        Guideline.shipped().compare("2012", "2017", Spec.examples());
        Guideline.shipped().check(Spec.uav("U").range(300, Unit.KM).payload(2.5, Unit.TONNE).build());
        assertThat(System.getProperties()).isEqualTo(before);
    }
}
