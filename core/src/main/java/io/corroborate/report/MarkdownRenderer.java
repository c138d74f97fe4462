package io.corroborate.report;

import io.corroborate.model.AlignedPassage;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Event;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.QuoteMention;
import io.corroborate.model.Relation;
import io.corroborate.model.Story;
import java.util.List;
import java.util.Locale;

/**
 * Renders a dossier as Markdown: per story its articles, events, copy graph, key figures and
 * quotes. Article text is escaped so that it cannot inject markup. Stateless and thread-safe.
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /** The dossier as Markdown, ending with a newline. */
  public static String render(Dossier dossier) {
    DossierView v = new DossierView(dossier);
    StringBuilder md = new StringBuilder();
    md.append("# Corroborate dossier\n\n");
    long outlets = dossier.articles().stream().map(DossierView::outlet).distinct().count();
    md.append(
        String.format(
            Locale.ROOT,
            "%d %s from %d %s in %d %s.\n",
            dossier.articles().size(),
            plural(dossier.articles().size(), "article", "articles"),
            outlets,
            plural(outlets, "outlet", "outlets"),
            dossier.stories().size(),
            plural(dossier.stories().size(), "story", "stories")));
    int n = 0;
    for (Story s : dossier.stories()) {
      story(md, v, s, ++n);
    }
    return md.toString();
  }

  private static void story(StringBuilder md, DossierView v, Story s, int n) {
    md.append("\n## ")
        .append(n)
        .append(". ")
        .append(esc(s.title() == null ? "Untitled story" : s.title()))
        .append("\n\n");
    String range = v.dateRange(s);
    md.append("Story `")
        .append(s.id())
        .append("`: ")
        .append(s.articleIds().size())
        .append(' ')
        .append(plural(s.articleIds().size(), "article", "articles"))
        .append(" from ")
        .append(v.outlets(s).size())
        .append(' ')
        .append(plural(v.outlets(s).size(), "outlet", "outlets"));
    if (range != null) {
      md.append(", ").append(range);
    }
    md.append(".\n");

    md.append("\n### Articles\n\n");
    md.append("| Outlet | Published | Title | Words | Source |\n|---|---|---|---|---|\n");
    for (Article a : v.articles(s)) {
      md.append("| ")
          .append(cell(DossierView.outlet(a)))
          .append(" | ")
          .append(a.published() == null ? "" : a.published().toString())
          .append(" | ")
          .append(cell(a.title() == null ? "(no title)" : a.title()))
          .append(" | ")
          .append(words(a.body()))
          .append(" | ")
          .append(cell(a.source()))
          .append(" |\n");
    }

    if (!s.events().isEmpty()) {
      md.append("\n### Events\n\n");
      for (Event e : s.events()) {
        md.append("- **").append(esc(e.title() == null ? e.id() : e.title())).append("**");
        if (e.date() != null) {
          md.append(" (").append(e.date()).append(')');
        }
        md.append(": ");
        md.append(String.join(", ", e.articleIds().stream().map(id -> esc(v.label(id))).toList()));
        md.append('\n');
      }
    }

    md.append("\n### Who copied whom\n\n");
    List<CopyLink> copies =
        s.provenance().stream()
            .filter(
                c ->
                    c.relation() != Relation.INDEPENDENT
                        || c.origin() != null
                        || c.creditedTo() != null)
            .toList();
    if (s.provenance().isEmpty()) {
      md.append("Copy detection has not run on this story.\n");
    } else if (copies.isEmpty()) {
      md.append("No copies: every article is independent reporting.\n");
    } else {
      md.append(
          "| Article | Relation | Copies | Origin | Credits | Similarity |\n|---|---|---|---|---|---|\n");
      for (CopyLink c : s.provenance()) {
        md.append("| ")
            .append(cell(v.label(c.articleId())))
            .append(" | ")
            .append(c.relation().label())
            .append(" | ")
            .append(c.derivedFrom() == null ? "" : cell(v.label(c.derivedFrom())))
            .append(" | ")
            .append(
                c.origin() == null
                    ? ""
                    : cell(c.origin().startsWith("external:") ? c.origin() : v.label(c.origin())))
            .append(" | ")
            .append(c.creditedTo() == null ? "" : cell(c.creditedTo()))
            .append(" | ")
            .append(
                c.derivedFrom() == null ? "" : String.format(Locale.ROOT, "%.2f", c.similarity()))
            .append(" |\n");
      }
      for (CopyLink c : s.provenance()) {
        if (c.evidence().isEmpty() || c.derivedFrom() == null) {
          continue;
        }
        Article copy = v.byId.get(c.articleId());
        Article from = v.byId.get(c.derivedFrom());
        if (copy == null || from == null) {
          continue;
        }
        AlignedPassage p = c.evidence().get(0);
        md.append("\n> ")
            .append(esc(DossierView.context(copy, p.start(), p.end(), 240)))
            .append("\n>\n> — ")
            .append(esc(v.label(c.articleId())))
            .append(", from ")
            .append(esc(v.label(c.derivedFrom())))
            .append('\n');
      }
    }

    md.append("\n### Key figures\n\n");
    if (s.figures().isEmpty()) {
      md.append("No figures reconciled for this story.\n");
    } else {
      md.append(
          "| About | Values | Claimed by | Independent sources | Claimants | Status |\n|---|---|---|---|---|---|\n");
      for (FigureGroup g : s.figures()) {
        md.append("| ")
            .append(cell(g.about() == null ? "" : g.about()))
            .append(" | ")
            .append(cell(values(g)))
            .append(" | ")
            .append(cell(claimants(g)))
            .append(" | ")
            .append(g.independentSources())
            .append(" | ")
            .append(g.independentClaimants())
            .append(" | ")
            .append(
                g.conflicting()
                    ? "**conflicting**"
                    : g.compatible() ? "consistent" : "incompatible")
            .append(" |\n");
      }
    }

    md.append("\n### Quotes\n\n");
    if (s.quotes().isEmpty()) {
      md.append("No quotes grouped for this story.\n");
    } else {
      quotes(md, v, s);
    }
  }

  /** Quotes by speaker; under each quote, the sentence that carries it in every article. */
  private static void quotes(StringBuilder md, DossierView v, Story s) {
    String current = null;
    boolean firstSpeaker = true;
    for (QuoteGroup q : s.quotes()) {
      String speaker = q.speaker() == null ? "" : q.speaker();
      if (firstSpeaker || !speaker.equals(current)) {
        md.append(firstSpeaker ? "" : "\n")
            .append("#### ")
            .append(q.speaker() == null ? "Unattributed" : esc(q.speaker()));
        if (q.speaker() != null && q.role() != null) {
          md.append(", ").append(esc(q.role()));
        }
        md.append("\n\n");
        current = speaker;
        firstSpeaker = false;
      }
      md.append("- ")
          .append(q.direct() ? "\u201c" : "")
          .append(esc(q.text()))
          .append(q.direct() ? "\u201d" : " (reported)")
          .append(q.speaker() == null && q.role() != null ? " \u2014 " + esc(q.role()) : "")
          .append(" \u2014 ")
          .append(q.articleIds().size())
          .append(' ')
          .append(plural(q.articleIds().size(), "article", "articles"))
          .append(", ")
          .append(q.independentSources())
          .append(' ')
          .append(plural(q.independentSources(), "independent source", "independent sources"))
          .append('\n');
      for (QuoteMention m : q.mentions()) {
        Article a = v.byId.get(m.articleId());
        md.append("  - ")
            .append(esc(v.label(m.articleId())))
            .append(a == null ? "" : ", `" + a.source().replace("`", "'") + "`")
            .append(" at ")
            .append(m.sentenceStart())
            .append("\u2013")
            .append(m.sentenceEnd());
        if (m.verb() != null || m.speaker() != null) {
          md.append(" (")
              .append(m.speaker() == null ? "no speaker named" : esc(m.speaker()))
              .append(m.verb() == null ? "" : ", " + esc(m.verb()))
              .append(')');
        }
        md.append(": ").append(esc(shorten(m.sentence(), 400))).append('\n');
      }
    }
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "\u2026";
  }

  private static String values(FigureGroup g) {
    StringBuilder sb = new StringBuilder();
    for (FigureMention m : g.mentions()) {
      String v =
          m.value() != null
              ? number(m.value())
              : m.low() != null && m.high() != null
                  ? number(m.low()) + "\u2013" + number(m.high())
                  : "?";
      String q = m.qualifier() == null ? "" : m.qualifier().label();
      String item = (q.isEmpty() || q.equals("exact") ? "" : q + " ") + v;
      if (sb.indexOf(item) < 0) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(item);
      }
    }
    return sb.toString();
  }

  private static String claimants(FigureGroup g) {
    return String.join(
        ", ",
        g.mentions().stream()
            .map(FigureMention::claimant)
            .filter(c -> c != null)
            .distinct()
            .toList());
  }

  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) d);
    }
    return String.format(Locale.ROOT, "%,.2f", d);
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  /** Escapes text for Markdown prose: markup characters and line breaks. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '<', '>', '!' -> sb.append('\\').append(c);
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return esc(s);
  }
}
