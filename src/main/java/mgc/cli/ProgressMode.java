package mgc.cli;

import java.util.Map;

/**
 * When a long run shows a progress meter on standard error (--progress). {@code auto} shows it only
 * on an interactive terminal (standard input and output both a terminal, so never when output goes
 * to a pipe or a file, as in CI) and not when {@code CI} is set or {@code TERM=dumb}; {@code always}
 * is the user asking for it anyway.
 */
enum ProgressMode {
    auto, always, never;

    boolean enabled(Map<String, String> env, boolean terminal) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> terminal && env.getOrDefault("CI", "").isEmpty() && !"dumb".equals(env.get("TERM"));
        };
    }
}
