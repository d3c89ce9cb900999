package mgc.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of system the guideline distinguishes, with the names used in files. */
public enum SystemType {
    BALLISTIC_MISSILE("ballistic-missile"),
    CRUISE_MISSILE("cruise-missile"),
    UAV("uav"),
    SPACE_LAUNCH_VEHICLE("space-launch-vehicle");

    private final String id;

    SystemType(String id) {
        this.id = id;
    }

    /** The name written in spec and revision files. */
    public String id() {
        return id;
    }

    /** Range and payload are required for every type but launch vehicles, whose payload goes to orbit. */
    public boolean requiresRangeAndPayload() {
        return this != SPACE_LAUNCH_VEHICLE;
    }

    /** Rocket systems fly ballistic paths, so stages and the capability model apply to them. */
    public boolean isRocket() {
        return this == BALLISTIC_MISSILE || this == SPACE_LAUNCH_VEHICLE;
    }

    public static Map<String, SystemType> byId() {
        return ById.MAP;
    }

    /** Built once (every system read looks its value up here), in declaration order; read-only. */
    private static final class ById {
        static final Map<String, SystemType> MAP;

        static {
            Map<String, SystemType> map = new LinkedHashMap<>();
            Arrays.stream(values()).forEach(t -> map.put(t.id, t));
            MAP = java.util.Collections.unmodifiableMap(map);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
