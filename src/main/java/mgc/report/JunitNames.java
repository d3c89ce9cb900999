package mgc.report;

import java.util.List;

/** Names JUnit XML readers (Surefire, Jenkins, GitLab) show well, shared by check's and test's reports. */
public final class JunitNames {

    private JunitNames() {}

    /**
     * The file as a dotted name without its extension ({@code scenarios/boundaries/uav.scenario.yaml}
     * becomes {@code scenarios.boundaries.uav}): CI servers show class names as packages and classes,
     * so a slash path would read as one long class.
     */
    public static String classname(String file) {
        String name = file.replace('\\', '/');
        while (name.startsWith("./")) {
            name = name.substring(2);
        }
        name = name.replaceFirst("^/+", "");
        for (String extension : List.of(".scenario.yaml", ".scenario.yml", ".yaml", ".yml", ".jsonl", ".json")) {
            if (name.endsWith(extension) && name.length() > extension.length()) {
                name = name.substring(0, name.length() - extension.length());
                break;
            }
        }
        return name.replace('.', '_').replace('/', '.');
    }
}
