package io.corroborate.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.feeds.FeedItemSink;
import io.corroborate.ingest.RawDocument;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes each fetched article as one JSON line in the contract's JSON-lines input shape, {@code
 * {"id", "url", "title", "html", "published", "outlet"}}, so that {@code corroborate analyze} reads
 * the file. Stands in for the store's ingest until the store exists. Each line is written whole and
 * flushed. Thread-safe.
 */
final class JsonLinesArticleSink implements FeedItemSink {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  private final Writer out;

  JsonLinesArticleSink(Writer out) {
    this.out = out;
  }

  @Override
  public void accept(RawDocument page) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", page.id());
    o.put("url", page.url());
    o.put("title", page.title());
    o.put("html", page.content());
    o.put("published", page.published());
    o.put("outlet", page.outlet());
    String line = JSON.writeValueAsString(o);
    synchronized (this) {
      out.write(line);
      out.write('\n');
      out.flush();
    }
  }
}
