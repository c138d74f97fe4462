package io.corroborate.web;

import io.corroborate.model.Article;
import java.net.URI;
import java.util.Locale;

/** How the UI names an article's outlet: by name, never by file path. Stateless. */
public final class Outlets {

  private Outlets() {}

  /**
   * The outlet's name; else the host of the article's URL without {@code www.}; else the file or
   * record name the article was read from, without folders, extension or record number.
   */
  public static String name(Article a) {
    if (a.outlet() != null && !a.outlet().isBlank()) {
      return a.outlet().strip();
    }
    String host = host(a.url());
    if (host != null) {
      return host.startsWith("www.") ? host.substring(4) : host;
    }
    String s = a.source();
    int hash = s.lastIndexOf('#');
    if (hash > 0) {
      s = s.substring(0, hash);
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    s = s.substring(slash + 1);
    int dot = s.indexOf('.');
    if (dot > 0) {
      s = s.substring(0, dot);
    }
    return s.isBlank() ? "unknown outlet" : s;
  }

  /** Whether the outlet was named by the article itself (not guessed from a URL or file). */
  public static boolean named(Article a) {
    return a.outlet() != null && !a.outlet().isBlank();
  }

  /** The host of an http(s) URL, lower-cased, or null. */
  static String host(String url) {
    String safe = safeUrl(url);
    if (safe == null) {
      return null;
    }
    try {
      String h = URI.create(safe).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The URL when it is a well-formed http or https address, else null (never javascript:). */
  public static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? uri.toASCIIString() : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
