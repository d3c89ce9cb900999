package mgc.document;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Searches a folder recursively (following symbolic links) for the input files a command reads.
 * Whatever cannot be read as a regular file is reported in its place and the rest of the tree
 * is still searched: a symbolic link loop (not followed), a dangling link, a FIFO, a device or a
 * socket with an input file's name (a FIFO would block the run, {@code /dev/zero} would never end;
 * such a file is read only when named on the command line), a folder that cannot be read, and a
 * name the locale cannot decode. Files and problems each come sorted by path, so runs repeat.
 */
public final class FolderWalk {

    /** Files found, sorted, and one error per thing skipped, sorted by its path. */
    public record Found(List<String> files, List<InputError> errors) {}

    private FolderWalk() {}

    public static Found search(Path folder, Predicate<Path> wanted) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!wanted.test(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    } else if (attributes.isSymbolicLink()) {
                        // Following it failed: the link names nothing.
                        problems.add(new Problem(file, "dangling symbolic link" + target(file) + "; skipped"));
                    } else if (!attributes.isDirectory()) {
                        problems.add(new Problem(file, "not a regular file (" + kind(file) + target(file)
                                + "); skipped in a folder search, name it on the command line to read it"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Problem(file, describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(folder, describe(e)));
        }
        files.sort(Comparator.naturalOrder());
        problems.sort(Comparator.comparing(Problem::path));
        List<String> names = new ArrayList<>(files.size());
        List<InputError> errors = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            if (decodable(file, name)) {
                names.add(name);
            } else {
                problems.add(new Problem(file, undecodableName()));
            }
        }
        for (Problem problem : problems) {
            errors.add(InputError.ofFile(problem.path().toString(), problem.message()));
        }
        return new Found(names, errors);
    }

    /** Why a name given as a string cannot be used as a path in this locale. */
    public static String undecodableName() {
        return "this file name cannot be decoded in the locale's character set (" + System.getProperty("sun.jnu.encoding")
                + "); run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the ./mgc launcher does)";
    }

    private record Problem(Path path, String message) {}

    /** A name read from the folder survives as a string only if the locale can decode it. */
    private static boolean decodable(Path file, String name) {
        try {
            return Path.of(name).equals(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: this link leads back to a folder it is in; not followed";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot search folder: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return "cannot search folder: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer bits) {
                return switch (bits & 0170000) {
                    case 0010000 -> "a FIFO";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0140000 -> "a socket";
                    default -> "a special file";
                };
            }
            return "a special file";
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    private static String target(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return "";
        }
        try {
            return ", a link to " + Files.readSymbolicLink(file);
        } catch (IOException e) {
            return ", a link";
        }
    }
}
