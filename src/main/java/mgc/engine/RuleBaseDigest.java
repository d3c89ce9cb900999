package mgc.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputException;
import mgc.document.InputFile;

/**
 * A digest of the rule base exactly as loaded, so a verdict can be replayed: the DRL and every
 * revision file, the user's {@code --revision-file}s included. SHA-256 over each file's name
 * as shown, its length and its bytes, in the order given (DRL, shipped revisions sorted by name,
 * then user files as given); any changed byte, added or removed file changes it.
 */
public final class RuleBaseDigest {

    private RuleBaseDigest() {}

    /** A named file's bytes, as hashed. */
    public record Part(String name, byte[] bytes) {}

    /** {@code sha256:<64 hex digits>}. */
    public static String of(List<Part> parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        for (Part part : parts) {
            byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
            sha.update((name.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(name);
            sha.update((":" + part.bytes().length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(part.bytes());
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** The class path resource holding the packaged rule base's digest, computed at build time. */
    static final String PACKAGED = RulesDirectory.CLASSPATH_ROOT + "/digest.txt";

    /**
     * The digest of a rule base with these user revision files. The packaged rule base alone has
     * its digest computed at build time ({@link ExecutableModelWriter}), the same computation over
     * the same bytes: hashing 30 KB at every start cost a check about 5 ms, and starting the JDK's
     * security providers more (docs/performance.md).
     */
    public static String of(RulesDirectory rules, List<Path> userRevisionFiles) throws InputException {
        if (rules.bundled() && userRevisionFiles.isEmpty()) {
            try (InputStream in = RuleBaseDigest.class.getClassLoader().getResourceAsStream(PACKAGED)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
                }
            } catch (IOException e) {
                // computed below, as for any other rule base
            }
        }
        return compute(rules, userRevisionFiles);
    }

    /**
     * Hashes the files: names relative to the rules folder, and a user file's own name, so the
     * same files give the same digest wherever they sit.
     */
    static String compute(RulesDirectory rules, List<Path> userRevisionFiles) throws InputException {
        List<Part> parts = new ArrayList<>();
        for (InputFile drl : rules.drlFiles()) {
            parts.add(read(rules.relativeName(drl), drl));
        }
        for (InputFile file : rules.revisionFiles()) {
            parts.add(read(rules.relativeName(file), file));
        }
        for (Path file : userRevisionFiles) {
            parts.add(read("revision-file:" + file.getFileName(), InputFile.of(file)));
        }
        return of(parts);
    }

    /** Reads a file for the digest; an unreadable file counts by its name and the reason. */
    static Part read(String name, InputFile file) {
        try (InputStream in = file.open()) {
            return new Part(name, in.readAllBytes());
        } catch (IOException e) {
            return new Part(name, ("unreadable: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
