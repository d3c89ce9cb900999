package mgc.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mgc.spelling.Spelling;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads option values that name one of a fixed set (an enum: --color, --input-format; a format table: --format)
 * the way people type them: any case, '-' or '_' alike, and the usual short names ({@code md}).
 * A value that names nothing gets one error: the value, the nearest name, every name.
 */
final class Choices {

    /** Short names people already use, by the constant they stand for. */
    private static final Map<String, String> ALIASES = Map.of("md", "markdown", "yml", "yaml");

    private Choices() {}

    /** Registers a converter for every enum-typed option or parameter in the command tree. */
    static void register(CommandLine commandLine) {
        Set<Class<?>> types = new HashSet<>();
        collect(commandLine.getCommandSpec(), types);
        for (Class<?> type : types) {
            registerOne(commandLine, type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerOne(CommandLine commandLine, Class<?> type) {
        Class<? extends Enum> enumType = (Class<? extends Enum>) type;
        commandLine.registerConverter((Class) enumType, value -> parse(enumType, (String) value));
    }

    private static void collect(CommandSpec spec, Set<Class<?>> types) {
        for (ArgSpec arg : spec.args()) {
            if (arg.type().isEnum()) {
                types.add(arg.type());
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), types);
        }
    }

    /** The constant named by {@code value}; throws with the one message shape otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.toString());
        }
        return type.getEnumConstants()[names.indexOf(pick(names, value))];
    }

    /** The one of {@code names} that {@code value} names; throws with the one message shape otherwise. */
    static String pick(List<String> names, String value) {
        String wanted = normal(ALIASES.getOrDefault(value.toLowerCase(Locale.ROOT), value));
        for (String name : names) {
            if (normal(name).equals(wanted)) {
                return name;
            }
        }
        Optional<String> nearest = Spelling.nearest(value, names);
        throw new CommandLine.TypeConversionException("unknown value \"" + value + "\""
                + nearest.map(n -> " (did you mean \"" + n + "\"?)").orElse("")
                + "; expected one of " + String.join(", ", names));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
