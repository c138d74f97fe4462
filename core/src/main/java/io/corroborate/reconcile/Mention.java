package io.corroborate.reconcile;

import io.corroborate.model.Article;
import io.corroborate.model.Figure;
import io.corroborate.model.FigureKind;
import io.corroborate.model.FoundFigure;
import io.corroborate.model.NewsDate;
import java.util.Locale;

/**
 * One figure of one article as reconciliation sees it: the figure, its place in the story, the keys
 * that decide what it may be grouped with and the text its meaning is compared on. Not thread-safe;
 * lives for one reconciliation.
 */
final class Mention {

  final int order;
  final Article article;
  final FoundFigure found;
  final Figure figure;
  final Double central;

  /** What one unit of the figure is in the family's base unit (metres for lengths), else 1. */
  final double factor;

  final String family;
  final String scope;
  final String description;
  final String eventClass;
  float[] vector;
  float[] headVector;
  String claimant;

  Mention(int order, Article article, FoundFigure found) {
    this.order = order;
    this.article = article;
    this.found = found;
    this.figure = found.figure();
    Double length = lengthFactor(figure);
    this.factor = length == null ? 1 : length;
    Double c = Values.central(figure.value(), figure.low(), figure.high());
    this.central = c == null ? null : c * factor;
    this.family = length != null ? "measure:length" : familyOf(figure);
    this.scope = ScopeKeys.of(figure.timeScope());
    this.description = describe(found);
    this.eventClass = EventClasses.of(found);
  }

  private static final java.util.Map<String, Double> LENGTHS =
      Lexicon.KEY_FIGURES.numbers("length-units");

  /** The size in metres of the figure's length unit, or null when it is no length. */
  private static Double lengthFactor(Figure f) {
    if (f.kind() != FigureKind.MEASURE || f.unit() == null) {
      return null;
    }
    return LENGTHS.get(f.unit().strip().toLowerCase(Locale.ROOT));
  }

  /** The interval of truths the wording allows, in the family's base unit. */
  double[] allowed(double aboutSlack, boolean close) {
    double[] a =
        Values.allowed(
            figure.value(), figure.low(), figure.high(), figure.qualifier(), aboutSlack, close);
    return new double[] {a[0] * factor, a[1] * factor};
  }

  /** Whether the two state lengths (or the like) in different units. */
  boolean otherUnit(Mention o) {
    return factor != o.factor;
  }

  NewsDate date() {
    return article.published();
  }

  String articleId() {
    return article.id();
  }

  /**
   * Quantities of one family may count the same thing: counts with counts, dollars with dollars.
   */
  private static String familyOf(Figure f) {
    String unit = f.unit() == null ? "" : f.unit().toLowerCase(Locale.ROOT);
    return switch (f.kind()) {
      case COUNT, OTHER -> "count";
      case MONEY -> "money:" + currency(unit);
      case PERCENT -> "percent";
      case MEASURE, RATE -> "measure:" + unitHead(unit);
      case DURATION -> "duration:" + unitHead(unit);
      case AGE -> "age";
      case ORDINAL -> "ordinal";
    };
  }

  private static String currency(String unit) {
    if (unit.contains("$") || unit.contains("dollar") || unit.startsWith("usd")) {
      return unit.contains("a$") || unit.contains("australian")
          ? "aud"
          : unit.contains("hk") ? "hkd" : "usd";
    }
    if (unit.contains("£") || unit.contains("pound") || unit.contains("sterling")) {
      return "gbp";
    }
    if (unit.contains("€") || unit.contains("euro")) {
      return "eur";
    }
    return unitHead(unit);
  }

  private static String unitHead(String unit) {
    String u = unit.strip();
    int space = u.indexOf(' ');
    String head = space > 0 ? u.substring(0, space) : u;
    if (head.endsWith("s") && head.length() > 3) {
      head = head.substring(0, head.length() - 1);
    }
    return head;
  }

  /** The counted thing and its event, without who did it or where: "soldiers killed or wounded". */
  private static String describe(FoundFigure f) {
    StringBuilder sb = new StringBuilder();
    if (f.what() != null) {
      sb.append(f.what());
    } else if (f.figure().unit() != null && f.figure().kind() != FigureKind.MONEY) {
      sb.append(f.figure().unit());
    }
    if (f.eventText() != null) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(f.eventText());
    }
    if (sb.length() == 0 && f.figure().counts() != null) {
      sb.append(f.figure().counts());
    }
    return sb.toString().strip();
  }
}
