package mgc.revision;

/** A published source a term rests on, as cited in the fact sheet. */
public record Source(String id, String cite) {}
