package mgc.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

public enum Propellant {
    SOLID("solid"), LIQUID("liquid"), HYBRID("hybrid");

    private final String id;

    Propellant(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Map<String, Propellant> byId() {
        return ById.MAP;
    }

    /** Built once (every system read looks its value up here), in declaration order; read-only. */
    private static final class ById {
        static final Map<String, Propellant> MAP;

        static {
            Map<String, Propellant> map = new LinkedHashMap<>();
            Arrays.stream(values()).forEach(p -> map.put(p.id, p));
            MAP = java.util.Collections.unmodifiableMap(map);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
