package io.corroborate.reconcile;

import io.corroborate.model.Article;
import io.corroborate.model.FigureKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a figure a key figure of its story, and how the table is ranked. A mention is left out
 * when it is no figure of the story: a person's age or build, a bare number that counts nothing, a
 * number inside a web address, zero, or a toll of a background event (a sentence that dates what it
 * counts to an earlier year than the story's). Groups are ranked by the independent sources that
 * carry them and by how central their subject is: what the story's events did to people and what
 * they cost come first. Stateless.
 */
final class KeyFigures {

  /** Share of an article, from its start, that is its lead. */
  static final double LEAD_SHARE = 0.25;

  /** Rank bonus of a group stated in some article's lead. */
  static final double LEAD_BONUS = 1.0;

  /** The most groups the table holds. */
  static final int MAX_GROUPS = 30;

  private static final Set<String> CENTRAL = Lexicon.KEY_FIGURES.get("central-classes");
  private static final Pattern BODY = Lexicon.KEY_FIGURES.pattern("body");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  private KeyFigures() {}

  /** The year the story happens in: most common publication year, else most common year named. */
  static int storyYear(List<Article> articles) {
    Map<Integer, Integer> published = new HashMap<>();
    Map<Integer, Integer> named = new HashMap<>();
    for (Article a : articles) {
      if (a.published() != null) {
        published.merge(a.published().date().getYear(), 1, Integer::sum);
      }
      String t = a.body() == null ? "" : a.body();
      Matcher m = YEAR.matcher(t.length() > 4000 ? t.substring(0, 4000) : t);
      while (m.find()) {
        named.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
      }
    }
    Map<Integer, Integer> use = published.isEmpty() ? named : published;
    int best = 0;
    int n = 0;
    for (Map.Entry<Integer, Integer> e : use.entrySet()) {
      if (e.getValue() > n || e.getValue() == n && e.getKey() > best) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  /** Whether a mention may be a key figure of a story happening in the given year (0: unknown). */
  static boolean admit(Mention m, int storyYear) {
    FigureKind k = m.figure.kind();
    if (k == FigureKind.AGE || k == FigureKind.ORDINAL) {
      return false;
    }
    if (m.central == null || m.central == 0) {
      return false;
    }
    if (k == FigureKind.OTHER && m.figure.unit() == null && m.eventClass == null) {
      return false; // a bare number that says nothing of what it counts
    }
    if (inAddress(m)) {
      return false;
    }
    if (k != FigureKind.PERCENT && BODY.matcher(GroupStatus.near(m)).find()) {
      return false; // "6 feet tall and weighing 200 pounds"
    }
    return !background(m, storyYear);
  }

  /** A toll that its sentence dates to an earlier year than the story's: a background event. */
  private static boolean background(Mention m, int storyYear) {
    if (storyYear == 0 || m.eventClass == null || !CENTRAL.contains(m.eventClass)) {
      return false;
    }
    String s = m.found.sentenceText();
    if (s == null) {
      return false;
    }
    Matcher y = YEAR.matcher(s);
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (year < storyYear && year > storyYear - 200) {
        return true;
      }
    }
    return false;
  }

  /** A number that is part of a web address: next to a slash, among other slashes or a host. */
  private static boolean inAddress(Mention m) {
    String text = m.article.text();
    int s = m.figure.start();
    int e = m.figure.end();
    if (text == null || s < 0 || e > text.length()) {
      return false;
    }
    boolean slash = nextNonSpace(text, s - 1, -1) == '/' || nextNonSpace(text, e, 1) == '/';
    if (!slash) {
      return false;
    }
    String around = text.substring(Math.max(0, s - 60), Math.min(text.length(), e + 60));
    int slashes = 0;
    for (int i = 0; i < around.length(); i++) {
      if (around.charAt(i) == '/') {
        slashes++;
      }
    }
    return slashes >= 3
        || around.contains("www")
        || around.contains("http")
        || around.contains(".com")
        || around.contains(". com");
  }

  private static char nextNonSpace(String text, int from, int step) {
    int spaces = 0;
    for (int i = from; i >= 0 && i < text.length(); i += step) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (++spaces > 1) {
          return ' ';
        }
        continue;
      }
      return c;
    }
    return ' ';
  }

  /** Whether some mention is in the lead of its article (news puts what matters first). */
  private static boolean inLead(List<Mention> group) {
    for (Mention m : group) {
      String t = m.article.text();
      if (t != null && !t.isEmpty() && m.figure.start() <= LEAD_SHARE * t.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rank score of a group: its independent sources, more when what it counts is what the
   * story's events did to people or cost, less when it holds only vague amounts (which no reader
   * can compare) or only one article's mention.
   */
  static double score(List<Mention> group, int independentSources) {
    int central = 0;
    int exact = 0;
    for (Mention m : group) {
      if (m.eventClass != null && CENTRAL.contains(m.eventClass)
          || m.figure.kind() == FigureKind.MONEY) {
        central++;
      }
      if (GroupStatus.exactEnough(m)) {
        exact++;
      }
    }
    double s = independentSources;
    if (inLead(group)) {
      s += LEAD_BONUS;
    }
    if (central * 2 >= group.size()) {
      s += 1.5;
    }
    if (exact == 0) {
      s -= 1.5;
    }
    return s;
  }
}
