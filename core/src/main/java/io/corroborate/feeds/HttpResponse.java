package io.corroborate.feeds;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response as the watcher keeps it: the final address after redirects, the status, the
 * headers (names lower-cased) and the body, already decompressed and within the size cap.
 *
 * @param uri the address that answered
 * @param status the status code
 * @param headers header values by lower-cased name
 * @param body the body (empty for 304, redirects and errors)
 */
public record HttpResponse(URI uri, int status, Map<String, List<String>> headers, byte[] body) {

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
