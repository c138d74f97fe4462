package io.corroborate.report;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.QuoteMention;
import io.corroborate.model.Story;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table of a dossier as CSV (RFC 4180, Apache Commons CSV): figures and quotes one row per
 * mention, articles and provenance one row per article. A cell that a spreadsheet would run as a
 * formula (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return)
 * is prefixed with {@code '}. Thread-safe.
 */
public final class CsvRenderer {

  /** The tables a dossier has. */
  public enum Table {
    /** One row per figure mention, with its group. */
    FIGURES,
    /** One row per quote mention, with its group. */
    QUOTES,
    /** One row per article, with its story and provenance. */
    ARTICLES,
    /** One row per article's copy link. */
    PROVENANCE
  }

  private CsvRenderer() {}

  /** The table as CSV text, a header row first. */
  public static String render(Dossier dossier, Table table) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      Map<String, Article> articles = new HashMap<>();
      for (Article a : dossier.articles()) {
        articles.put(a.id(), a);
      }
      switch (table) {
        case FIGURES -> figures(dossier, articles, csv);
        case QUOTES -> quotes(dossier, articles, csv);
        case ARTICLES -> articles(dossier, csv);
        case PROVENANCE -> provenance(dossier, csv);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void figures(Dossier d, Map<String, Article> articles, CSVPrinter csv)
      throws IOException {
    row(
        csv,
        "storyId",
        "rank",
        "about",
        "kind",
        "conflicting",
        "compatible",
        "independentSources",
        "independentClaimants",
        "articleId",
        "outlet",
        "text",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "counts",
        "claimant",
        "timeScope",
        "hedged",
        "date",
        "start",
        "end",
        "sentence");
    for (Story s : d.stories()) {
      int rank = 0;
      for (FigureGroup g : s.figures()) {
        rank++;
        for (FigureMention m : g.mentions()) {
          row(
              csv,
              s.id(),
              rank,
              g.about(),
              g.kind(),
              g.conflicting(),
              g.compatible(),
              g.independentSources(),
              g.independentClaimants(),
              m.articleId(),
              outlet(articles.get(m.articleId())),
              m.text(),
              m.value(),
              m.low(),
              m.high(),
              m.qualifier(),
              m.unit(),
              m.counts(),
              m.claimant(),
              m.timeScope(),
              m.hedged(),
              m.date(),
              m.start(),
              m.end(),
              m.sentence());
        }
      }
    }
  }

  private static void quotes(Dossier d, Map<String, Article> articles, CSVPrinter csv)
      throws IOException {
    row(
        csv,
        "storyId",
        "rank",
        "text",
        "speaker",
        "role",
        "independentSources",
        "articleId",
        "outlet",
        "mentionSpeaker",
        "verb",
        "direct",
        "start",
        "end",
        "sentence");
    for (Story s : d.stories()) {
      int rank = 0;
      for (QuoteGroup g : s.quotes()) {
        rank++;
        for (QuoteMention m : g.mentions()) {
          row(
              csv,
              s.id(),
              rank,
              g.text(),
              g.speaker(),
              g.role(),
              g.independentSources(),
              m.articleId(),
              outlet(articles.get(m.articleId())),
              m.speaker(),
              m.verb(),
              m.direct(),
              m.start(),
              m.end(),
              m.sentence());
        }
      }
    }
  }

  private static void articles(Dossier d, CSVPrinter csv) throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    Map<String, CopyLink> linkOf = new HashMap<>();
    for (Story s : d.stories()) {
      for (String id : s.articleIds()) {
        storyOf.put(id, s.id());
      }
      for (CopyLink l : s.provenance()) {
        linkOf.put(l.articleId(), l);
      }
    }
    row(
        csv,
        "articleId",
        "storyId",
        "source",
        "url",
        "outlet",
        "title",
        "published",
        "language",
        "relation",
        "derivedFrom",
        "origin");
    for (Article a : d.articles()) {
      CopyLink l = linkOf.get(a.id());
      row(
          csv,
          a.id(),
          storyOf.get(a.id()),
          a.source(),
          a.url(),
          a.outlet(),
          a.title(),
          a.published(),
          a.language(),
          l == null ? null : l.relation(),
          l == null ? null : l.derivedFrom(),
          l == null ? null : l.origin());
    }
  }

  private static void provenance(Dossier d, CSVPrinter csv) throws IOException {
    row(
        csv,
        "storyId",
        "articleId",
        "relation",
        "derivedFrom",
        "origin",
        "creditedTo",
        "similarity",
        "passages");
    for (Story s : d.stories()) {
      for (CopyLink l : s.provenance()) {
        row(
            csv,
            s.id(),
            l.articleId(),
            l.relation(),
            l.derivedFrom(),
            l.origin(),
            l.creditedTo(),
            String.format(Locale.ROOT, "%.3f", l.similarity()),
            l.evidence().size());
      }
    }
  }

  private static String outlet(Article a) {
    return a == null ? null : a.outlet();
  }

  private static void row(CSVPrinter csv, Object... cells) throws IOException {
    List<String> out = new ArrayList<>(cells.length);
    for (Object c : cells) {
      out.add(cell(c));
    }
    csv.printRecord(out);
  }

  /** A cell's text: labels for enums, whole numbers without ".0", formulas defused. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s;
    if (value instanceof io.corroborate.model.Labeled l) {
      s = l.label();
    } else if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      s = Long.toString(d.longValue());
    } else {
      s = value.toString();
    }
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
