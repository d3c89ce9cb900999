package mgc.compare;

/** Which revision permits a difference region (the other prohibits it). */
public enum Direction {
    /** Permitted by TO, prohibited by FROM: TO is more permissive here. */
    PERMITTED_BY_TO,
    /** Permitted by FROM, prohibited by TO: TO is less permissive here. */
    PERMITTED_BY_FROM
}
