package io.corroborate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.corroborate.model.InputKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON lines, one article per line: {@code {"id", "url", "title", "text" | "html",
 * "published", "outlet"}}. A line that is not a JSON object with a text or html field is reported
 * with its line number and skipped.
 */
final class JsonLinesReader {

  private final InputLimits limits;
  private final ObjectMapper mapper;

  JsonLinesReader(InputLimits limits) {
    this.limits = limits;
    this.mapper = JsonMapper.builder().build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(
                    (int)
                        Math.min(
                            Integer.MAX_VALUE,
                            Math.max(limits.maxDocumentBytes(), limits.maxJsonLineBytes())))
                .maxNestingDepth(Math.min(64, limits.maxNestingDepth()))
                .maxNumberLength(1000)
                .build());
  }

  void read(InputStream in, String path, DocumentSink sink, ProblemListener problems)
      throws IOException {
    LineSplitter lines = new LineSplitter(in, limits.maxJsonLineBytes());
    byte[] line;
    while ((line = lines.next()) != null) {
      int number = lines.lineNumber();
      String where = path + ":" + number;
      if (lines.lastTooLong()) {
        problems.onProblem(
            new Problem(
                where,
                "line larger than the limit of "
                    + BoundedBytes.human(limits.maxJsonLineBytes())
                    + " (--max-json-line-bytes)",
                true));
        continue;
      }
      if (isBlank(line)) {
        continue;
      }
      String json;
      try {
        json =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line))
                .toString();
      } catch (CharacterCodingException e) {
        json = new String(line, StandardCharsets.UTF_8);
        problems.onProblem(
            new Problem(where, "bytes invalid in UTF-8 replaced with U+FFFD", false));
      }
      RawDocument doc = parse(json, where, path, number, problems);
      if (doc != null) {
        sink.accept(doc);
      }
    }
  }

  private RawDocument parse(
      String json, String where, String path, int number, ProblemListener problems) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      problems.onProblem(
          new Problem(where, "not JSON: " + firstLine(e.getOriginalMessage()), true));
      return null;
    }
    if (node == null || !node.isObject()) {
      problems.onProblem(
          new Problem(
              where,
              "not a JSON object (found " + (node == null ? "nothing" : node.getNodeType()) + ")",
              true));
      return null;
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
      problems.onProblem(new Problem(where, "no \"text\" or \"html\" field with content", true));
      return null;
    }
    String id = string(node, "id");
    String source = id != null && !id.isBlank() ? id : path + ":" + number;
    boolean isText = text != null && !text.isBlank();
    return new RawDocument(
        source,
        isText ? InputKind.JSON_TEXT : InputKind.JSON_HTML,
        isText ? text : html,
        string(node, "url"),
        id,
        string(node, "title"),
        string(node, "published"),
        string(node, "outlet"),
        firstNonNull(string(node, "byline"), string(node, "author")),
        string(node, "language"));
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    return v.asText();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits a byte stream into lines ended by LF, CR LF or a lone CR, without holding more than a
   * limit per line; a byte-order mark at the start of the stream is dropped.
   */
  static final class LineSplitter {
    private final InputStream in;
    private final long max;
    private final byte[] buf = new byte[65536];
    private int pos;
    private int len;
    private int lineNumber;
    private boolean tooLong;
    private boolean eof;
    private boolean skipLf;
    private boolean started;

    LineSplitter(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    int lineNumber() {
      return lineNumber;
    }

    boolean lastTooLong() {
      return tooLong;
    }

    private boolean fill() throws IOException {
      try {
        len = in.read(buf);
      } catch (java.io.EOFException e) {
        throw new InputFormatException(
            "truncated gzip stream after line " + lineNumber + " (" + e.getMessage() + ")", e);
      }
      pos = 0;
      if (len <= 0) {
        eof = true;
        len = 0;
        return false;
      }
      if (!started) {
        started = true;
        if (len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
          pos = 3;
        }
      }
      return true;
    }

    /** The next line without its terminator, or null at the end. */
    byte[] next() throws IOException {
      if (eof && pos >= len) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long size = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (pos >= len && !fill()) {
          if (!any) {
            return null;
          }
          lineNumber++;
          return tooLong ? new byte[0] : out.toByteArray();
        }
        if (skipLf) {
          skipLf = false;
          if (buf[pos] == '\n') {
            pos++;
            continue;
          }
        }
        any = true;
        int start = pos;
        while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
          pos++;
        }
        int n = pos - start;
        size += n;
        if (size > max) {
          tooLong = true;
        } else {
          out.write(buf, start, n);
        }
        if (pos < len) {
          skipLf = buf[pos] == '\r';
          pos++; // the line end
          lineNumber++;
          return tooLong ? new byte[0] : out.toByteArray();
        }
      }
    }
  }
}
