package io.corroborate.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's HTTP server on 127.0.0.1 and a free port, recording every request it answers. */
final class LoopbackServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Seen(String host, String path, long nanos, Map<String, List<String>> headers) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  final List<Seen> requests = new CopyOnWriteArrayList<>();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 200);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getRawPath();
          requests.add(
              new Seen(
                  ex.getRequestHeaders().getFirst("Host"),
                  path,
                  System.nanoTime(),
                  Map.copyOf(ex.getRequestHeaders())));
          HttpHandler h = routes.get(path);
          try {
            if (h == null) {
              send(ex, 404, "text/plain", "not here");
            } else {
              h.handle(ex);
            }
          } catch (IOException e) {
            // the client went away (caps, time-outs): nothing to answer
          } finally {
            ex.close();
          }
        });
    server.setExecutor(pool);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  void route(String path, HttpHandler h) {
    routes.put(path, h);
  }

  void text(String path, String contentType, String body) {
    route(path, ex -> send(ex, 200, contentType, body));
  }

  long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      try (OutputStream o = ex.getResponseBody()) {
        o.write(b);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
