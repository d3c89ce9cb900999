package mgc.output;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

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

    /**
     * The names used at more than one line among {@code cases}: a case named after one of them
     * gets its line ({@link #caseName}), so two systems or scenarios sharing a name stay apart.
     */
    public static <T> Set<String> shared(List<T> cases, Function<T, String> name, ToIntFunction<T> line) {
        Map<String, Set<Integer>> lines = new HashMap<>();
        for (T c : cases) {
            lines.computeIfAbsent(name.apply(c), n -> new HashSet<>()).add(line.applyAsInt(c));
        }
        Set<String> shared = new HashSet<>();
        lines.forEach((n, at) -> {
            if (at.size() > 1) {
                shared.add(n);
            }
        });
        return shared;
    }

    /** {@code NAME [CLAIM]}, or {@code NAME (line N) [CLAIM]} when the name is shared. */
    public static String caseName(String name, int line, Set<String> shared, String claim) {
        return (shared.contains(name) ? name + " (line " + line + ")" : name) + " [" + claim + "]";
    }
}
