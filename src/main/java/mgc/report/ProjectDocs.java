package mgc.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Properties;

/**
 * Where mgc's documentation lives: the project URL of pom.xml (its {@code <url>}, filled into
 * {@code mgc/project.properties} at build time), so a rule's link into the README ({@code @link
 * "README.md#mg-range"} in the DRL) can be given absolute where a format needs it (SARIF's helpUri).
 */
public final class ProjectDocs {

    private static final String URL = load();

    private ProjectDocs() {}

    private static String load() {
        try (InputStream in = ProjectDocs.class.getResourceAsStream("/mgc/project.properties")) {
            if (in == null) {
                throw new IllegalStateException("mgc/project.properties is missing from the class path (a broken build)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("url");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's URL, e.g. {@code https://github.com/mgc/mgc}. */
    public static String url() {
        return URL;
    }

    /**
     * An absolute http(s) link for {@code link}: itself when it is one, else the file it names in
     * the project's source tree on its default branch; empty for no link.
     */
    public static String absolute(String link) {
        if (link == null || link.isEmpty()) {
            return "";
        }
        if (isAbsoluteHttp(link)) {
            return link;
        }
        return URL + "/blob/HEAD/" + (link.startsWith("./") ? link.substring(2) : link);
    }

    static boolean isAbsoluteHttp(String link) {
        try {
            URI uri = new URI(link);
            return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
