package io.corroborate.web;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Event;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.QuoteMention;
import io.corroborate.model.Relation;
import io.corroborate.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the story page shows, computed from one story's dossier: the editor's summary, key figures
 * with who claims what, quotes by speaker, the timeline, the copy graph and the article list. Plain
 * strings only: the template escapes them. Immutable.
 *
 * @param id story id
 * @param title story title
 * @param dates its date range in words, or null
 * @param articleCount articles
 * @param outletCount distinct outlets
 * @param independentSources distinct copy origins
 * @param openConflicts disputed figures
 * @param established what two or more independent sources support
 * @param disputed what reports disagree on, and why
 * @param singleSource what rests on one source although several outlets carry it
 * @param figures the key figures
 * @param speakers quotes grouped by speaker
 * @param timeline events with their articles, in date order
 * @param graph the copy graph
 * @param articles the articles, in date order
 */
public record StoryView(
    String id,
    String title,
    String dates,
    int articleCount,
    int outletCount,
    int independentSources,
    int openConflicts,
    List<Point> established,
    List<Point> disputed,
    List<Point> singleSource,
    List<FigureRow> figures,
    List<SpeakerQuotes> speakers,
    List<EventRow> timeline,
    CopyGraph graph,
    List<ArticleRow> articles) {

  /** Key figures shown in full; the rest are counted. */
  static final int MAX_FIGURES = 12;

  /** Summary points shown per heading. */
  static final int MAX_POINTS = 4;

  /**
   * A link to where an item came from.
   *
   * @param label outlet (and date)
   * @param href the article page at the sentence
   */
  public record Cite(String label, String href) {}

  /**
   * One line of the editor's summary.
   *
   * @param text what is claimed
   * @param detail why it is in this list
   * @param cites where it was read
   */
  public record Point(String text, String detail, List<Cite> cites) {}

  /**
   * One claimant's value of a figure.
   *
   * @param who the claimant, or "unattributed"
   * @param value the value in words
   * @param cites where it was read
   */
  public record Claim(String who, String value, List<Cite> cites) {}

  /**
   * One key figure.
   *
   * @param anchor its id on the page
   * @param about what is counted
   * @param kind the kind of quantity
   * @param status one word
   * @param why the status in a sentence
   * @param values the values stated
   * @param claims who claims what
   * @param independentSources distinct origins
   * @param articles articles stating it
   * @param chart its history, or null when it has no history to draw
   */
  public record FigureRow(
      String anchor,
      String about,
      String kind,
      String status,
      String why,
      String values,
      List<Claim> claims,
      int independentSources,
      int articles,
      FigureChart chart) {}

  /**
   * A quote.
   *
   * @param text its fullest wording
   * @param direct whether quoted directly somewhere
   * @param independentSources distinct origins carrying it
   * @param cites the articles carrying it, at the sentence
   */
  public record QuoteRow(String text, boolean direct, int independentSources, List<Cite> cites) {}

  /**
   * One speaker's quotes.
   *
   * @param speaker the speaker, or "Unattributed"
   * @param role what the articles say the speaker is, or null
   * @param quotes the quotes
   */
  public record SpeakerQuotes(String speaker, String role, List<QuoteRow> quotes) {}

  /**
   * An event on the timeline.
   *
   * @param id event id
   * @param title what happened
   * @param date when, or null
   * @param articles reports of it in date order
   */
  public record EventRow(String id, String title, String date, List<ArticleRow> articles) {}

  /**
   * An article in a list.
   *
   * @param id article id
   * @param outlet outlet name
   * @param title headline, or null
   * @param published date (and time) in words, or null
   * @param relation how it relates to what it copies
   * @param copyOf the outlet it copies, or null
   * @param copyHref the copy page, or null when it copies nothing in the corpus
   * @param creditedTo the agency or outlet it credits, or null
   */
  public record ArticleRow(
      String id,
      String outlet,
      String title,
      String published,
      String relation,
      String copyOf,
      String copyHref,
      String creditedTo) {}

  /** The view of a story's dossier. */
  public static StoryView of(StoryDossier d) {
    Story s = d.story();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : d.articles()) {
      byId.put(a.id(), a);
    }
    Map<String, CopyLink> links = new HashMap<>();
    for (CopyLink l : s.provenance()) {
      links.put(l.articleId(), l);
    }
    Set<String> outlets = new LinkedHashSet<>();
    for (Article a : d.articles()) {
      outlets.add(Outlets.name(a));
    }
    List<Article> dated = new ArrayList<>(d.articles());
    dated.sort(byDate());
    String dates = null;
    List<Article> withDates = dated.stream().filter(a -> a.published() != null).toList();
    if (!withDates.isEmpty()) {
      String first = withDates.get(0).published().date().toString();
      String last = withDates.get(withDates.size() - 1).published().date().toString();
      dates = first.equals(last) ? first : first + " to " + last;
    }
    int conflicts = (int) s.figures().stream().filter(FigureGroup::conflicting).count();

    List<Point> established = new ArrayList<>();
    List<Point> disputed = new ArrayList<>();
    List<Point> single = new ArrayList<>();
    for (FigureGroup g : s.figures()) {
      int articles = articleCount(g);
      String text = label(g) + ": " + Words.values(g);
      List<Cite> cites = outletsOnly(figureCites(g, byId, 3), byId);
      // disputed is phase 3's "conflicting"; a count that rose, or values over different scopes,
      // is not a dispute, and the summary says what it is instead
      String kind = Words.status(g);
      String note =
          kind.equals("updated") || kind.equals("scope") || kind.equals("counted-differently")
              ? ". " + Words.why(g)
              : "";
      if (g.conflicting()) {
        disputed.add(new Point(text, Words.whyShort(g), cites));
      } else if (g.independentSources() >= 2) {
        established.add(
            new Point(
                text,
                Words.count(g.independentSources(), "independent source", "independent sources")
                    + note,
                cites));
      } else if (articles >= 2) {
        single.add(
            new Point(
                text, "carried by " + articles + " articles, all from one report" + note, cites));
      }
    }
    for (QuoteGroup q : s.quotes()) {
      String who = q.speaker() == null ? "Unattributed" : q.speaker();
      String text = who + ": \u201c" + shorten(q.text(), 140) + "\u201d";
      List<Cite> cites = outletsOnly(quoteCites(q, byId, 3), byId);
      if (q.independentSources() >= 2) {
        established.add(
            new Point(
                text,
                "quoted by "
                    + Words.count(
                        q.independentSources(), "independent source", "independent sources"),
                cites));
      } else if (q.articleIds().size() >= 2) {
        single.add(
            new Point(
                text,
                "carried by " + q.articleIds().size() + " articles, all from one report",
                cites));
      }
    }

    List<FigureRow> figures = new ArrayList<>();
    int n = 0;
    for (FigureGroup g : s.figures()) {
      if (n++ >= MAX_FIGURES) {
        break;
      }
      figures.add(figureRow(g, n, byId));
    }

    return new StoryView(
        s.id(),
        s.title() == null ? "Untitled story" : s.title(),
        dates,
        d.articles().size(),
        outlets.size(),
        s.independentSources(),
        conflicts,
        head(established),
        head(disputed),
        head(single),
        figures,
        speakers(s, byId),
        timeline(s, byId, links),
        CopyGraph.of(s, byId),
        dated.stream().map(a -> row(a, links.get(a.id()), byId)).toList());
  }

  /** Cites labelled by outlet alone, for the summary's short lines. */
  private static List<Cite> outletsOnly(List<Cite> cites, Map<String, Article> byId) {
    List<Cite> out = new ArrayList<>();
    for (Cite c : cites) {
      int comma = c.label().lastIndexOf(", ");
      out.add(new Cite(comma > 0 ? c.label().substring(0, comma) : c.label(), c.href()));
    }
    return out;
  }

  private static <T> List<T> head(List<T> list) {
    return List.copyOf(list.subList(0, Math.min(MAX_POINTS, list.size())));
  }

  static Comparator<Article> byDate() {
    return Comparator.comparing(
            (Article a) -> a.published() == null ? null : a.published().approximateInstant(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Outlets::name);
  }

  private static String label(FigureGroup g) {
    String about = g.about() == null || g.about().isBlank() ? g.kind().label() : g.about();
    return Character.toUpperCase(about.charAt(0)) + about.substring(1);
  }

  static int articleCount(FigureGroup g) {
    return (int) g.mentions().stream().map(FigureMention::articleId).distinct().count();
  }

  static String shorten(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max).strip() + "\u2026";
  }

  static String href(String articleId, int sentenceStart) {
    return "/articles/" + articleId + "#t" + sentenceStart;
  }

  static String cite(Article a) {
    if (a == null) {
      return "unknown article";
    }
    return Outlets.name(a) + (a.published() == null ? "" : ", " + a.published().date());
  }

  private static List<Cite> figureCites(FigureGroup g, Map<String, Article> byId, int max) {
    List<Cite> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (FigureMention m : g.mentions()) {
      if (out.size() < max && seen.add(m.articleId())) {
        out.add(new Cite(cite(byId.get(m.articleId())), href(m.articleId(), m.sentenceStart())));
      }
    }
    return out;
  }

  private static List<Cite> quoteCites(QuoteGroup q, Map<String, Article> byId, int max) {
    List<Cite> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (QuoteMention m : q.mentions()) {
      if (out.size() < max && seen.add(m.articleId())) {
        out.add(new Cite(cite(byId.get(m.articleId())), href(m.articleId(), m.sentenceStart())));
      }
    }
    return out;
  }

  private static FigureRow figureRow(FigureGroup g, int n, Map<String, Article> byId) {
    Map<String, List<FigureMention>> byClaimant = new LinkedHashMap<>();
    for (FigureMention m : g.mentions()) {
      String who = m.claimant() == null || m.claimant().isBlank() ? "unattributed" : m.claimant();
      byClaimant.computeIfAbsent(who, k -> new ArrayList<>()).add(m);
    }
    List<Claim> claims = new ArrayList<>();
    for (Map.Entry<String, List<FigureMention>> e : byClaimant.entrySet()) {
      Set<String> values = new LinkedHashSet<>();
      List<Cite> cites = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (FigureMention m : e.getValue()) {
        values.add(Words.value(m));
        if (seen.add(m.articleId())) {
          cites.add(
              new Cite(cite(byId.get(m.articleId())), href(m.articleId(), m.sentenceStart())));
        }
      }
      claims.add(new Claim(e.getKey(), String.join(", ", values), cites));
    }
    return new FigureRow(
        "f" + n,
        label(g),
        g.kind().label(),
        Words.status(g),
        Words.why(g),
        Words.values(g),
        claims,
        g.independentSources(),
        articleCount(g),
        FigureChart.of(g, byId));
  }

  private static List<SpeakerQuotes> speakers(Story s, Map<String, Article> byId) {
    Map<String, List<QuoteGroup>> bySpeaker = new LinkedHashMap<>();
    Map<String, String> roles = new HashMap<>();
    for (QuoteGroup q : s.quotes()) {
      String who = q.speaker() == null || q.speaker().isBlank() ? "Unattributed" : q.speaker();
      bySpeaker.computeIfAbsent(who, k -> new ArrayList<>()).add(q);
      if (q.role() != null && !roles.containsKey(who)) {
        roles.put(who, q.role());
      }
    }
    List<SpeakerQuotes> out = new ArrayList<>();
    for (Map.Entry<String, List<QuoteGroup>> e : bySpeaker.entrySet()) {
      List<QuoteRow> rows = new ArrayList<>();
      for (QuoteGroup q : e.getValue()) {
        rows.add(
            new QuoteRow(
                shorten(q.text(), 600),
                q.direct(),
                q.independentSources(),
                quoteCites(q, byId, 8)));
      }
      out.add(new SpeakerQuotes(e.getKey(), roles.get(e.getKey()), rows));
    }
    // named speakers with most quotes first, the unattributed last
    out.sort(
        Comparator.comparing((SpeakerQuotes q) -> q.speaker().equals("Unattributed"))
            .thenComparing(q -> -q.quotes().size()));
    return out;
  }

  private static List<EventRow> timeline(
      Story s, Map<String, Article> byId, Map<String, CopyLink> links) {
    List<EventRow> out = new ArrayList<>();
    List<Event> events = new ArrayList<>(s.events());
    events.sort(
        Comparator.comparing(
            (Event e) -> e.date() == null ? null : e.date().approximateInstant(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    for (Event e : events) {
      List<Article> list = new ArrayList<>();
      for (String id : e.articleIds()) {
        Article a = byId.get(id);
        if (a != null) {
          list.add(a);
        }
      }
      list.sort(byDate());
      out.add(
          new EventRow(
              e.id(),
              e.title() == null ? "Untitled event" : e.title(),
              e.date() == null ? null : e.date().date().toString(),
              list.stream().map(a -> row(a, links.get(a.id()), byId)).toList()));
    }
    return out;
  }

  static String when(Article a) {
    if (a.published() == null) {
      return null;
    }
    String t = a.published().date().toString();
    if (a.published().hasTime() && a.published().time() != null) {
      String hm = a.published().time().toString();
      t += " " + (hm.length() > 5 ? hm.substring(0, 5) : hm);
    }
    return t;
  }

  static ArticleRow row(Article a, CopyLink l, Map<String, Article> byId) {
    String relation = l == null ? Relation.INDEPENDENT.label() : l.relation().label();
    String copyOf = null;
    String copyHref = null;
    if (l != null && l.derivedFrom() != null) {
      Article from = byId.get(l.derivedFrom());
      copyOf = from == null ? null : Outlets.name(from);
      copyHref = "/copies/" + a.id();
    } else if (l != null && l.origin() != null && l.origin().startsWith("external:")) {
      copyOf = l.origin().substring("external:".length());
    }
    if (l != null
        && l.relation() == Relation.INDEPENDENT
        && l.origin() != null
        && l.origin().equals(a.id())) {
      relation = "original, copied by others";
    }
    return new ArticleRow(
        a.id(),
        Outlets.name(a),
        a.title(),
        when(a),
        relation,
        copyOf,
        copyHref,
        l == null ? null : l.creditedTo());
  }
}
