package dev.scoop.dedupe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A canonical URL as 128 bits (its MD5): the cache keys on this instead of the string, which
 * keeps an entry small whatever the URL's length. Two different URLs share a key with
 * probability about 2^-128 per pair: never, in practice. Not a security boundary.
 */
public record UrlKey(long hi, long lo) implements java.io.Serializable {
  private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  });

  /** The key of an already canonical URL. */
  public static UrlKey of(String canonicalUrl) {
    ByteBuffer digest = ByteBuffer.wrap(MD5.get().digest(canonicalUrl.getBytes(StandardCharsets.UTF_8)));
    return new UrlKey(digest.getLong(), digest.getLong());
  }
}
