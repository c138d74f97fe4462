package io.corroborate.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Refuses addresses the watcher must never reach: private, loopback, link-local, multicast,
 * unspecified, shared (CGNAT), unique-local and reserved ranges, also when written as IPv4-mapped,
 * IPv4-compatible, NAT64 or 6to4 IPv6 addresses. A host is checked before resolution (a literal
 * address or a local name) and every address it resolves to is checked after; the caller connects
 * only to an address returned here. Immutable and thread-safe.
 */
public final class AddressGuard {

  private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

  private final boolean allowPrivate;
  private final HostResolver resolver;
  private final Predicate<InetAddress> exempt;

  /**
   * @param allowPrivate when true nothing is refused (tests and deliberate local use)
   * @param resolver resolves host names
   */
  public AddressGuard(boolean allowPrivate, HostResolver resolver) {
    this(allowPrivate, resolver, a -> false);
  }

  /** A guard that lets the given addresses through, so tests can refuse all but their server. */
  AddressGuard(boolean allowPrivate, HostResolver resolver, Predicate<InetAddress> exempt) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
    this.exempt = exempt;
  }

  private String why(InetAddress a) {
    return allowPrivate || exempt.test(a) ? null : refusal(a);
  }

  /** Whether private addresses are allowed. */
  public boolean allowPrivate() {
    return allowPrivate;
  }

  /**
   * The addresses to connect to for a host, each checked.
   *
   * @throws FetchException when the host is refused before resolution, does not resolve, or
   *     resolves to any refused address (one bad address refuses the host, so a name cannot mix a
   *     public and a private answer)
   */
  public List<InetAddress> addresses(String host) throws FetchException {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (!allowPrivate && (h.equals("localhost") || h.endsWith(".localhost"))) {
      throw new FetchException("refused: " + host + " is a loopback name", false);
    }
    boolean literal = h.contains(":") || IPV4_LITERAL.matcher(h).matches();
    InetAddress[] all;
    try {
      // A literal is parsed without any lookup: its check is the check before resolution.
      all = literal ? new InetAddress[] {InetAddress.getByName(h)} : resolver.resolve(h);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + host, true);
    } catch (SecurityException e) {
      throw new FetchException("cannot resolve " + host + ": " + e.getMessage(), false);
    }
    if (all == null || all.length == 0) {
      throw new FetchException("unknown host " + host, true);
    }
    List<InetAddress> ok = new ArrayList<>();
    for (InetAddress a : all) {
      String why = why(a);
      if (why != null) {
        throw new FetchException(
            "refused: "
                + host
                + (literal ? "" : " resolves to " + a.getHostAddress())
                + " ("
                + why
                + ")",
            false);
      }
      ok.add(a);
    }
    return ok;
  }

  /** Checks one address about to be connected to. */
  public void check(InetAddress address) throws FetchException {
    String why = why(address);
    if (why != null) {
      throw new FetchException("refused: " + address.getHostAddress() + " (" + why + ")", false);
    }
  }

  /** Why an address must not be reached, or null when it may be. */
  public static String refusal(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return refusal4(b);
    }
    if (a instanceof Inet6Address) {
      return refusal6(b);
    }
    return "unknown address family";
  }

  private static String refusal4(byte[] b) {
    int x = b[0] & 0xff;
    int y = b[1] & 0xff;
    if (x == 0) {
      return "unspecified address";
    }
    if (x == 127) {
      return "loopback address";
    }
    if (x == 10 || (x == 172 && (y & 0xf0) == 16) || (x == 192 && y == 168)) {
      return "private address";
    }
    if (x == 100 && (y & 0xc0) == 64) {
      return "shared (carrier-grade NAT) address";
    }
    if (x == 169 && y == 254) {
      return "link-local address";
    }
    if (x == 192 && y == 0 && (b[2] & 0xff) == 0) {
      return "reserved address";
    }
    if (x == 198 && (y & 0xfe) == 18) {
      return "reserved (benchmarking) address";
    }
    if ((x & 0xf0) == 224) {
      return "multicast address";
    }
    if ((x & 0xf0) == 240) {
      return "reserved or broadcast address";
    }
    return null;
  }

  private static String refusal6(byte[] b) {
    boolean first10Zero = true;
    for (int i = 0; i < 10; i++) {
      first10Zero &= b[i] == 0;
    }
    if (first10Zero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return embedded(b, 12, "IPv4-mapped");
    }
    if (first10Zero && b[10] == 0 && b[11] == 0) {
      boolean restZero = true;
      for (int i = 12; i < 15; i++) {
        restZero &= b[i] == 0;
      }
      if (restZero && b[15] == 0) {
        return "unspecified address";
      }
      if (restZero && b[15] == 1) {
        return "loopback address";
      }
      return embedded(b, 12, "IPv4-compatible");
    }
    int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    if ((b[0] & 0xff) == 0xff) {
      return "multicast address";
    }
    if ((w0 & 0xffc0) == 0xfe80) {
      return "link-local address";
    }
    if ((w0 & 0xffc0) == 0xfec0) {
      return "site-local address";
    }
    if ((b[0] & 0xfe) == 0xfc) {
      return "unique-local address";
    }
    if (w0 == 0x0064 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      boolean zero = true;
      for (int i = 4; i < 12; i++) {
        zero &= b[i] == 0;
      }
      if (zero) {
        return embedded(b, 12, "NAT64");
      }
    }
    if (w0 == 0x2002) {
      return embedded(b, 2, "6to4");
    }
    return null;
  }

  private static String embedded(byte[] b, int from, String form) {
    byte[] v4 = {b[from], b[from + 1], b[from + 2], b[from + 3]};
    String why = refusal4(v4);
    return why == null ? null : form + " " + why;
  }
}
