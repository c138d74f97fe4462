package io.corroborate.ingest;

import io.corroborate.model.InputKind;

/** Builds documents from the bytes of one text or HTML file, reporting decoding warnings. */
final class SingleDocuments {

  private SingleDocuments() {}

  static RawDocument text(String source, byte[] bytes, ProblemListener problems)
      throws InputFormatException {
    Decoded d = TextDecoder.decodeText(bytes);
    warn(source, d, problems);
    return RawDocument.of(source, InputKind.TEXT, d.text());
  }

  static RawDocument html(
      String source, byte[] bytes, String contentType, String url, ProblemListener problems)
      throws InputFormatException {
    return html(source, InputKind.HTML, bytes, contentType, url, problems);
  }

  static RawDocument html(
      String source,
      InputKind kind,
      byte[] bytes,
      String contentType,
      String url,
      ProblemListener problems)
      throws InputFormatException {
    Decoded d = TextDecoder.decodeHtml(bytes, contentType);
    warn(source, d, problems);
    return RawDocument.of(source, kind, d.text()).withUrl(url);
  }

  private static void warn(String source, Decoded d, ProblemListener problems) {
    if (d.warning() != null) {
      problems.onProblem(new Problem(source, d.warning(), false));
    }
  }
}
