package mgc.document;

/**
 * Bounds on what a reader accepts, so a hostile or broken file costs bounded time and memory.
 * Each limit, when hit, gives its own error naming the limit. {@code maxTotalBytes} bounds all
 * the input one run reads, so even a stream that never ends ({@code /dev/zero}) does.
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringChars, int maxNumberChars, int maxNodes,
                         long maxTotalBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** 4 GiB: forty times the million-system batch of docs/performance.md (97 MB), read in seconds. */
    public static final long DEFAULT_MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;

    public ReadLimits(long maxFileBytes, int maxDepth, int maxStringChars, int maxNumberChars, int maxNodes) {
        this(maxFileBytes, maxDepth, maxStringChars, maxNumberChars, maxNodes, DEFAULT_MAX_TOTAL_BYTES);
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_FILE_BYTES, 32, 64 * 1024, 64, 1_000_000);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringChars, maxNumberChars, maxNodes, maxTotalBytes);
    }

    public ReadLimits withMaxTotalBytes(long bytes) {
        return new ReadLimits(maxFileBytes, maxDepth, maxStringChars, maxNumberChars, maxNodes, bytes);
    }
}
