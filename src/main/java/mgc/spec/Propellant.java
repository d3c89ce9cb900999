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
        Map<String, Propellant> map = new LinkedHashMap<>();
        Arrays.stream(values()).forEach(p -> map.put(p.id, p));
        return map;
    }

    @Override
    public String toString() {
        return id;
    }
}
