package io.corroborate.feeds;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A small HTTP/1.1 client that connects only to addresses {@link AddressGuard} has checked.
 *
 * <p>The JDK's {@code java.net.http.HttpClient} resolves host names itself and cannot be told which
 * address to connect to, so a name could pass the check and then resolve to a private address at
 * connect time (DNS rebinding). Here the guard resolves, checks and hands over the address, and the
 * socket connects to exactly that address (TLS still verifies the certificate against the host
 * name, with SNI). Redirects are followed here, one hop at a time, each hop checked again (scheme,
 * address, robots.txt, rate limit). Every request has a connect time-out, a read time-out and an
 * overall deadline; bodies are read within a size cap, after gzip decompression too. Thread-safe.
 */
public final class HttpFetcher {

  private static final int MAX_LINE = 8 * 1024;
  private static final int MAX_HEADERS = 100;
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  /** Decides whether a hop may be fetched (robots.txt); throws to refuse it. */
  @FunctionalInterface
  public interface HopCheck {
    /** Throws when the address must not be fetched. */
    void check(URI uri) throws FetchException;
  }

  private final WatchConfig config;
  private final AddressGuard guard;
  private final HostRateLimiter limiter;

  /**
   * @param config time-outs, caps and the User-Agent
   * @param guard checks every address before it is connected to
   * @param limiter spaces the requests to each host
   */
  public HttpFetcher(WatchConfig config, AddressGuard guard, HostRateLimiter limiter) {
    this.config = config;
    this.guard = guard;
    this.limiter = limiter;
  }

  /**
   * GETs an address, following up to {@code maxRedirects} redirects, each hop checked.
   *
   * @param headers extra request headers (Accept, If-None-Match, If-Modified-Since)
   * @param maxBytes the body's cap after decompression
   * @param hopCheck run on every hop before it is fetched (robots.txt), or null
   * @return the final response; the body is read only for 2xx answers
   */
  public HttpResponse get(URI uri, Map<String, String> headers, long maxBytes, HopCheck hopCheck)
      throws FetchException {
    URI current = uri;
    for (int hop = 0; ; hop++) {
      requireWebAddress(current);
      if (hopCheck != null) {
        // a refused address is named as such, before robots.txt is asked for
        guard.addresses(asciiHost(current.getHost()));
        hopCheck.check(current);
      }
      HttpResponse r = exchange(current, headers, maxBytes);
      if (!isRedirect(r.status())) {
        return r;
      }
      String location = r.header("location");
      if (location == null || location.isBlank()) {
        throw new FetchException("HTTP " + r.status() + " redirect without a Location", false);
      }
      if (hop >= config.maxRedirects()) {
        throw new FetchException(
            "too many redirects (more than " + config.maxRedirects() + ")", false);
      }
      try {
        current = current.resolve(new URI(location.strip()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new FetchException(
            "redirect to a malformed address: " + Printable.of(location), false);
      }
    }
  }

  /** Refuses anything that is not an absolute http or https address with a host. */
  public static void requireWebAddress(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          "refused: only http and https are fetched, not " + Printable.of(uri.toString()), false);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new FetchException("address without a host: " + Printable.of(uri.toString()), false);
    }
    if (uri.getRawUserInfo() != null) {
      throw new FetchException(
          "refused: address with user information: " + Printable.of(uri.toString()), false);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** One request and its response, no redirects followed. */
  HttpResponse exchange(URI uri, Map<String, String> headers, long maxBytes) throws FetchException {
    boolean tls = uri.getScheme().equalsIgnoreCase("https");
    String asciiHost = asciiHost(uri.getHost());
    int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
    List<InetAddress> addresses = guard.addresses(asciiHost);
    try (HostRateLimiter.Permit permit = limiter.acquire(asciiHost.toLowerCase(Locale.ROOT))) {
      long deadline = System.nanoTime() + config.requestTimeout().toNanos();
      IOException last = null;
      for (InetAddress address : addresses) {
        guard.check(address);
        Socket socket = new Socket();
        try (socket) {
          try {
            socket.connect(
                new InetSocketAddress(address, port), (int) config.connectTimeout().toMillis());
          } catch (IOException e) {
            last = e;
            continue;
          }
          Socket s = socket;
          if (tls) {
            s = startTls(socket, asciiHost, port);
          }
          s.setSoTimeout((int) config.readTimeout().toMillis());
          return talk(s, uri, asciiHost, port, tls, headers, maxBytes, deadline, permit);
        } catch (FetchException e) {
          throw e;
        } catch (IOException e) {
          throw failure(e, uri);
        }
      }
      throw failure(last == null ? new ConnectException("no address") : last, uri);
    }
  }

  private static String asciiHost(String host) throws FetchException {
    try {
      return host.startsWith("[") ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a valid host name: " + Printable.of(host), false);
    }
  }

  private static Socket startTls(Socket plain, String host, int port) throws IOException {
    SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
    SSLSocket ssl = (SSLSocket) factory.createSocket(plain, host, port, true);
    SSLParameters p = ssl.getSSLParameters();
    p.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.startsWith("[") && !Character.isDigit(host.charAt(host.length() - 1))) {
      p.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(p);
    ssl.startHandshake();
    return ssl;
  }

  private HttpResponse talk(
      Socket s,
      URI uri,
      String host,
      int port,
      boolean tls,
      Map<String, String> headers,
      long maxBytes,
      long deadline,
      HostRateLimiter.Permit permit)
      throws IOException {
    StringBuilder req = new StringBuilder(256);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    req.append("GET ").append(path);
    if (uri.getRawQuery() != null) {
      req.append('?').append(uri.getRawQuery());
    }
    req.append(" HTTP/1.1\r\nHost: ").append(host);
    if (port != (tls ? 443 : 80)) {
      req.append(':').append(port);
    }
    req.append("\r\nUser-Agent: ").append(config.userAgent());
    req.append("\r\nAccept-Encoding: gzip\r\nConnection: close\r\n");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      String v = h.getValue();
      if (v != null && v.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        req.append(h.getKey()).append(": ").append(v).append("\r\n");
      }
    }
    req.append("\r\n");
    OutputStream out = s.getOutputStream();
    out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    permit.sent();

    InputStream in =
        new BufferedInputStream(new DeadlineStream(s.getInputStream(), s, deadline), 16384);
    int status;
    Map<String, List<String>> h;
    do {
      String statusLine = readLine(in);
      status = parseStatus(statusLine);
      h = readHeaders(in);
    } while (status >= 100 && status < 200);
    if (status == 204 || status == 304 || status < 200 || status >= 300) {
      return new HttpResponse(uri, status, h, new byte[0]);
    }
    InputStream body;
    String te = first(h, "transfer-encoding");
    String cl = first(h, "content-length");
    if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = new ChunkedStream(in);
    } else if (cl != null) {
      long length;
      try {
        length = Long.parseLong(cl.strip());
      } catch (NumberFormatException e) {
        throw new FetchException("bad Content-Length: " + Printable.of(cl), false);
      }
      if (length < 0) {
        throw new FetchException("bad Content-Length: " + Printable.of(cl), false);
      }
      if (length > maxBytes) {
        throw new FetchException(tooLarge(maxBytes) + " (Content-Length " + length + ")", false);
      }
      body = new LengthStream(in, length);
    } else {
      body = in;
    }
    String ce = first(h, "content-encoding");
    if (ce != null) {
      String enc = ce.strip().toLowerCase(Locale.ROOT);
      if (enc.equals("gzip") || enc.equals("x-gzip")) {
        try {
          body = new GZIPInputStream(body, 8192);
        } catch (ZipException | EOFException e) {
          throw new FetchException("not valid gzip data", false);
        }
      } else if (!enc.isEmpty() && !enc.equals("identity")) {
        throw new FetchException("unsupported Content-Encoding: " + Printable.of(ce), false);
      }
    }
    return new HttpResponse(uri, status, h, readAll(body, maxBytes));
  }

  private static byte[] readAll(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[16384];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > max) {
          throw new FetchException(tooLarge(max), false);
        }
        out.write(buf, 0, n);
      }
    } catch (ZipException e) {
      throw new FetchException("not valid gzip data (" + e.getMessage() + ")", false);
    } catch (EOFException e) {
      throw new FetchException("connection closed mid-body (" + e.getMessage() + ")", true);
    }
    return out.toByteArray();
  }

  static String tooLarge(long max) {
    return "larger than the limit of " + max + " bytes";
  }

  private static String first(Map<String, List<String>> h, String name) {
    List<String> v = h.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static int parseStatus(String line) throws FetchException {
    // "HTTP/1.1 200 OK"
    if (!line.startsWith("HTTP/") || line.length() < 12 || line.charAt(8) != ' ') {
      throw new FetchException("not an HTTP response: " + Printable.of(line), false);
    }
    try {
      return Integer.parseInt(line.substring(9, 12));
    } catch (NumberFormatException e) {
      throw new FetchException("not an HTTP status line: " + Printable.of(line), false);
    }
  }

  private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
    Map<String, List<String>> h = new TreeMap<>();
    int count = 0;
    int bytes = 0;
    while (true) {
      String line = readLine(in);
      if (line.isEmpty()) {
        return h;
      }
      bytes += line.length();
      if (++count > MAX_HEADERS || bytes > MAX_HEADER_BYTES) {
        throw new FetchException("too many response headers", false);
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      h.computeIfAbsent(name, k -> new ArrayList<>(1)).add(line.substring(colon + 1).strip());
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder(64);
    while (true) {
      int c = in.read();
      if (c < 0) {
        if (sb.length() == 0) {
          throw new FetchException("connection closed before a response", true);
        }
        throw new FetchException("connection closed mid-header", true);
      }
      if (c == '\n') {
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
          sb.setLength(len - 1);
        }
        return sb.toString();
      }
      if (sb.length() >= MAX_LINE) {
        throw new FetchException("response header line too long", false);
      }
      sb.append((char) c);
    }
  }

  private static FetchException failure(IOException e, URI uri) {
    if (e instanceof FetchException f) {
      return f;
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof SocketTimeoutException) {
      return new FetchException("timed out (" + m + ")", true);
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return new FetchException("cannot connect (" + m + ")", true);
    }
    if (e instanceof SSLException) {
      return new FetchException("TLS failed (" + m + ")", true);
    }
    if (e instanceof InterruptedIOException) {
      return new FetchException("interrupted", true);
    }
    if (e instanceof SocketException) {
      return new FetchException("connection failed (" + m + ")", true);
    }
    return new FetchException("fetch failed (" + m + ")", true);
  }

  /** Headers in the order given, for callers building them. */
  public static Map<String, String> headers(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        m.put(pairs[i], pairs[i + 1]);
      }
    }
    return m;
  }

  /** Ends every read at the request's deadline, however slowly the bytes trickle. */
  private static final class DeadlineStream extends FilterInputStream {
    private final Socket socket;
    private final long deadline;
    private final int readTimeoutMs;

    DeadlineStream(InputStream in, Socket socket, long deadline) throws SocketException {
      super(in);
      this.socket = socket;
      this.deadline = deadline;
      this.readTimeoutMs = socket.getSoTimeout();
    }

    private void arm() throws IOException {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw new SocketTimeoutException("request took longer than its deadline");
      }
      socket.setSoTimeout((int) Math.max(1, Math.min(readTimeoutMs, left)));
    }

    @Override
    public int read() throws IOException {
      arm();
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      arm();
      return super.read(b, off, len);
    }
  }

  /** Exactly {@code length} bytes; fewer is a broken connection. */
  private static final class LengthStream extends FilterInputStream {
    private long left;

    LengthStream(InputStream in, long length) {
      super(in);
      this.left = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left == 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        throw new FetchException("connection closed mid-body (" + left + " bytes missing)", true);
      }
      left -= n;
      return n;
    }
  }

  /** The chunked transfer coding. */
  private static final class ChunkedStream extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (left == 0) {
        String line = readLine(in);
        int semi = line.indexOf(';');
        String size = (semi >= 0 ? line.substring(0, semi) : line).strip();
        try {
          left = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
          throw new FetchException("bad chunk size: " + Printable.of(line), false);
        }
        if (left < 0) {
          throw new FetchException("bad chunk size: " + Printable.of(line), false);
        }
        if (left == 0) {
          done = true;
          // trailers are read until the empty line, then ignored
          readHeaders(in);
          return -1;
        }
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        throw new FetchException("connection closed mid-body (inside a chunk)", true);
      }
      left -= n;
      if (left == 0) {
        readLine(in);
      }
      return n;
    }
  }
}
