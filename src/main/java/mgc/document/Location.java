package mgc.document;

/** A place in an input file, 1-based, as users see it in an editor. */
public record Location(String file, int line, int column) {

    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
