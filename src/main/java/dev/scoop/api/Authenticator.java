package dev.scoop.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * API tokens: which client a bearer token belongs to. Tokens are kept only as SHA-256
 * digests, and a presented token is looked up by its digest; a client is named by the first 12 hex digits of its
 * token's digest ({@code t:3f2a...}), which is what limits, metrics and logs see, never the
 * token. With no tokens configured the API is open and clients are named by address.
 */
final class Authenticator {
  /** A WebSocket subprotocol offered as {@code bearer.TOKEN} carries the token (browsers cannot set headers). */
  static final String SUBPROTOCOL_PREFIX = "bearer.";
  private final Map<String, String> clients = new HashMap<>();

  Authenticator(List<String> tokens) {
    for (String token : tokens) {
      String digest = digest(token);
      clients.put(digest, "t:" + digest.substring(0, 12));
    }
  }

  boolean enabled() {
    return !clients.isEmpty();
  }

  /** The client a token belongs to, or null when it is not a valid token. */
  String clientOf(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    // Looked up by its SHA-256: timing can only tell a caller about digests, never about a token.
    return clients.get(digest(token));
  }

  /** The token of an {@code Authorization: Bearer} header, or null. */
  static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).trim();
  }

  /** The token in a {@code Sec-WebSocket-Protocol} offer ({@code scoop.v1, bearer.TOKEN}), or null. */
  static String fromSubprotocols(String offered) {
    if (offered == null) {
      return null;
    }
    for (String p : offered.split(",")) {
      String protocol = p.trim();
      if (protocol.startsWith(SUBPROTOCOL_PREFIX)) {
        return protocol.substring(SUBPROTOCOL_PREFIX.length());
      }
    }
    return null;
  }

  private static String digest(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
