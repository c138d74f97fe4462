package io.corroborate.ingest;

import io.corroborate.model.InputKind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files (plain or gzip, as jwarc detects): each response or resource record with an HTML
 * body becomes a document named {@code PATH#N}, N being the record's position in the file from 1. A
 * truncated or malformed record ends the file with one problem; earlier records are kept.
 */
final class WarcFileReader {

  private final InputLimits limits;

  WarcFileReader(InputLimits limits) {
    this.limits = limits;
  }

  void read(Path file, String path, DocumentSink sink, ProblemListener problems)
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
                  "malformed WARC record: " + CorpusReader.describe(e),
                  true));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        n++;
        String where = path + "#" + n;
        WarcRecord record = next.get();
        try {
          if (record instanceof WarcResponse) {
            WarcResponse response = (WarcResponse) record;
            MediaType block = response.contentType().base();
            if (block.equals(MediaType.HTTP_RESPONSE) || block.equals(MediaType.HTTP)) {
              HttpResponse http = response.http();
              InputStream body = http.bodyDecoded().stream();
              if (emit(where, http.contentType(), body, response.target(), sink, problems)) {
                htmlRecords++;
              }
            }
          } else if (record instanceof WarcResource) {
            WarcResource resource = (WarcResource) record;
            InputStream body = resource.body().stream();
            if (emit(where, resource.contentType(), body, resource.target(), sink, problems)) {
              htmlRecords++;
            }
          }
        } catch (EOFException e) {
          problems.onProblem(
              new Problem(where, "truncated WARC record (unexpected end of file)", true));
          return;
        } catch (IOException | RuntimeException e) {
          problems.onProblem(
              new Problem(where, "malformed WARC record: " + CorpusReader.describe(e), true));
        }
      }
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
    sink.accept(SingleDocuments.html(where, InputKind.WARC, bytes, type.raw(), target, problems));
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
