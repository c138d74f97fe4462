package io.corroborate.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The watcher's memory of every feed, saved to and loaded from JSON so that a restart neither
 * refetches old items nor forgets a feed's back-off. Shape: {@code {"version": 1, "feeds": [{"url",
 * "etag", "lastModified", "lastPoll", "lastSuccess", "lastError", "articlesAdded", "failures",
 * "nextPoll", "seen": [...]}]}}. Thread-safe for lookups; save between rounds.
 */
public final class WatchState {

  /** The version of the JSON shape written. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, FeedState> feeds = new TreeMap<>();

  /** The state of a feed, created when first asked for. */
  public synchronized FeedState feed(String url) {
    return feeds.computeIfAbsent(url, FeedState::new);
  }

  /** Every feed's state, by address. */
  public synchronized List<FeedState> feeds() {
    return List.copyOf(feeds.values());
  }

  /** The state as JSON. */
  public synchronized String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ArrayNode list = root.putArray("feeds");
    for (FeedState f : feeds.values()) {
      ObjectNode o = list.addObject();
      o.put("url", f.url());
      o.put("etag", f.etag());
      o.put("lastModified", f.lastModified());
      o.put("lastPoll", str(f.lastPoll()));
      o.put("lastSuccess", str(f.lastSuccess()));
      o.put("lastError", f.lastError());
      o.put("articlesAdded", f.articlesAdded());
      o.put("failures", f.failures());
      o.put("nextPoll", str(f.nextPoll()));
      ArrayNode seen = o.putArray("seen");
      f.seenKeys().forEach(seen::add);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads state written by {@link #toJson}.
   *
   * @throws IOException naming what is wrong when the text is not such state
   */
  public static WatchState fromJson(String json) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException("watch state is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("feeds").isArray()) {
      throw new IOException("watch state has no \"feeds\" list");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IOException(
          "watch state version " + version + " is not the version read (" + VERSION + ")");
    }
    WatchState s = new WatchState();
    int i = 0;
    for (JsonNode o : root.get("feeds")) {
      i++;
      String url = text(o, "url");
      if (url == null) {
        throw new IOException("watch state feed " + i + " has no url");
      }
      List<String> seen = new ArrayList<>();
      for (JsonNode k : o.path("seen")) {
        if (k.isTextual()) {
          seen.add(k.asText());
        }
      }
      try {
        s.feed(url)
            .restore(
                seen,
                text(o, "etag"),
                text(o, "lastModified"),
                instant(o, "lastPoll"),
                instant(o, "lastSuccess"),
                text(o, "lastError"),
                o.path("articlesAdded").asLong(0),
                o.path("failures").asInt(0),
                instant(o, "nextPoll"));
      } catch (DateTimeParseException e) {
        throw new IOException("watch state feed " + i + " has a bad date: " + e.getParsedString());
      }
    }
    return s;
  }

  /** Loads state from a file, or empty state when the file does not exist. */
  public static WatchState load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new WatchState();
    }
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Saves state to a file, replacing it whole (never half-written). */
  public void save(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
    Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
    try {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String str(Instant i) {
    return i == null ? null : i.toString();
  }

  private static String text(JsonNode o, String f) {
    JsonNode n = o.get(f);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Instant instant(JsonNode o, String f) {
    String t = text(o, f);
    return t == null ? null : Instant.parse(t);
  }
}
