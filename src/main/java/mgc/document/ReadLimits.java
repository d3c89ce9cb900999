package mgc.document;

/**
 * Bounds on what a reader accepts, so a hostile or broken file costs bounded time and memory.
 * Each limit, when hit, gives its own error naming the limit.
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringChars, int maxNumberChars, int maxNodes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_FILE_BYTES, 32, 64 * 1024, 64, 1_000_000);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringChars, maxNumberChars, maxNodes);
    }
}
