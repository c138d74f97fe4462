package io.corroborate.web;

import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.Qualifier;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers, values and statuses in the words the pages show. Stateless. */
public final class Words {

  private Words() {}

  /** 12000 as "12,000"; 2.5 as "2.5". */
  public static String number(double v) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }

  /** A mention's value with its qualifier: "at least 12", "10–12", "about 4,000". */
  public static String value(FigureMention m) {
    String v;
    if (m.value() != null) {
      v = number(m.value());
    } else if (m.low() != null && m.high() != null) {
      v = number(m.low()) + "\u2013" + number(m.high());
    } else if (m.low() != null) {
      v = number(m.low());
    } else if (m.high() != null) {
      v = number(m.high());
    } else {
      v = m.text() == null ? "?" : m.text();
    }
    String u = m.unit() == null ? "" : m.unit().strip();
    if (m.value() != null || m.low() != null || m.high() != null) {
      if (u.equals("%") || u.equalsIgnoreCase("percent")) {
        v = v + "%";
      } else if (u.length() == 1 && !Character.isLetterOrDigit(u.charAt(0))) {
        v = u + v;
      } else if (!u.isEmpty() && u.length() <= 30) {
        v = v + " " + u;
      }
    }
    Qualifier q = m.qualifier();
    if (q == null || q == Qualifier.EXACT || q == Qualifier.RANGE) {
      return v;
    }
    return switch (q) {
      case ABOUT -> "about " + v;
      case MORE_THAN -> "more than " + v;
      case AT_LEAST -> "at least " + v;
      case LESS_THAN -> "less than " + v;
      case AT_MOST -> "at most " + v;
      case UP_TO -> "up to " + v;
      default -> v;
    };
  }

  /** The figure's status in one word: phase 3's status, "disputed" for a conflict. */
  public static String status(FigureGroup g) {
    // phase 3 decides the status; a group made before statuses existed falls back to the flags
    String status = g.status();
    if (status == null) {
      return g.conflicting()
          ? "disputed"
          : !g.updates().isEmpty() ? "updated" : g.compatible() ? "consistent" : "inconsistent";
    }
    return FigureGroup.CONFLICTING.equals(status) ? "disputed" : status;
  }

  /** The status in a sentence a reader understands. */
  public static String why(FigureGroup g) {
    if (g.why() != null && !g.why().isBlank()) {
      return g.why();
    }
    int outlets = (int) g.mentions().stream().map(FigureMention::articleId).distinct().count();
    String sources =
        g.independentSources() == 1
            ? "one independent source"
            : g.independentSources() + " independent sources";
    if (g.conflicting()) {
      return "Reports give different values for the same count ("
          + values(g)
          + ")"
          + (g.updates().isEmpty() ? "" : ", and some of it is the count rising over time")
          + ".";
    }
    if (!g.updates().isEmpty()) {
      return "The figure changed as the story developed; the latest is "
          + value(g.updates().get(g.updates().size() - 1))
          + ".";
    }
    if (!g.compatible()) {
      return "The qualifiers used do not allow one value for all reports (" + values(g) + ").";
    }
    if (outlets == 1) {
      return "Stated by one article only.";
    }
    return "All "
        + outlets
        + " articles agree"
        + (g.independentSources() == 1 ? ", but they go back to " : ", from ")
        + sources
        + ".";
  }

  /** Why a figure is disputed, in a few words, for the summary. */
  public static String whyShort(FigureGroup g) {
    String who =
        g.independentClaimants() > 1
            ? g.independentClaimants() + " claimants give different values"
            : "reports give different values";
    return who + (g.updates().isEmpty() ? "" : "; part of it is the count rising over time");
  }

  /** The distinct values stated: "at least 12, 15, at least 10". */
  public static String values(FigureGroup g) {
    java.util.LinkedHashSet<String> vs = new java.util.LinkedHashSet<>();
    for (FigureMention m : g.mentions()) {
      vs.add(value(m));
    }
    return String.join(", ", vs);
  }

  /** "1 article" or "3 articles". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
