package mgc.engine;

/**
 * The outcome of checking one system against one revision. {@code DEPENDS} is only for a system
 * with uncertain figures (intervals) that is permitted at some points of its box and prohibited
 * at others; a system of point values is always permitted or prohibited.
 */
public enum Decision {
    PERMITTED("permitted"), PROHIBITED("prohibited"), DEPENDS("depends");

    private final String id;

    Decision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
