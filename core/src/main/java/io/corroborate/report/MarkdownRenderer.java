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
            DossierView.plural(dossier.articles().size(), "article", "articles"),
            outlets,
            DossierView.plural(outlets, "outlet", "outlets"),
            dossier.stories().size(),
            DossierView.plural(dossier.stories().size(), "story", "stories")));
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
        .append(DossierView.plural(s.articleIds().size(), "article", "articles"))
        .append(" from ")
        .append(v.outlets(s).size())
        .append(' ')
        .append(DossierView.plural(v.outlets(s).size(), "outlet", "outlets"));
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
        md.append(" (").append(e.date() == null ? "date unknown" : e.date().toString());
        md.append("; `").append(e.id()).append("`, ");
        md.append(e.articleIds().size())
            .append(' ')
            .append(DossierView.plural(e.articleIds().size(), "article", "articles"))
            .append(")\n");
        for (Article a : v.articles(e)) {
          md.append("  - ")
              .append(esc(DossierView.outlet(a)))
              .append(", ")
              .append(a.published() == null ? "undated" : a.published().date().toString())
              .append(": ")
              .append(esc(a.title() == null ? "(no title)" : a.title()))
              .append('\n');
        }
      }
    }

    copies(md, v, s);

    keyFigures(md, v, s);

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
          .append(DossierView.plural(q.articleIds().size(), "article", "articles"))
          .append(", ")
          .append(q.independentSources())
          .append(' ')
          .append(
              DossierView.plural(
                  q.independentSources(), "independent source", "independent sources"))
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

  /** The "who copied whom" section: a summary, the copy table, one passage per copy. */
  private static void copies(StringBuilder md, DossierView v, Story s) {
    md.append("\n### Who copied whom\n\n");
    if (s.provenance().isEmpty()) {
      md.append("Copy detection has not run on this story.\n");
      return;
    }
    List<CopyLink> copies =
        s.provenance().stream()
            .filter(c -> c.relation() != Relation.INDEPENDENT || c.origin() != null)
            .toList();
    int sources = s.independentSources();
    md.append(s.articleIds().size())
        .append(' ')
        .append(DossierView.plural(s.articleIds().size(), "article stands", "articles stand"))
        .append(" for ")
        .append(sources)
        .append(' ')
        .append(DossierView.plural(sources, "independent source", "independent sources"))
        .append('.');
    for (Relation r : Relation.values()) {
      long k = s.provenance().stream().filter(c -> c.relation() == r).count();
      if (k > 0 && r != Relation.INDEPENDENT) {
        md.append(' ').append(k).append(' ').append(r.label()).append('.');
      }
    }
    md.append('\n');
    if (copies.isEmpty()) {
      md.append("\nNo copies: every article is independent reporting.\n");
      return;
    }
    md.append(
        "\n| Article | Relation | Copies | Origin | Credits | Similarity |\n|---|---|---|---|---|---|\n");
    for (CopyLink c : s.provenance()) {
      if (c.relation() == Relation.INDEPENDENT && c.origin() == null && c.creditedTo() == null) {
        continue;
      }
      md.append("| ")
          .append(cell(v.label(c.articleId())))
          .append(" | ")
          .append(c.relation().label())
          .append(" | ")
          .append(c.derivedFrom() == null ? "" : cell(v.label(c.derivedFrom())))
          .append(" | ")
          .append(cell(v.origin(c.origin())))
          .append(" | ")
          .append(c.creditedTo() == null ? "" : cell(c.creditedTo()))
          .append(" | ")
          .append(c.derivedFrom() == null ? "" : String.format(Locale.ROOT, "%.2f", c.similarity()))
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
      md.append("\n")
          .append(esc(v.label(c.articleId())))
          .append(" (")
          .append(c.relation().label())
          .append(", ")
          .append(c.evidence().size())
          .append(' ')
          .append(DossierView.plural(c.evidence().size(), "aligned passage", "aligned passages"))
          .append("), from ")
          .append(esc(v.label(c.derivedFrom())))
          .append(":\n\n> ")
          .append(esc(DossierView.plain(copy, p.start(), p.end(), 240)))
          .append("\n>\n> \u2014 source: ")
          .append(esc(DossierView.plain(from, p.fromStart(), p.fromEnd(), 240)))
          .append('\n');
    }
  }

  private static void keyFigures(StringBuilder md, DossierView v, Story s) {
    md.append("\n### Key figures\n\n");
    if (s.figures().isEmpty()) {
      md.append("No figures reconciled for this story.\n");
      return;
    }
    List<FigureGroup> shared = FigureView.shared(s.figures());
    List<FigureGroup> single = FigureView.single(s.figures());
    if (shared.isEmpty()) {
      md.append("No figure is stated by more than one article.\n");
    } else {
      md.append(
          "| About | Values | Range | Who claims what | Independent sources | Claimants | Status |\n"
              + "|---|---|---|---|---|---|---|\n");
      for (FigureGroup g : shared) {
        String status = FigureView.status(g);
        md.append("| ")
            .append(cell(g.about() == null ? "" : g.about()))
            .append(" | ")
            .append(cell(FigureView.values(g)))
            .append(" | ")
            .append(cell(FigureView.range(g)))
            .append(" | ")
            .append(cell(FigureView.claims(g)))
            .append(" | ")
            .append(g.independentSources())
            .append(" | ")
            .append(g.independentClaimants())
            .append(" | ")
            .append(g.conflicting() ? "**" + cell(status) + "**" : cell(status))
            .append(" |\n");
      }
      int n = 0;
      for (FigureGroup g : shared) {
        n++;
        md.append("\n#### ")
            .append(n)
            .append(". ")
            .append(esc(g.about() == null ? "figure" : g.about()))
            .append(g.conflicting() ? " (conflicting)" : "")
            .append("\n\n");
        for (FigureMention m : g.mentions()) {
          Article a = v.byId.get(m.articleId());
          md.append("- **")
              .append(esc(FigureView.value(m)))
              .append("**")
              .append(m.update() ? " (update)" : "")
              .append(" \u2014 ")
              .append(esc(v.label(m.articleId())))
              .append(m.claimant() == null ? "" : ", per " + esc(m.claimant()))
              .append(m.timeScope() == null ? "" : ", " + esc(m.timeScope()))
              .append(m.hedged() ? ", hedged" : "")
              .append(": \u201c")
              .append(esc(m.sentence()))
              .append("\u201d (`")
              .append(code(FigureView.where(m, a)))
              .append("`)\n");
        }
        if (!g.updates().isEmpty()) {
          md.append("\nUpdates in date order: ")
              .append(esc(FigureView.updates(g, v)))
              .append(".\n");
        }
      }
    }
    if (!single.isEmpty()) {
      md.append("\nStated by one article only:\n\n");
      int shown = 0;
      for (FigureGroup g : single) {
        if (shown == FigureView.MAX_SINGLES) {
          md.append("- \u2026 and ").append(single.size() - shown).append(" more\n");
          break;
        }
        shown++;
        FigureMention m = g.mentions().get(0);
        md.append("- ")
            .append(esc(FigureView.value(m)))
            .append(m.counts() == null ? "" : " " + esc(m.counts()))
            .append(" \u2014 ")
            .append(esc(v.label(m.articleId())))
            .append(m.claimant() == null ? "" : ", per " + esc(m.claimant()))
            .append(" (`")
            .append(code(FigureView.where(m, v.byId.get(m.articleId()))))
            .append("`)\n");
      }
    }
  }

  /** Text for an inline code span: no backquotes, no line breaks. */
  private static String code(String s) {
    return s.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
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
