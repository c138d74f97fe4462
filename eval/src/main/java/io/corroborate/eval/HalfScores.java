package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes the gold of one site half of a development set to temporary files, in the shape its scorer
 * reads, so that the same extraction output is scored on half A, half B and the whole set.
 */
final class HalfScores {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HalfScores() {}

  /** A gold JSON object {@code {key: entry}} restricted to the keys whose half is {@code half}. */
  static ObjectNode objectHalf(
      JsonNode gold, Function<Map.Entry<String, JsonNode>, String> site, String half) {
    ObjectNode out = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (half == null || SiteHalves.of(site.apply(e)).equals(half)) {
        out.set(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** The number of distinct sites among the entries of a gold object. */
  static int sites(JsonNode gold, Function<Map.Entry<String, JsonNode>, String> site) {
    Set<String> hosts = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      hosts.add(SiteHalves.host(site.apply(it.next())));
    }
    return hosts.size();
  }

  /** Reads a JSON file. */
  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes a JSON value to {@code file}. */
  static void write(JsonNode value, Path file) {
    try {
      JSON.writeValue(file.toFile(), value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The lines of a JSON-lines file that satisfy {@code keep}, written to a temporary file. */
  static Path linesHalf(Path jsonl, Predicate<JsonNode> keep, String prefix) {
    try {
      List<String> kept = new ArrayList<>();
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && keep.test(JSON.readTree(line))) {
          kept.add(line);
        }
      }
      Path out = Extraction.tempJsonLines(prefix);
      Files.write(out, kept, StandardCharsets.UTF_8);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
  }

  /** A temporary folder deleted (with its files) when the JVM exits. */
  static Path tempDir(String prefix) {
    try {
      Path d = Files.createTempDirectory(prefix);
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The halves to score, in order: "a", "b", then null for the whole set when both. */
  static List<String> halves(SiteHalves h) {
    List<String> out = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      if (h.reports(name)) {
        out.add(name);
      }
    }
    if (out.size() == 2) {
      out.add(null);
    }
    return out;
  }

  /** How a half is named in a report line. */
  static String label(String half) {
    return half == null ? "all" : half;
  }
}
