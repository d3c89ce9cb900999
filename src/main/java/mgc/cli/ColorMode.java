package mgc.cli;

import java.util.Map;

/**
 * When text output colours verdicts (--color). {@code auto} colours only on a terminal and never
 * when the {@code NO_COLOR} environment variable is set to anything but the empty string
 * (no-color.org) or {@code TERM=dumb}; an explicit {@code always} wins over NO_COLOR, as that
 * convention asks of a flag the user typed.
 */
enum ColorMode {
    auto, always, never;

    boolean enabled(Map<String, String> env, boolean terminal) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty() && !"dumb".equals(env.get("TERM"));
        };
    }

    /** Whether standard output is an interactive terminal (not a pipe, a file or a CI log). */
    static boolean stdoutIsTerminal() {
        return System.console() != null;
    }
}
