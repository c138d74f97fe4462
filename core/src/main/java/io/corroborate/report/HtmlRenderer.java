package io.corroborate.report;

import io.corroborate.model.AlignedPassage;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Event;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.InputKind;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.QuoteMention;
import io.corroborate.model.Story;
import java.util.List;
import java.util.Locale;

/**
 * Renders a dossier as one self-contained HTML page (no scripts, no external resources). Every
 * piece of article text is escaped; nothing from a document becomes markup or a fetched link.
 * Stateless and thread-safe.
 */
public final class HtmlRenderer {

  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}"
          + "h1{font-size:1.6rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}"
          + "table{border-collapse:collapse;width:100%;margin:.5rem 0}"
          + "th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}"
          + "th{background:#f5f5f5}.muted{color:#777}.conflict{background:#fff0f0;color:#a00;font-weight:600}"
          + ".pair td{width:50%}.pair mark{background:#fff3b0}details{margin:.3rem 0}"
          + "summary{cursor:pointer}.body{white-space:pre-wrap;background:#fafafa;padding:.5rem;border:1px solid #eee}"
          + ".tag{display:inline-block;padding:0 .4rem;border-radius:.3rem;background:#eef;font-size:.85em}"
          + "mark{background:#fff3b0}"
          + "h4{margin:1rem 0 .3rem}.quotes>li{margin:.4rem 0}.body mark{background:#fff3b0}";

  private HtmlRenderer() {}

  /** The dossier as an HTML page. */
  public static String render(Dossier dossier) {
    DossierView v = new DossierView(dossier);
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>Corroborate dossier</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>Corroborate dossier</h1>\n<p class=\"muted\">")
        .append(dossier.articles().size())
        .append(DossierView.plural(dossier.articles().size(), " article, ", " articles, "))
        .append(dossier.stories().size())
        .append(DossierView.plural(dossier.stories().size(), " story", " stories"))
        .append("</p>\n");
    int n = 0;
    for (Story s : dossier.stories()) {
      story(h, v, s, ++n);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void story(StringBuilder h, DossierView v, Story s, int n) {
    h.append("<section class=\"story\" id=\"")
        .append(esc(s.id()))
        .append("\">\n<h2>")
        .append(n)
        .append(". ")
        .append(esc(s.title() == null ? "Untitled story" : s.title()))
        .append("</h2>\n");
    String range = v.dateRange(s);
    h.append("<p class=\"muted\">")
        .append(s.articleIds().size())
        .append(" articles from ")
        .append(v.outlets(s).size())
        .append(" outlets")
        .append(range == null ? "" : ", " + esc(range))
        .append("</p>\n");

    h.append(
        "<h3>Articles</h3>\n<table><tr><th>Outlet</th><th>Published</th><th>Title</th><th>Source</th></tr>\n");
    for (Article a : v.articles(s)) {
      h.append("<tr id=\"")
          .append(esc(a.id()))
          .append("\"><td>")
          .append(esc(DossierView.outlet(a)))
          .append("</td><td>")
          .append(a.published() == null ? "" : esc(a.published().toString()))
          .append("</td><td><details><summary>")
          .append(esc(a.title() == null ? "(no title)" : a.title()))
          .append("</summary><div class=\"body\">")
          .append(bodyWithAnchors(a, s))
          .append("</div></details></td><td>")
          .append(esc(a.source()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    if (!s.events().isEmpty()) {
      h.append("<h3>Events</h3>\n<ul>\n");
      for (Event e : s.events()) {
        h.append("<li><strong>")
            .append(esc(e.title() == null ? e.id() : e.title()))
            .append("</strong>");
        if (e.date() != null) {
          h.append(" <span class=\"muted\">").append(esc(e.date().toString())).append("</span>");
        }
        h.append(" <span class=\"muted\">(")
            .append(e.date() == null ? "date unknown; " : "")
            .append(e.articleIds().size())
            .append(e.articleIds().size() == 1 ? " article)" : " articles)")
            .append("</span>\n<ul>");
        for (Article a : v.articles(e)) {
          h.append("<li><a href=\"#")
              .append(esc(a.id()))
              .append("\">")
              .append(esc(DossierView.outlet(a)))
              .append("</a>, ")
              .append(a.published() == null ? "undated" : esc(a.published().date().toString()))
              .append(": ")
              .append(esc(a.title() == null ? "(no title)" : a.title()))
              .append("</li>");
        }
        h.append("</ul></li>\n");
      }
      h.append("</ul>\n");
    }

    copies(h, v, s);

    keyFigures(h, v, s);

    h.append("<h3>Quotes</h3>\n");
    if (s.quotes().isEmpty()) {
      h.append("<p class=\"muted\">No quotes grouped for this story.</p>\n");
    } else {
      quotes(h, v, s);
    }
    h.append("</section>\n");
  }

  /**
   * The "who copied whom" section: a summary of the independent sources phase 3 counted, the copy
   * table, and for each copy its aligned passages side by side with the source's, the shared text
   * marked.
   */
  /** Quotes by speaker; each mention links to its sentence in the article's body. */
  private static void quotes(StringBuilder h, DossierView v, Story s) {
    String current = null;
    boolean open = false;
    for (QuoteGroup q : s.quotes()) {
      String speaker = q.speaker() == null ? "" : q.speaker();
      if (!open || !speaker.equals(current)) {
        if (open) {
          h.append("</ul>\n");
        }
        h.append("<h4>")
            .append(q.speaker() == null ? "Unattributed" : esc(q.speaker()))
            .append(
                q.role() == null || q.speaker() == null
                    ? ""
                    : " <span class=\"muted\">" + esc(q.role()) + "</span>")
            .append("</h4>\n<ul class=\"quotes\">\n");
        current = speaker;
        open = true;
      }
      h.append("<li>")
          .append(
              q.direct()
                  ? "<q>" + esc(q.text()) + "</q>"
                  : esc(q.text()) + " <span class=\"tag\">reported</span>")
          .append(q.speaker() == null && q.role() != null ? " \u2014 " + esc(q.role()) : "")
          .append(" <span class=\"muted\">(")
          .append(q.articleIds().size())
          .append(q.articleIds().size() == 1 ? " article, " : " articles, ")
          .append(q.independentSources())
          .append(" independent)</span><ul>");
      for (QuoteMention m : q.mentions()) {
        h.append("<li><a href=\"#")
            .append(esc(anchor(m.articleId(), m.sentenceStart())))
            .append("\">")
            .append(esc(v.label(m.articleId())))
            .append("</a>");
        if (m.speaker() != null || m.verb() != null) {
          h.append(" <span class=\"muted\">(")
              .append(m.speaker() == null ? "no speaker named" : esc(m.speaker()))
              .append(m.verb() == null ? "" : ", " + esc(m.verb()))
              .append(")</span>");
        }
        h.append(": ").append(esc(m.sentence())).append("</li>");
      }
      h.append("</ul></li>\n");
    }
    if (open) {
      h.append("</ul>\n");
    }
  }

  /** The id of the anchor on a quote's sentence in an article's body. */
  static String anchor(String articleId, int sentenceStart) {
    return "q-" + articleId.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + sentenceStart;
  }

  /**
   * The escaped body with each quoted sentence of the story marked and given an anchor. Sentence
   * spans index the text; the body position of a text position is found by bisection (the body map
   * is monotone).
   */
  private static String bodyWithAnchors(Article a, Story s) {
    java.util.TreeMap<Integer, int[]> marks = new java.util.TreeMap<>();
    for (QuoteGroup q : s.quotes()) {
      for (QuoteMention m : q.mentions()) {
        if (!m.articleId().equals(a.id())) {
          continue;
        }
        int bs = bodyPosition(a, m.sentenceStart());
        int be = Math.max(bs, bodyPosition(a, m.sentenceEnd()));
        marks.putIfAbsent(bs, new int[] {be, m.sentenceStart()});
      }
    }
    String body = a.body();
    StringBuilder out = new StringBuilder(body.length() + 64 * marks.size());
    int pos = 0;
    for (java.util.Map.Entry<Integer, int[]> e : marks.entrySet()) {
      int start = e.getKey();
      int end = Math.min(e.getValue()[0], body.length());
      if (start < pos || start >= end) {
        continue; // overlapping sentences: the first one carries the mark
      }
      out.append(esc(body.substring(pos, start)))
          .append("<mark id=\"")
          .append(esc(anchor(a.id(), e.getValue()[1])))
          .append("\">")
          .append(esc(body.substring(start, end)))
          .append("</mark>");
      pos = end;
    }
    out.append(esc(body.substring(pos)));
    return out.toString();
  }

  /** The first body position whose text position is at or after {@code textPos}. */
  private static int bodyPosition(Article a, int textPos) {
    int lo = 0;
    int hi = a.body().length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a.bodyMap().toOriginal(mid) < textPos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void copies(StringBuilder h, DossierView v, Story s) {
    h.append("<h3>Who copied whom</h3>\n");
    if (s.provenance().isEmpty()) {
      h.append("<p class=\"muted\">Copy detection has not run on this story.</p>\n");
      return;
    }
    int sources = s.independentSources();
    h.append("<p>")
        .append(s.articleIds().size())
        .append(s.articleIds().size() == 1 ? " article stands" : " articles stand")
        .append(" for <strong>")
        .append(sources)
        .append(sources == 1 ? " independent source" : " independent sources")
        .append("</strong>.</p>\n");
    h.append(
        "<table><tr><th>Article</th><th>Relation</th><th>Copies</th><th>Origin</th><th>Credits</th><th>Similarity</th></tr>\n");
    for (CopyLink c : s.provenance()) {
      h.append("<tr><td><a href=\"#")
          .append(esc(c.articleId()))
          .append("\">")
          .append(esc(v.label(c.articleId())))
          .append("</a></td><td><span class=\"tag\">")
          .append(c.relation().label())
          .append("</span></td><td>")
          .append(c.derivedFrom() == null ? "" : esc(v.label(c.derivedFrom())))
          .append("</td><td>")
          .append(esc(v.origin(c.origin())))
          .append("</td><td>")
          .append(c.creditedTo() == null ? "" : esc(c.creditedTo()))
          .append("</td><td>")
          .append(c.derivedFrom() == null ? "" : String.format(Locale.ROOT, "%.2f", c.similarity()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    for (CopyLink c : s.provenance()) {
      if (c.derivedFrom() == null || c.evidence().isEmpty()) {
        continue;
      }
      Article copy = v.byId.get(c.articleId());
      Article from = v.byId.get(c.derivedFrom());
      if (copy == null || from == null) {
        continue;
      }
      h.append("<details><summary>")
          .append(esc(v.label(c.articleId())))
          .append(" \u2190 ")
          .append(esc(v.label(c.derivedFrom())))
          .append(" <span class=\"tag\">")
          .append(c.relation().label())
          .append("</span> (")
          .append(c.evidence().size())
          .append(c.evidence().size() == 1 ? " aligned passage" : " aligned passages")
          .append(")</summary>\n<table class=\"pair\"><tr><th>")
          .append(esc(v.label(c.articleId())))
          .append("</th><th>")
          .append(esc(v.label(c.derivedFrom())))
          .append("</th></tr>\n");
      for (AlignedPassage p : c.evidence()) {
        h.append("<tr><td>")
            .append(marked(copy, p.start(), p.end()))
            .append("</td><td>")
            .append(marked(from, p.fromStart(), p.fromEnd()))
            .append("</td></tr>\n");
      }
      h.append("</table></details>\n");
    }
  }

  /** A passage, marked, with a little of the text around it. */
  private static String marked(Article a, int start, int end) {
    String t = a.text();
    int before = Math.max(0, Math.min(start, t.length()) - 120);
    int after = Math.min(t.length(), Math.max(end, 0) + 120);
    if (a.kind() != InputKind.TEXT && a.kind() != InputKind.JSON_TEXT) {
      // context of a web page stops at markup, so that no half tag shows
      int tag = t.lastIndexOf('>', Math.max(0, start - 1));
      before = Math.max(before, tag >= before ? tag + 1 : start);
      int open = t.indexOf('<', Math.min(end, t.length()));
      after = Math.min(after, open >= 0 && open < after ? open : end);
      before = Math.min(before, start);
      after = Math.max(after, end);
    }
    String pre = DossierView.plain(a, before, start, 400);
    String post = DossierView.plain(a, end, after, 400);
    return "<span class=\"muted\">"
        + (before > 0 ? "\u2026" : "")
        + esc(pre)
        + "</span> <mark>"
        + esc(DossierView.plain(a, start, end, 4000))
        + "</mark> <span class=\"muted\">"
        + esc(post)
        + (after < a.text().length() ? "\u2026" : "")
        + "</span>";
  }

  private static void keyFigures(StringBuilder h, DossierView v, Story s) {
    h.append("<h3>Key figures</h3>\n");
    if (s.figures().isEmpty()) {
      h.append("<p class=\"muted\">No figures reconciled for this story.</p>\n");
      return;
    }
    List<FigureGroup> shared = FigureView.shared(s.figures());
    List<FigureGroup> single = FigureView.single(s.figures());
    if (shared.isEmpty()) {
      h.append("<p class=\"muted\">No figure is stated by more than one article.</p>\n");
    } else {
      h.append(
          "<table><tr><th>About</th><th>Values</th><th>Range</th><th>Who claims what</th>"
              + "<th>Independent sources</th><th>Claimants</th><th>Status</th></tr>\n");
      int n = 0;
      for (FigureGroup g : shared) {
        n++;
        String gid = s.id() + "-fig" + n;
        h.append(g.conflicting() ? "<tr class=\"conflict\">" : "<tr>")
            .append("<td><a href=\"#")
            .append(esc(gid))
            .append("\">")
            .append(esc(g.about()))
            .append("</a></td><td>");
        int k = 0;
        for (FigureMention m : g.mentions()) {
          k++;
          if (k > 1) {
            h.append(", ");
          }
          h.append("<a href=\"#")
              .append(esc(gid + "-" + k))
              .append("\">")
              .append(esc(FigureView.value(m)))
              .append("</a>");
        }
        h.append("</td><td>")
            .append(esc(FigureView.range(g)))
            .append("</td><td>")
            .append(esc(FigureView.claims(g)))
            .append("</td><td>")
            .append(g.independentSources())
            .append("</td><td>")
            .append(g.independentClaimants())
            .append("</td><td>")
            .append(esc(FigureView.status(g)))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
      n = 0;
      for (FigureGroup g : shared) {
        n++;
        String gid = s.id() + "-fig" + n;
        h.append("<details open id=\"")
            .append(esc(gid))
            .append("\"><summary>")
            .append(esc(g.about()))
            .append(" \u2014 ")
            .append(esc(FigureView.values(g)))
            .append(g.conflicting() ? " <span class=\"tag conflict\">conflicting</span>" : "")
            .append("</summary>\n<ol>\n");
        int k = 0;
        for (FigureMention m : g.mentions()) {
          k++;
          h.append("<li id=\"")
              .append(esc(gid + "-" + k))
              .append("\"><strong>")
              .append(esc(FigureView.value(m)))
              .append("</strong>")
              .append(m.update() ? " <span class=\"tag\">update</span>" : "")
              .append(m.hedged() ? " <span class=\"tag\">hedged</span>" : "")
              .append(" \u2014 <a href=\"#")
              .append(esc(m.articleId()))
              .append("\">")
              .append(esc(v.label(m.articleId())))
              .append("</a>")
              .append(m.claimant() == null ? "" : ", per " + esc(m.claimant()))
              .append(m.timeScope() == null ? "" : ", " + esc(m.timeScope()))
              .append(": <q>");
          sentence(h, v.byId.get(m.articleId()), m);
          h.append("</q> <span class=\"muted\">")
              .append(esc(FigureView.where(m, v.byId.get(m.articleId()))))
              .append("</span></li>\n");
        }
        h.append("</ol>\n");
        if (!g.updates().isEmpty()) {
          h.append("<p>Updates in date order: ")
              .append(esc(FigureView.updates(g, v)))
              .append("</p>\n");
        }
        h.append("</details>\n");
      }
    }
    if (!single.isEmpty()) {
      h.append("<details><summary>Stated by one article only (")
          .append(single.size())
          .append(")</summary>\n<ul>\n");
      int shown = 0;
      for (FigureGroup g : single) {
        if (shown == FigureView.MAX_SINGLES) {
          h.append("<li>\u2026 and ").append(single.size() - shown).append(" more</li>\n");
          break;
        }
        shown++;
        FigureMention m = g.mentions().get(0);
        h.append("<li><strong>")
            .append(esc(FigureView.value(m)))
            .append("</strong>")
            .append(m.counts() == null ? "" : " " + esc(m.counts()))
            .append(" \u2014 <a href=\"#")
            .append(esc(m.articleId()))
            .append("\">")
            .append(esc(v.label(m.articleId())))
            .append("</a>: <q>");
        sentence(h, v.byId.get(m.articleId()), m);
        h.append("</q></li>\n");
      }
      h.append("</ul></details>\n");
    }
  }

  /** The mention's sentence, the figure's words marked. */
  private static void sentence(StringBuilder h, Article a, FigureMention m) {
    String sentence = m.sentence() == null ? "" : m.sentence();
    String words = m.text() == null ? "" : collapse(m.text()).strip();
    int at = words.isEmpty() ? -1 : sentence.indexOf(words);
    if (at < 0) {
      h.append(esc(sentence));
      return;
    }
    h.append(esc(sentence.substring(0, at)))
        .append("<mark>")
        .append(esc(words))
        .append("</mark>")
        .append(esc(sentence.substring(at + words.length())));
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
