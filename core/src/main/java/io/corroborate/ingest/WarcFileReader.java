package io.corroborate.ingest;

import io.corroborate.model.InputKind;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files (plain or gzip): each response or resource record with an HTML body becomes a
 * document named {@code PATH#N}, N being the record's position in the file from 1. In a plain file
 * a record whose Content-Length does not land on the next record is reported and skipped, and the
 * records after it are read; in a gzip file a truncated or malformed record ends the file with one
 * problem, earlier records kept.
 */
final class WarcFileReader {

  private final InputLimits limits;

  /** Largest WARC header block read when checking a record's length. */
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  /** Line ends tolerated between a record's end and the next record. */
  private static final int TRAILER_SLACK = 16;

  WarcFileReader(InputLimits limits) {
    this.limits = limits;
  }

  void read(Path file, String path, DocumentSink sink, ProblemListener problems)
      throws IOException {
    if (isGzip(file)) {
      readSequentially(file, path, sink, problems);
    } else {
      readByBoundaries(file, path, sink, problems);
    }
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /**
   * Reads an uncompressed WARC file record by record, checking each record's Content-Length against
   * where the next record begins: a record whose length does not land on a record start (or the end
   * of the file) is reported and skipped, and reading goes on from the next record start, so one
   * lying length loses one record, never the ones after it.
   */
  private void readByBoundaries(Path file, String path, DocumentSink sink, ProblemListener problems)
      throws IOException {
    long[] starts = recordStarts(file);
    long size = Files.size(file);
    if (starts.length == 0) {
      problems.onProblem(
          new Problem(path, "not a WARC file (no record starts with WARC/1.x)", true));
      return;
    }
    if (starts[0] > 0) {
      problems.onProblem(
          new Problem(path, starts[0] + " bytes before the first WARC record were skipped", false));
    }
    int n = 0;
    int htmlRecords = 0;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(channel)) {
      reader.onWarning(w -> {});
      int i = 0;
      while (i < starts.length) {
        long start = starts[i];
        n++;
        String where = path + "#" + n;
        long end = declaredEnd(channel, start);
        int next = nextStart(starts, i, end, size, channel);
        if (end < 0 || next < 0) {
          int following = i + 1;
          String what;
          if (end < 0) {
            what = "malformed WARC header (no Content-Length or no blank line)";
          } else if (following == starts.length && end > size) {
            what = "truncated WARC record (unexpected end of file)";
          } else {
            what =
                "Content-Length does not match the record's end (the next record starts at byte "
                    + (following < starts.length ? starts[following] : size)
                    + ")";
          }
          problems.onProblem(
              new Problem(
                  where,
                  following < starts.length
                      ? what + "; record skipped, reading goes on at the next record"
                      : what,
                  true));
          i = following;
          continue;
        }
        i = next;
        try {
          reader.position(start);
          Optional<WarcRecord> record = reader.next();
          if (record.isPresent() && handle(record.get(), where, sink, problems)) {
            htmlRecords++;
          }
        } catch (CorpusReader.SinkFailure e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          problems.onProblem(
              new Problem(where, "malformed WARC record: " + CorpusReader.describe(e), true));
        }
      }
    }
    if (htmlRecords == 0 && n > 0) {
      problems.onProblem(
          new Problem(path, "no HTML response records among " + n + " records", false));
    }
  }

  /** Offsets of lines that start with {@code WARC/1.}: where records may begin. */
  static long[] recordStarts(Path file) throws IOException {
    long[] out = new long[16];
    int count = 0;
    byte[] magic = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
      long offset = 0;
      int matched = 0; // bytes of magic matched at a line start
      boolean lineStart = true;
      int b;
      while ((b = in.read()) >= 0) {
        if (matched > 0 || lineStart) {
          if (b == magic[matched]) {
            matched++;
            if (matched == magic.length) {
              if (count == out.length) {
                out = java.util.Arrays.copyOf(out, count * 2);
              }
              out[count++] = offset - magic.length + 1;
              matched = 0;
            }
          } else {
            matched = 0;
          }
        }
        lineStart = b == '\n';
        offset++;
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /** Where the record at {@code start} ends by its own headers, or -1 when they are unreadable. */
  private static long declaredEnd(FileChannel channel, long start) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(MAX_HEADER_BYTES);
    int total = 0;
    while (buf.hasRemaining()) {
      int r = channel.read(buf, start + total);
      if (r <= 0) {
        break;
      }
      total += r;
    }
    String head = new String(buf.array(), 0, total, StandardCharsets.ISO_8859_1);
    int blank = head.indexOf("\r\n\r\n");
    int sep = 4;
    if (blank < 0) {
      blank = head.indexOf("\n\n");
      sep = 2;
    }
    if (blank < 0) {
      return -1;
    }
    long length = -1;
    for (String line : head.substring(0, blank).split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
        try {
          length = Long.parseLong(line.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    if (length < 0) {
      return -1;
    }
    return start + blank + sep + length;
  }

  /**
   * The index of the record start where the record ending at {@code end} leaves off (its block
   * followed by the blank line that closes a record), {@code starts.length} when that is the end of
   * the file, or -1 when the length lands anywhere else.
   */
  private static int nextStart(long[] starts, int i, long end, long size, FileChannel channel)
      throws IOException {
    if (end < 0 || end > size) {
      return -1;
    }
    int j = java.util.Arrays.binarySearch(starts, i + 1, starts.length, end);
    int candidate = j >= 0 ? j : -j - 1;
    long limit = candidate < starts.length ? starts[candidate] : size;
    if (limit - end > TRAILER_SLACK || !onlyLineEnds(channel, end, limit)) {
      return -1;
    }
    return candidate;
  }

  private static boolean onlyLineEnds(FileChannel channel, long from, long to) throws IOException {
    if (to <= from) {
      return true;
    }
    ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
    channel.read(buf, from);
    for (int k = 0; k < buf.position(); k++) {
      byte b = buf.get(k);
      if (b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  /** Reads a gzip WARC in order; a malformed record ends the file with one problem. */
  private void readSequentially(Path file, String path, DocumentSink sink, ProblemListener problems)
      throws IOException {
    int n = 0;
    int htmlRecords = 0;
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(w -> {});
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (EOFException e) {
          problems.onProblem(
              new Problem(
                  path + "#" + (n + 1), "truncated WARC record (unexpected end of file)", true));
          return;
        } catch (IOException | RuntimeException e) {
          problems.onProblem(
              new Problem(
                  path + "#" + (n + 1),
                  "malformed WARC record: "
                      + CorpusReader.describe(e)
                      + "; the rest of the file"
                      + " is skipped",
                  true));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        n++;
        String where = path + "#" + n;
        try {
          if (handle(next.get(), where, sink, problems)) {
            htmlRecords++;
          }
        } catch (EOFException e) {
          problems.onProblem(
              new Problem(where, "truncated WARC record (unexpected end of file)", true));
          return;
        } catch (CorpusReader.SinkFailure e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          problems.onProblem(
              new Problem(where, "malformed WARC record: " + CorpusReader.describe(e), true));
        }
      }
    } catch (CorpusReader.SinkFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      problems.onProblem(
          new Problem(path, "not a readable WARC file: " + CorpusReader.describe(e), true));
      return;
    }
    if (htmlRecords == 0 && n > 0) {
      problems.onProblem(
          new Problem(path, "no HTML response records among " + n + " records", false));
    }
  }

  /** Passes on a response or resource record with an HTML body; returns whether it did. */
  private boolean handle(
      WarcRecord record, String where, DocumentSink sink, ProblemListener problems)
      throws IOException {
    if (record instanceof WarcResponse) {
      WarcResponse response = (WarcResponse) record;
      MediaType block = response.contentType().base();
      if (block.equals(MediaType.HTTP_RESPONSE) || block.equals(MediaType.HTTP)) {
        HttpResponse http = response.http();
        InputStream body = http.bodyDecoded().stream();
        return emit(where, http.contentType(), body, response.target(), sink, problems);
      }
    } else if (record instanceof WarcResource) {
      WarcResource resource = (WarcResource) record;
      InputStream body = resource.body().stream();
      return emit(where, resource.contentType(), body, resource.target(), sink, problems);
    }
    return false;
  }

  /** Passes on an HTML body as a document; returns whether it was HTML and readable. */
  private boolean emit(
      String where,
      MediaType type,
      InputStream body,
      String target,
      DocumentSink sink,
      ProblemListener problems)
      throws IOException {
    if (!isHtml(type.base().toString().toLowerCase(Locale.ROOT))) {
      return false;
    }
    byte[] bytes = readBody(body, where, problems);
    if (bytes == null) {
      return false;
    }
    RawDocument page;
    try {
      page = SingleDocuments.html(where, InputKind.WARC, bytes, type.raw(), target, problems);
    } catch (InputFormatException e) {
      problems.onProblem(new Problem(where, e.getMessage() + "; record skipped", true));
      return false;
    }
    sink.accept(page);
    return true;
  }

  private byte[] readBody(InputStream in, String where, ProblemListener problems)
      throws IOException {
    try (in) {
      byte[] body = BoundedBytes.readAll(in, limits.maxDocumentBytes());
      if (body.length == 0) {
        problems.onProblem(new Problem(where, "empty HTML body", true));
        return null;
      }
      return body;
    } catch (InputFormatException e) {
      if (e.getMessage().startsWith("truncated")) {
        throw new EOFException(e.getMessage());
      }
      problems.onProblem(new Problem(where, e.getMessage(), true));
      return null;
    }
  }

  private static boolean isHtml(String type) {
    return type.equals("text/html") || type.equals("application/xhtml+xml");
  }
}
