package mgc.engine;

/** The outcome of checking one system against one revision. */
public enum Decision {
    PERMITTED("permitted"), PROHIBITED("prohibited");

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
