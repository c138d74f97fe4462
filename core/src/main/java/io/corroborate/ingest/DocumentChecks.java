package io.corroborate.ingest;

import io.corroborate.model.InputKind;
import io.corroborate.util.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every document passes when it leaves the reader, whatever container it came in:
 * unpaired surrogates (from JSON escapes such as {@code \ud800}) become U+FFFD, which keeps every
 * offset; markup over the element limit is cut before the first element past it (a prefix, so
 * offsets stay valid); markup nested deeper than the parser keeps is reported. Each change is one
 * warning naming the document. Stateless.
 */
final class DocumentChecks {

  private static final WordLists WORDS =
      WordLists.read(DocumentChecks.class, "document-checks.txt");

  /** Elements that hold no content, or that the parser closes by itself: they add no depth. */
  private static final Set<String> NO_DEPTH = WORDS.get("no-depth");

  private DocumentChecks() {}

  /**
   * The document after the checks.
   *
   * @param file the file it came from, named in problems when the source does not start with it
   */
  static RawDocument check(
      RawDocument doc, String file, InputLimits limits, ProblemListener problems) {
    int[] replaced = {0};
    String content = fixSurrogates(doc.content(), replaced);
    RawDocument out =
        replaced[0] == 0 && noneInMetadata(doc) && !hasLone(doc.source())
            ? doc
            : new RawDocument(
                fixSurrogates(doc.source(), new int[1]),
                doc.kind(),
                content,
                fixSurrogates(doc.url(), replaced),
                fixSurrogates(doc.id(), replaced),
                fixSurrogates(doc.title(), replaced),
                fixSurrogates(doc.published(), replaced),
                fixSurrogates(doc.outlet(), replaced),
                fixSurrogates(doc.byline(), replaced),
                fixSurrogates(doc.language(), replaced));
    String where = out.source().startsWith(file) ? out.source() : file + " (" + out.source() + ")";
    if (replaced[0] > 0) {
      problems.onProblem(
          new Problem(
              where,
              replaced[0]
                  + (replaced[0] == 1 ? " unpaired surrogate" : " unpaired surrogates")
                  + " replaced with U+FFFD",
              false));
    }
    if (isMarkup(out.kind())) {
      out = boundMarkup(out, where, limits, problems);
    }
    return out;
  }

  private static boolean isMarkup(InputKind kind) {
    return kind == InputKind.HTML
        || kind == InputKind.WARC
        || kind == InputKind.JSON_HTML
        || kind == InputKind.FEED;
  }

  private static boolean noneInMetadata(RawDocument d) {
    return !hasLone(d.url())
        && !hasLone(d.id())
        && !hasLone(d.title())
        && !hasLone(d.published())
        && !hasLone(d.outlet())
        && !hasLone(d.byline())
        && !hasLone(d.language());
  }

  private static boolean hasLone(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The string with each unpaired surrogate replaced by U+FFFD (same length); counts them. */
  static String fixSurrogates(String s, int[] count) {
    if (!hasLone(s)) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c)
          && i + 1 < chars.length
          && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        chars[i] = '\uFFFD';
        count[0]++;
      }
    }
    return new String(chars);
  }

  /**
   * Cuts markup before its first element past the element limit, and reports nesting deeper than
   * the parser keeps. One pass over the markup, no parse.
   */
  private static RawDocument boundMarkup(
      RawDocument doc, String where, InputLimits limits, ProblemListener problems) {
    String html = doc.content();
    int elements = 0;
    int depth = 0;
    int deepest = 0;
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i < n - 1; i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      boolean closing = c == '/';
      int nameStart = closing ? i + 2 : i + 1;
      if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
        continue;
      }
      int nameEnd = nameStart;
      while (nameEnd < n && isNameChar(html.charAt(nameEnd)) && nameEnd - nameStart < 16) {
        nameEnd++;
      }
      String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      if (closing) {
        if (!NO_DEPTH.contains(name) && depth > 0) {
          depth--;
        }
        continue;
      }
      elements++;
      if (elements > limits.maxElementsPerPage()) {
        problems.onProblem(
            new Problem(
                where,
                "more than "
                    + limits.maxElementsPerPage()
                    + " elements (--max-elements-per-page); the page is cut at character "
                    + i
                    + " of "
                    + n,
                false));
        doc =
            new RawDocument(
                doc.source(),
                doc.kind(),
                html.substring(0, i),
                doc.url(),
                doc.id(),
                doc.title(),
                doc.published(),
                doc.outlet(),
                doc.byline(),
                doc.language());
        break;
      }
      if (!NO_DEPTH.contains(name) && !selfClosed(html, nameEnd)) {
        depth++;
        deepest = Math.max(deepest, depth);
      }
    }
    if (deepest > limits.maxNestingDepth()) {
      problems.onProblem(
          new Problem(
              where,
              "markup nested more than "
                  + limits.maxNestingDepth()
                  + " levels deep (--max-nesting-depth); deeper elements are flattened",
              false));
    }
    return doc;
  }

  private static boolean selfClosed(String html, int from) {
    int end = Math.min(html.length(), from + 2048);
    for (int i = from; i < end; i++) {
      char c = html.charAt(i);
      if (c == '>') {
        return html.charAt(i - 1) == '/';
      }
      if (c == '<') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
  }
}
