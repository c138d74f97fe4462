package io.corroborate.web;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.OffsetMap;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.QuoteMention;
import io.corroborate.model.RemovedBlock;
import io.corroborate.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * What the article page shows: the cleaned text in paragraphs, cut into segments that carry the
 * highlights (figures, quotes, copied passages) and the anchors of the sentences the story page
 * links to; the removed furniture; where it came from. Segments are plain text, escaped by the
 * template. Immutable.
 *
 * @param id article id
 * @param title headline, or null
 * @param outlet outlet name
 * @param published date and time in words, or null
 * @param byline author, or null
 * @param language ISO 639-1, or null
 * @param url the original address when it is http(s), else null
 * @param storyId its story, or null
 * @param storyTitle its story's title, or null
 * @param relation how it relates to what it copies
 * @param copyOf the outlet it copies, or null
 * @param copyHref the copy page, or null
 * @param paragraphs the text as published, highlighted
 * @param removed the furniture cleaning took out, in text order
 * @param figures figures highlighted
 * @param quotes quotes highlighted
 * @param copiedChars characters of the body inside copied passages
 */
public record ArticleView(
    String id,
    String title,
    String outlet,
    String published,
    String byline,
    String language,
    String url,
    String storyId,
    String storyTitle,
    String relation,
    String copyOf,
    String copyHref,
    List<List<Segment>> paragraphs,
    List<Removed> removed,
    int figures,
    int quotes,
    int copiedChars) {

  /** Characters of a removed block shown at most. */
  static final int MAX_REMOVED = 2_000;

  /** Highlight bits. */
  static final int FIGURE = 1;

  static final int QUOTE = 2;
  static final int COPIED = 4;

  /**
   * A run of text with one set of highlights.
   *
   * @param text the words
   * @param css the highlight classes, or empty
   * @param anchor the id of a sentence starting here, or null
   * @param note what hovering says, or null
   */
  public record Segment(String text, String css, String anchor, String note) {}

  /**
   * A block of furniture.
   *
   * @param kind what it is
   * @param text its words, shortened
   */
  public record Removed(String kind, String text) {}

  /** The view of an article in its story (the story may be null). */
  public static ArticleView of(Article a, StoryDossier d) {
    Story s = d == null ? null : d.story();
    int n = a.text().length();
    byte[] marks = new byte[n];
    Map<Integer, String> notes = new HashMap<>();
    TreeMap<Integer, String> anchors = new TreeMap<>();
    int figures = 0;
    int quotes = 0;
    CopyLink link = null;
    Map<String, Article> byId = new HashMap<>();
    if (s != null) {
      for (Article other : d.articles()) {
        byId.put(other.id(), other);
      }
      for (FigureGroup g : s.figures()) {
        for (FigureMention m : g.mentions()) {
          if (m.articleId().equals(a.id())) {
            figures++;
            mark(marks, m.start(), m.end(), FIGURE);
            notes.putIfAbsent(m.start(), g.about() + ": " + Words.status(g));
            anchors.put(m.sentenceStart(), "t" + m.sentenceStart());
          }
        }
      }
      for (QuoteGroup q : s.quotes()) {
        for (QuoteMention m : q.mentions()) {
          if (m.articleId().equals(a.id())) {
            quotes++;
            mark(marks, m.start(), m.end(), QUOTE);
            notes.putIfAbsent(
                m.start(), "quote: " + (q.speaker() == null ? "unattributed" : q.speaker()));
            anchors.put(m.sentenceStart(), "t" + m.sentenceStart());
          }
        }
      }
      for (CopyLink l : s.provenance()) {
        if (l.articleId().equals(a.id())) {
          link = l;
          for (var p : l.evidence()) {
            mark(marks, p.start(), p.end(), COPIED);
          }
        }
      }
    }
    List<List<Segment>> paragraphs = paragraphs(a, marks, notes, anchors);
    int copied = 0;
    OffsetMap map = a.bodyMap();
    for (int i = 0; i < a.body().length(); i++) {
      int o = map.toOriginal(i);
      if (o >= 0 && o < n && (marks[o] & COPIED) != 0) {
        copied++;
      }
    }
    List<Removed> removed = new ArrayList<>();
    for (RemovedBlock b : a.removed()) {
      String t = a.text().substring(b.start(), b.end());
      if (a.kind().isMarkup()) {
        t = Jsoup.parseBodyFragment(t).text();
      }
      t = t.replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) {
        removed.add(new Removed(b.kind().label(), StoryView.shorten(t, MAX_REMOVED)));
      }
    }
    StoryView.ArticleRow row = StoryView.row(a, link, byId);
    return new ArticleView(
        a.id(),
        a.title(),
        Outlets.name(a),
        StoryView.when(a),
        a.byline(),
        a.language(),
        Outlets.safeUrl(a.url()),
        s == null ? null : s.id(),
        s == null ? null : s.title(),
        row.relation(),
        row.copyOf(),
        row.copyHref(),
        paragraphs,
        removed,
        figures,
        quotes,
        copied);
  }

  private static void mark(byte[] marks, int start, int end, int bit) {
    for (int i = Math.max(0, start); i < Math.min(end, marks.length); i++) {
      marks[i] |= (byte) bit;
    }
  }

  /** The body in paragraphs (blank lines separate them), cut where highlights or anchors change. */
  private static List<List<Segment>> paragraphs(
      Article a, byte[] marks, Map<Integer, String> notes, TreeMap<Integer, String> anchors) {
    String body = a.body();
    OffsetMap map = a.bodyMap();
    List<List<Segment>> out = new ArrayList<>();
    List<Segment> current = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int runMarks = -1;
    String runAnchor = null;
    String runNote = null;
    int lastOriginal = -1;
    int i = 0;
    while (i < body.length()) {
      // a paragraph break: two or more newlines
      if (body.charAt(i) == '\n') {
        int j = i;
        while (j < body.length() && (body.charAt(j) == '\n' || body.charAt(j) == ' ')) {
          j++;
        }
        if (body.substring(i, j).chars().filter(c -> c == '\n').count() >= 2) {
          flush(current, run, runMarks, runAnchor, runNote);
          run.setLength(0);
          runAnchor = null;
          runNote = null;
          runMarks = -1;
          if (!current.isEmpty()) {
            out.add(List.copyOf(current));
            current.clear();
          }
          i = j;
          continue;
        }
      }
      int o = map.toOriginal(i);
      int m = o >= 0 && o < marks.length ? marks[o] : 0;
      String anchor = null;
      if (o > lastOriginal) {
        Map.Entry<Integer, String> e = anchors.floorEntry(o);
        if (e != null && e.getKey() > lastOriginal) {
          anchor = e.getValue();
        }
        lastOriginal = o;
      }
      String note = notes.get(o);
      if (m != runMarks || anchor != null || (note != null && !note.equals(runNote))) {
        flush(current, run, runMarks, runAnchor, runNote);
        run.setLength(0);
        runMarks = m;
        runAnchor = anchor;
        runNote = m == 0 ? null : note != null ? note : runNote;
      }
      run.append(body.charAt(i));
      i++;
    }
    flush(current, run, runMarks, runAnchor, runNote);
    if (!current.isEmpty()) {
      out.add(List.copyOf(current));
    }
    return out;
  }

  private static void flush(
      List<Segment> into, StringBuilder run, int marks, String anchor, String note) {
    if (run.length() == 0) {
      return;
    }
    List<String> css = new ArrayList<>();
    if ((marks & FIGURE) != 0) {
      css.add("hl-figure");
    }
    if ((marks & QUOTE) != 0) {
      css.add("hl-quote");
    }
    if ((marks & COPIED) != 0 && marks > 0) {
      css.add("hl-copied");
    }
    into.add(new Segment(run.toString(), String.join(" ", css), anchor, marks > 0 ? note : null));
  }
}
