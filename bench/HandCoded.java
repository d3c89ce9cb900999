import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The batch benchmark's yardstick (bench/batch.sh): the same job as
 * {@code mgc check --all-revisions --format jsonl} on the benchmark's input, written by hand on one
 * thread with no rule engine: Jackson's streaming parser reads each JSON line, the six shipped
 * revisions' terms (rules/revisions/*.yaml) are hard-coded below, and one JSON line per system
 * gives, per revision, the verdict and the deciding rule (the first violated rule in mgc's order of
 * findings, null when permitted).
 *
 * <pre>
 *   java -cp target/mgc.jar:DIR HandCoded IN.jsonl OUT.jsonl        run the batch
 *   java -cp target/mgc.jar:DIR HandCoded --agree MGC.jsonl OUT.jsonl  check mgc agrees on every verdict
 * </pre>
 *
 * It understands only what bench/gen_jsonl.py writes (ranges in km or m, payloads in kg or bare
 * numbers, total impulse in lbf*s) and stops at anything else; it validates nothing else. That is
 * the point of a yardstick: what mgc does beyond it (validation, units, findings with numbers, the
 * rule base) is what the comparison prices.
 */
public final class HandCoded {

    private static final String[] REVISIONS = {"1979", "2001", "2012", "2017", "2020", "2021"};
    private static final double LBF_S = 4.4482216152605;
    private static final double IMPULSE_CAP_NS = 1_000_000 * LBF_S;

    private enum Type { BALLISTIC, CRUISE, UAV, SLV }

    private enum Propellant { SOLID, LIQUID, HYBRID }

    /** One system as read: NaN for what was not declared. */
    private static final class System_ {
        String name;
        Type type;
        double rangeKm = Double.NaN;
        double payloadKg = Double.NaN;
        Propellant propellant;
        double impulseNs = Double.NaN;

        void reset() {
            name = null;
            type = null;
            rangeKm = payloadKg = impulseNs = Double.NaN;
            propellant = null;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--agree")) {
            System.exit(agree(args[1], args[2]));
        }
        if (args.length != 2) {
            System.err.println("usage: HandCoded IN.jsonl OUT.jsonl | HandCoded --agree MGC.jsonl OUT.jsonl");
            System.exit(2);
        }
        JsonFactory factory = new JsonFactory();
        long systems = 0;
        try (InputStream in = new BufferedInputStream(new FileInputStream(args[0]), 1 << 16);
             OutputStream out = new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 16);
             JsonParser parser = factory.createParser(in);
             JsonGenerator gen = factory.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setRootValueSeparator(null);
            System_ s = new System_();
            String[] rules = new String[REVISIONS.length];
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                s.reset();
                read(parser, s);
                decide(s, rules);
                gen.writeStartObject();
                gen.writeStringField("system", s.name);
                gen.writeArrayFieldStart("verdicts");
                for (int r = 0; r < REVISIONS.length; r++) {
                    gen.writeStartObject();
                    gen.writeStringField("revision", REVISIONS[r]);
                    gen.writeStringField("verdict", rules[r] == null ? "permitted" : "prohibited");
                    gen.writeStringField("rule", rules[r]);
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
                gen.writeRaw('\n');
                systems++;
            }
        }
        System.err.println("systems: " + systems);
    }

    private static void read(JsonParser parser, System_ s) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> s.name = parser.getText();
                case "type" -> s.type = switch (parser.getText()) {
                    case "ballistic-missile" -> Type.BALLISTIC;
                    case "cruise-missile" -> Type.CRUISE;
                    case "uav" -> Type.UAV;
                    case "space-launch-vehicle" -> Type.SLV;
                    default -> throw new IOException("unknown type " + parser.getText());
                };
                case "range" -> {
                    String text = parser.getText();
                    if (text.endsWith(" km")) {
                        s.rangeKm = Double.parseDouble(text.substring(0, text.length() - 3));
                    } else if (text.endsWith(" m")) {
                        s.rangeKm = Double.parseDouble(text.substring(0, text.length() - 2)) / 1000;
                    } else {
                        throw new IOException("range unit " + text);
                    }
                }
                case "payload" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                        s.payloadKg = parser.getDoubleValue();
                    } else if (parser.getText().endsWith(" kg")) {
                        String text = parser.getText();
                        s.payloadKg = Double.parseDouble(text.substring(0, text.length() - 3));
                    } else {
                        throw new IOException("payload unit " + parser.getText());
                    }
                }
                case "propellant" -> s.propellant = Propellant.valueOf(parser.getText().toUpperCase(java.util.Locale.ROOT));
                case "total_impulse" -> {
                    String text = parser.getText();
                    if (!text.endsWith(" lbf*s")) {
                        throw new IOException("impulse unit " + text);
                    }
                    s.impulseNs = Double.parseDouble(text.substring(0, text.length() - 6)) * LBF_S;
                }
                default -> throw new IOException("unknown field " + field);
            }
        }
    }

    /**
     * The six revisions' terms, by hand. rules[r] is the first violated rule in mgc's order
     * (by rule id), null when the system is permitted under revision r.
     */
    private static void decide(System_ s, String[] rules) {
        boolean range = !Double.isNaN(s.rangeKm);
        boolean payload = !Double.isNaN(s.payloadKg);
        switch (s.type) {
            case BALLISTIC -> {
                // 1979: range <= 180 km, payload <= 500 kg; 2001: 300 km, 500 kg.
                boolean payloadOver500 = payload && s.payloadKg > 500;
                String undeclared = !range || !payload ? "MG-UNDECLARED" : null;
                rules[0] = payloadOver500 ? "MG-PAYLOAD" : range && s.rangeKm > 180 ? "MG-RANGE" : undeclared;
                rules[1] = payloadOver500 ? "MG-PAYLOAD" : range && s.rangeKm > 300 ? "MG-RANGE" : undeclared;
                // 2012: range <= 800 km and payload <= the trade-off curve at that range.
                boolean over800 = range && s.rangeKm > 800;
                boolean overCurve = range && payload && s.payloadKg > tradeoff(s.rangeKm);
                rules[2] = over800 ? "MG-RANGE" : overCurve ? "MG-TRADEOFF" : undeclared;
                // 2017 and 2020: range <= 800 km, no payload limit; 2021: none.
                rules[3] = over800 ? "MG-RANGE" : !range ? "MG-UNDECLARED" : null;
                rules[4] = rules[3];
                rules[5] = null;
            }
            case CRUISE -> {
                rules[0] = null;
                // 2001: payload <= 500 kg; 2012-2020: payload <= 500 kg when range > 300 km.
                rules[1] = !payload ? "MG-UNDECLARED" : s.payloadKg > 500 ? "MG-PAYLOAD" : null;
                rules[2] = !range || !payload ? "MG-UNDECLARED" : s.rangeKm > 300 && s.payloadKg > 500 ? "MG-PAYLOAD-BEYOND-RANGE" : null;
                rules[3] = rules[2];
                rules[4] = rules[2];
                rules[5] = null;
            }
            case UAV -> {
                rules[0] = null;
                // 2001: payload <= 500 kg when range >= 300 km; 2012-2020: 2,500 kg.
                rules[1] = !range || !payload ? "MG-UNDECLARED" : s.rangeKm >= 300 && s.payloadKg > 500 ? "MG-PAYLOAD-BEYOND-RANGE" : null;
                rules[2] = !range || !payload ? "MG-UNDECLARED" : s.rangeKm >= 300 && s.payloadKg > 2500 ? "MG-PAYLOAD-BEYOND-RANGE" : null;
                rules[3] = rules[2];
                rules[4] = rules[2];
                rules[5] = null;
            }
            case SLV -> {
                rules[0] = null;
                // 2001-2017: total impulse <= 1,000,000 lbf*s for solid and hybrid propellant; 2020: lifted.
                String impulse;
                if (s.propellant == null) {
                    impulse = "MG-UNDECLARED";
                } else if (s.propellant == Propellant.LIQUID) {
                    impulse = null;
                } else if (Double.isNaN(s.impulseNs)) {
                    impulse = "MG-UNDECLARED";
                } else {
                    impulse = s.impulseNs > IMPULSE_CAP_NS ? "MG-IMPULSE" : null;
                }
                rules[1] = impulse;
                rules[2] = impulse;
                rules[3] = impulse;
                rules[4] = null;
                rules[5] = null;
            }
        }
    }

    /** 2012's curve: 2,000 kg up to 300 km, straight lines to 1,000 kg at 500 km and 500 kg at 800 km, 500 kg beyond. */
    private static double tradeoff(double km) {
        if (km <= 300) {
            return 2000;
        }
        if (km <= 500) {
            return km == 500 ? 1000 : 2000 + (km - 300) / (500 - 300) * (1000 - 2000);
        }
        if (km <= 800) {
            return km == 800 ? 500 : 1000 + (km - 500) / (800 - 500) * (500 - 1000);
        }
        return 500;
    }

    /**
     * Reads mgc's JSON Lines output and this program's side by side and counts systems whose
     * verdicts (or deciding rules: mgc's first finding) differ. Exit status 1 on any difference.
     */
    private static int agree(String mgcFile, String handFile) throws IOException {
        JsonFactory factory = new JsonFactory();
        long systems = 0;
        long differ = 0;
        try (JsonParser mgc = factory.createParser(new BufferedInputStream(new FileInputStream(mgcFile), 1 << 16));
             JsonParser hand = factory.createParser(new BufferedInputStream(new FileInputStream(handFile), 1 << 16))) {
            String[] mgcVerdicts = new String[REVISIONS.length];
            String[] mgcRules = new String[REVISIONS.length];
            while (mgc.nextToken() == JsonToken.START_OBJECT) {
                String kind = null;
                String name = null;
                int r = 0;
                while (mgc.nextToken() == JsonToken.FIELD_NAME) {
                    String field = mgc.currentName();
                    mgc.nextToken();
                    switch (field) {
                        case "kind" -> kind = mgc.getText();
                        case "system" -> name = mgc.getText();
                        case "verdicts" -> {
                            while (mgc.nextToken() == JsonToken.START_OBJECT) {
                                String rule = null;
                                while (mgc.nextToken() == JsonToken.FIELD_NAME) {
                                    String f = mgc.currentName();
                                    mgc.nextToken();
                                    if (f.equals("verdict")) {
                                        mgcVerdicts[r] = mgc.getText();
                                    } else if (f.equals("findings")) {
                                        while (mgc.nextToken() == JsonToken.START_OBJECT) {
                                            while (mgc.nextToken() == JsonToken.FIELD_NAME) {
                                                String g = mgc.currentName();
                                                mgc.nextToken();
                                                if (g.equals("rule") && rule == null) {
                                                    rule = mgc.getText();
                                                }
                                            }
                                        }
                                    } else {
                                        mgc.skipChildren();
                                    }
                                }
                                mgcRules[r++] = rule;
                            }
                        }
                        default -> mgc.skipChildren();
                    }
                }
                if (!"result".equals(kind)) {
                    continue;
                }
                systems++;
                if (hand.nextToken() != JsonToken.START_OBJECT) {
                    System.err.println("hand-coded output ends before mgc's, at " + name);
                    return 1;
                }
                String handName = null;
                boolean same = r == REVISIONS.length;
                int h = 0;
                while (hand.nextToken() == JsonToken.FIELD_NAME) {
                    String field = hand.currentName();
                    hand.nextToken();
                    if (field.equals("system")) {
                        handName = hand.getText();
                    } else if (field.equals("verdicts")) {
                        while (hand.nextToken() == JsonToken.START_OBJECT) {
                            String verdict = null;
                            String rule = null;
                            while (hand.nextToken() == JsonToken.FIELD_NAME) {
                                String f = hand.currentName();
                                hand.nextToken();
                                if (f.equals("verdict")) {
                                    verdict = hand.getText();
                                } else if (f.equals("rule")) {
                                    rule = hand.currentToken() == JsonToken.VALUE_NULL ? null : hand.getText();
                                }
                            }
                            same &= h < REVISIONS.length && Objects.equals(verdict, mgcVerdicts[h]) && Objects.equals(rule, mgcRules[h]);
                            h++;
                        }
                    }
                }
                same &= h == REVISIONS.length && Objects.equals(name, handName);
                if (!same) {
                    if (differ < 5) {
                        System.err.println("differ: " + name);
                    }
                    differ++;
                }
            }
            if (hand.nextToken() != null) {
                System.err.println("hand-coded output has more systems than mgc's");
                return 1;
            }
        }
        System.out.println("verdicts compared: " + systems + " systems x " + REVISIONS.length
                + " revisions; systems that differ: " + differ);
        return differ == 0 && systems > 0 ? 0 : 1;
    }
}
