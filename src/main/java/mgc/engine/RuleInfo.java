package mgc.engine;

/** A rule of the rule base as documented in its DRL metadata: stable id, one-line summary, link. */
public record RuleInfo(String id, String summary, String link) {}
