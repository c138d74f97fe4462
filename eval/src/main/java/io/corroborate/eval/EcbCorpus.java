package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The ECB+ documents of {@code ../shared/data/ecbplus-dev/docs.jsonl}: ids, gold topic and event,
 * and text. Read from the shared data folder at run time, never copied into the repository.
 *
 * @param docs the documents in file order
 */
record EcbCorpus(List<Doc> docs) {

  /** One document. */
  record Doc(String id, String topic, String event, String text) {}

  static EcbCorpus read(Path jsonl) throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = m.readTree(line);
      docs.add(
          new Doc(
              n.get("id").asText(),
              n.path("topic").asText(),
              n.path("event").asText(),
              n.get("text").asText()));
    }
    return new EcbCorpus(List.copyOf(docs));
  }

  /** The documents in an order shuffled with the given seed. */
  List<Doc> shuffled(long seed) {
    List<Doc> out = new ArrayList<>(docs);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  /** Writes documents as JSON lines with ids and text only, as the product reads them. */
  static void writeInput(List<Doc> docs, Path out) throws IOException {
    ObjectMapper m = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Doc d : docs) {
        ObjectNode o = m.createObjectNode();
        o.put("id", d.id());
        o.put("text", d.text());
        w.write(m.writeValueAsString(o));
        w.write('\n');
      }
    }
  }
}
