package dev.scoop.fetch;

/** A fetched HTML page: the URL after redirects, the charset named by the server (or null), the body. */
public record FetchedPage(String url, String finalUrl, int status, String contentType, String charset, byte[] body) {}
