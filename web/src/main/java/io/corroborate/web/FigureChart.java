package io.corroborate.web;

import io.corroborate.model.Article;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A figure's history as a small chart drawn server-side: each dated mention a dot (value against
 * publication time), the updates joined by a line. Coordinates are in the SVG's own units; the
 * template writes them. Immutable.
 *
 * @param width SVG width
 * @param height SVG height
 * @param dots one per dated mention with a value
 * @param line the updates in date order as SVG polyline points, or null
 * @param yTicks value labels on the left
 * @param xTicks date labels at the bottom
 * @param plotLeft left edge of the plot area
 * @param plotRight right edge of the plot area
 * @param plotBottom bottom edge of the plot area
 * @param description the chart in words, for screen readers
 */
public record FigureChart(
    int width,
    int height,
    List<Dot> dots,
    String line,
    List<Tick> yTicks,
    List<Tick> xTicks,
    int plotLeft,
    int plotRight,
    int plotBottom,
    String description) {

  /**
   * One mention.
   *
   * @param x horizontal position
   * @param y vertical position
   * @param label what the dot says on hover: value, outlet, date
   * @param href the sentence it came from
   * @param update whether it is one of the updates
   */
  public record Dot(String x, String y, String label, String href, boolean update) {}

  /**
   * An axis label.
   *
   * @param x where
   * @param y where
   * @param text what
   * @param anchor SVG text-anchor: start, middle or end
   */
  public record Tick(String x, String y, String text, String anchor) {}

  private static final int W = 460;
  private static final int H = 160;
  private static final int LEFT = 64;
  private static final int RIGHT = W - 16;
  private static final int TOP = 14;
  private static final int BOTTOM = H - 28;

  private record Pt(FigureMention m, Instant t, double v) {}

  /** The chart of a figure group, or null when it has fewer than two dates to show. */
  public static FigureChart of(FigureGroup g, Map<String, Article> byId) {
    if (!g.conflicting() && g.updates().isEmpty()) {
      return null;
    }
    List<Pt> pts = new ArrayList<>();
    for (FigureMention m : g.mentions()) {
      Double v = m.value() != null ? m.value() : m.low() != null ? m.low() : m.high();
      if (m.date() != null && v != null && Double.isFinite(v)) {
        pts.add(new Pt(m, m.date().approximateInstant(), v));
      }
    }
    long times = pts.stream().map(Pt::t).distinct().count();
    if (times < 2) {
      return null;
    }
    pts.sort(Comparator.comparing(Pt::t));
    Instant t0 = pts.get(0).t();
    Instant t1 = pts.get(pts.size() - 1).t();
    double lo = pts.stream().mapToDouble(Pt::v).min().orElse(0);
    double hi = pts.stream().mapToDouble(Pt::v).max().orElse(1);
    double base = lo >= 0 && lo < hi * 0.5 ? 0 : lo - (hi - lo) * 0.15;
    if (hi - lo >= 5) {
      // a round number at the bottom of the axis
      double step = Math.pow(10, Math.floor(Math.log10(hi - lo)));
      base = Math.max(lo >= 0 ? 0 : base - step, Math.floor(base / step) * step);
    }
    if (hi == base) {
      hi = base + 1;
    }
    double span = t1.toEpochMilli() - (double) t0.toEpochMilli();
    List<Dot> dots = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Pt p : pts) {
      double x = LEFT + (RIGHT - LEFT) * (p.t().toEpochMilli() - t0.toEpochMilli()) / span;
      double y = BOTTOM - (BOTTOM - TOP) * (p.v() - base) / (hi - base);
      Article a = byId.get(p.m().articleId());
      boolean update = p.m().update() || g.updates().contains(p.m());
      dots.add(
          new Dot(
              fmt(x),
              fmt(y),
              Words.value(p.m()) + " \u2014 " + StoryView.cite(a),
              StoryView.href(p.m().articleId(), p.m().sentenceStart()),
              update));
      if (update) {
        line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
      }
    }
    List<Tick> yTicks =
        List.of(
            new Tick(fmt(LEFT - 8), fmt(TOP + 4), Words.number(hi), "end"),
            new Tick(fmt(LEFT - 8), fmt(BOTTOM + 4), Words.number(base), "end"));
    List<Tick> xTicks =
        List.of(
            new Tick(fmt(LEFT), fmt(H - 8), pts.get(0).m().date().date().toString(), "start"),
            new Tick(
                fmt(RIGHT),
                fmt(H - 8),
                pts.get(pts.size() - 1).m().date().date().toString(),
                "end"));
    String description =
        "Values of "
            + (g.about() == null ? "the figure" : g.about())
            + " by publication date: "
            + String.join(
                "; ",
                pts.stream().map(p -> Words.value(p.m()) + " on " + p.m().date().date()).toList());
    return new FigureChart(
        W,
        H,
        dots,
        line.indexOf(" ") > 0 ? line.toString() : null,
        yTicks,
        xTicks,
        LEFT,
        RIGHT,
        BOTTOM,
        description);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
