package dev.scoop.dedupe;

/**
 * What the cache remembers of a finished URL: when, and the fingerprint of its article
 * (0 when it has none). {@code canonical} is set on an alias (a canonical link or the URL a
 * redirect ended at) and names the entry it stands for. Small on purpose: see
 * {@code docs/PERFORMANCE.md} for the bytes per entry.
 */
public record Seen(long storedAt, long fingerprint, UrlKey canonical) implements java.io.Serializable {}
