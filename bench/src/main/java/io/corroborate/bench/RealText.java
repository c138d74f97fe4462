package io.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real news text from the shared benchmark data, read at run time (never copied into the
 * repository): the ECB+ documents and the PolNeAR article texts.
 */
final class RealText {

  private RealText() {}

  /** The article texts found under {@code data}, in a fixed order. */
  static List<String> load(Path data) throws IOException {
    List<String> out = new ArrayList<>();
    Path ecb = data.resolve("ecbplus-dev").resolve("docs.jsonl");
    if (Files.isRegularFile(ecb)) {
      for (String line : Files.readAllLines(ecb, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = Json.compact().readTree(line);
          out.add(n.path("text").asText());
        }
      }
    }
    Path polnear = data.resolve("polnear-dev");
    if (Files.isDirectory(polnear)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(polnear)) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path f : files) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no text found under " + data + " (ecbplus-dev, polnear-dev)");
    }
    return out;
  }
}
