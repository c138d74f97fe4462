package io.corroborate.claims.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotes by their marks: straight and curly double quotes, guillemets and low-9 marks; single
 * marks only in texts that use no double marks (British style). A quote opened and not closed in
 * its paragraph continues when the next paragraph opens with a mark (the convention for quotes over
 * several paragraphs); otherwise it ends with the paragraph. Work is linear in the text.
 */
final class QuoteMarks {

  /** Longest run of paragraphs one quote may span. */
  static final int MAX_PARAGRAPHS = 8;

  private enum Kind {
    OPEN,
    CLOSE,
    EITHER
  }

  private record Mark(int pos, int length, Kind kind) {}

  private QuoteMarks() {}

  /** The quotes of a body, given its paragraphs. */
  static List<MarkedQuote> find(String body, List<int[]> paragraphs) {
    boolean doubles = hasDoubleMarks(body);
    List<MarkedQuote> out = new ArrayList<>();
    List<MarkedQuote.Segment> open = null;
    int openStart = -1;
    int openMark = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      List<Mark> marks = doubles ? doubleMarks(body, ps, pe) : singleMarks(body, ps, pe);
      int m = 0;
      if (open != null) {
        // a continued quote: this paragraph must open with a mark
        if (!marks.isEmpty() && marks.get(0).pos() == ps && marks.get(0).kind() != Kind.CLOSE) {
          openMark = -1;
          openStart = ps + marks.get(0).length();
          m = 1;
        } else {
          out.add(new MarkedQuote(open, false));
          open = null;
        }
      }
      boolean inside = open != null;
      if (!inside) {
        openStart = -1;
      }
      for (; m < marks.size(); m++) {
        Mark k = marks.get(m);
        if (!inside) {
          if (k.kind() != Kind.CLOSE) {
            inside = true;
            openMark = k.pos();
            openStart = k.pos() + k.length();
            open = new ArrayList<>();
          }
        } else if (k.kind() != Kind.OPEN) {
          if (k.pos() > openStart || !open.isEmpty()) {
            open.add(new MarkedQuote.Segment(openMark, openStart, k.pos(), k.pos(), p));
            out.add(new MarkedQuote(open, true));
          }
          open = null;
          inside = false;
        } else if (sentenceEndBetween(body, openStart, k.pos())) {
          // an opening mark inside a quote after a full sentence: the earlier mark was never
          // closed; end it here and start again
          int end = trimEnd(body, openStart, k.pos());
          if (end > openStart) {
            open.add(new MarkedQuote.Segment(openMark, openStart, end, -1, p));
            out.add(new MarkedQuote(open, false));
          }
          openMark = k.pos();
          openStart = k.pos() + k.length();
          open = new ArrayList<>();
        }
      }
      if (inside) {
        int end = trimEnd(body, openStart, pe);
        if (end > openStart) {
          open.add(new MarkedQuote.Segment(openMark, openStart, end, -1, p));
        }
        boolean continues =
            p + 1 < paragraphs.size()
                && open.size() < MAX_PARAGRAPHS
                && opensWithMark(body, paragraphs.get(p + 1)[0], doubles);
        if (!continues) {
          if (!open.isEmpty()) {
            out.add(new MarkedQuote(open, false));
          }
          open = null;
        }
      }
    }
    if (open != null && !open.isEmpty()) {
      out.add(new MarkedQuote(open, false));
    }
    return out;
  }

  private static boolean opensWithMark(String body, int pos, boolean doubles) {
    if (pos >= body.length()) {
      return false;
    }
    char c = body.charAt(pos);
    if (doubles) {
      return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab';
    }
    return c == '\'' || c == '\u2018';
  }

  private static boolean hasDoubleMarks(String body) {
    for (int i = 0; i < body.length(); i++) {
      if (isDoubleMark(body.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a character is a double quote mark of any style: straight, curly, low, guillemet. */
  static boolean isDoubleMark(char c) {
    return c == '"'
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u201e'
        || c == '\u00ab'
        || c == '\u00bb';
  }

  private static List<Mark> doubleMarks(String s, int from, int to) {
    List<Mark> marks = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u201c', '\u201e' -> marks.add(new Mark(i, 1, curly(s, i, from, to, Kind.OPEN)));
        case '\u201d' -> marks.add(new Mark(i, 1, curly(s, i, from, to, Kind.CLOSE)));
        case '\u00ab' -> marks.add(new Mark(i, 1, Kind.OPEN));
        case '\u00bb' -> marks.add(new Mark(i, 1, Kind.CLOSE));
        case '"' -> {
          Kind k = straight(s, i, from, to);
          if (k != null) {
            marks.add(new Mark(i, 1, k));
          }
        }
        default -> {}
      }
    }
    return marks;
  }

  /** A curly mark keeps its kind unless its surroundings say clearly the opposite. */
  private static Kind curly(String s, int i, int from, int to, Kind kind) {
    boolean openish = openContext(s, i, from);
    boolean closeish = closeContext(s, i, to);
    if (kind == Kind.OPEN && closeish && !openish) {
      return Kind.EITHER;
    }
    if (kind == Kind.CLOSE && openish && !closeish) {
      return Kind.EITHER;
    }
    return kind;
  }

  private static Kind straight(String s, int i, int from, int to) {
    boolean openish = openContext(s, i, from);
    boolean closeish = closeContext(s, i, to);
    if (openish && !closeish) {
      return Kind.OPEN;
    }
    if (closeish && !openish) {
      return Kind.CLOSE;
    }
    if (!openish && !closeish) {
      // between two letters or digits (an inch mark, 5"8): not a quote mark
      boolean before = i > from && Character.isLetterOrDigit(s.charAt(i - 1));
      boolean after = i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1));
      if (before && after) {
        return null;
      }
    }
    return Kind.EITHER;
  }

  private static boolean openContext(String s, int i, int from) {
    if (i == from) {
      return true;
    }
    char p = s.charAt(i - 1);
    return Character.isWhitespace(p) || "([{\u2014\u2013-/:\u2018'".indexOf(p) >= 0;
  }

  private static boolean closeContext(String s, int i, int to) {
    if (i + 1 >= to) {
      return true;
    }
    char n = s.charAt(i + 1);
    return Character.isWhitespace(n) || ".,;:!?)]}\u2014\u2013-\u2019'\u2026".indexOf(n) >= 0;
  }

  private static List<Mark> singleMarks(String s, int from, int to) {
    List<Mark> marks = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != '\'' && c != '\u2018' && c != '\u2019') {
        continue;
      }
      boolean before = i > from && Character.isLetterOrDigit(s.charAt(i - 1));
      boolean after = i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1));
      if (before && after) {
        continue; // an apostrophe: don't, O'Brien
      }
      boolean openish = openContext(s, i, from) && after;
      boolean closeish = closeContext(s, i, to) && !after;
      if (c == '\u2018' && openish) {
        marks.add(new Mark(i, 1, Kind.OPEN));
      } else if (openish && c == '\'') {
        marks.add(new Mark(i, 1, Kind.OPEN));
      } else if (closeish && (i > from && !Character.isWhitespace(s.charAt(i - 1)))) {
        marks.add(new Mark(i, 1, Kind.CLOSE));
      }
    }
    // a single-quoted quote needs both marks: drop closing marks with no opener (plural
    // possessives such as "soldiers'")
    List<Mark> paired = new ArrayList<>();
    Mark pending = null;
    for (Mark m : marks) {
      if (m.kind() == Kind.OPEN) {
        pending = m;
      } else if (pending != null) {
        paired.add(pending);
        paired.add(m);
        pending = null;
      }
    }
    return paired;
  }

  private static boolean sentenceEndBetween(String s, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static int trimEnd(String s, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
