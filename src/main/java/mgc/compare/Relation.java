package mgc.compare;

/** How the permitted region of the TO revision relates to FROM's, for one system type. */
public enum Relation {
    EQUIVALENT("equivalent"), MORE_PERMISSIVE("more-permissive"), LESS_PERMISSIVE("less-permissive"),
    INCOMPARABLE("incomparable");

    private final String id;

    Relation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static Relation of(boolean toPermitsMore, boolean fromPermitsMore) {
        if (toPermitsMore && fromPermitsMore) {
            return INCOMPARABLE;
        }
        return toPermitsMore ? MORE_PERMISSIVE : fromPermitsMore ? LESS_PERMISSIVE : EQUIVALENT;
    }

    @Override
    public String toString() {
        return id;
    }
}
