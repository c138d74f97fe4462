package io.corroborate.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plot}: a line chart (PNG) of benchmark results, drawn with the JDK's imaging so that no
 * other language or library is needed. Input lines are {@code series,x,y} (a header line and lines
 * starting with {@code #} are skipped); each series is one line with its points in x order. The x
 * axis is logarithmic when {@code --log-x} is given (corpus sizes 10k, 100k, 1M).
 */
@Command(
    name = "plot",
    mixinStandardHelpOptions = true,
    description = "Draw a PNG line chart from series,x,y lines.")
final class PlotCommand implements Callable<Integer> {

  private static final Color[] COLORS = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd)
  };

  @Parameters(paramLabel = "CSV", description = "Files of series,x,y lines.")
  List<Path> inputs;

  @Option(names = "--out", required = true, description = "The PNG file to write.")
  Path out;

  @Option(names = "--title", description = "Chart title.")
  String title = "";

  @Option(names = "--x-label", description = "X axis label.")
  String xLabel = "x";

  @Option(names = "--y-label", description = "Y axis label.")
  String yLabel = "y";

  @Option(names = "--log-x", description = "Logarithmic x axis.")
  boolean logX;

  @Override
  public Integer call() throws IOException {
    Map<String, List<double[]>> series = new LinkedHashMap<>();
    for (Path in : inputs) {
      int n = 0;
      for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("series,")) {
          continue;
        }
        String[] f = s.split(",");
        try {
          if (f.length != 3) {
            throw new NumberFormatException("expected series,x,y");
          }
          series
              .computeIfAbsent(f[0].strip(), k -> new ArrayList<>())
              .add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(in + ":" + n + ": not series,x,y: " + s, e);
        }
      }
    }
    if (series.isEmpty()) {
      throw new IllegalArgumentException("no points in " + inputs);
    }
    write(series);
    System.out.println("plot " + out);
    return 0;
  }

  private void write(Map<String, List<double[]>> series) throws IOException {
    int w = 900;
    int h = 560;
    int left = 90;
    int right = 30;
    int top = 60;
    int bottom = 70;
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = 0;
    for (List<double[]> pts : series.values()) {
      pts.sort((a, b) -> Double.compare(a[0], b[0]));
      for (double[] p : pts) {
        double x = tx(p[0]);
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, p[1]);
      }
    }
    if (x1 == x0) {
      x1 = x0 + 1;
    }
    // a margin on both sides, so that the end points and their labels stay inside
    double pad = (x1 - x0) * 0.06;
    x0 -= pad;
    x1 += pad;
    y1 = niceCeiling(y1 * 1.1);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    FontMetrics fm = g.getFontMetrics();
    int pw = w - left - right;
    int ph = h - top - bottom;
    // grid and y ticks
    for (int i = 0; i <= 5; i++) {
      double v = y1 * i / 5;
      int y = top + ph - (int) Math.round(ph * i / 5.0);
      g.setColor(new Color(0xe0e0e0));
      g.drawLine(left, y, left + pw, y);
      g.setColor(Color.DARK_GRAY);
      String label = number(v);
      g.drawString(label, left - 8 - fm.stringWidth(label), y + fm.getAscent() / 2 - 2);
    }
    // x ticks at every distinct x
    java.util.TreeSet<Double> xs = new java.util.TreeSet<>();
    series.values().forEach(pts -> pts.forEach(p -> xs.add(p[0])));
    for (double xv : xs) {
      int x = left + (int) Math.round(pw * (tx(xv) - x0) / (x1 - x0));
      g.setColor(new Color(0xe0e0e0));
      g.drawLine(x, top, x, top + ph);
      g.setColor(Color.DARK_GRAY);
      String label = number(xv);
      g.drawString(label, x - fm.stringWidth(label) / 2, top + ph + fm.getHeight() + 4);
    }
    g.setColor(Color.BLACK);
    g.drawRect(left, top, pw, ph);
    // lines
    int k = 0;
    int legendWidth = 0;
    for (String name : series.keySet()) {
      legendWidth = Math.max(legendWidth, fm.stringWidth(name));
    }
    int legendX = left + pw - legendWidth - 60;
    int legendY = top + 20;
    for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
      Color c = COLORS[k++ % COLORS.length];
      g.setColor(c);
      g.setStroke(new BasicStroke(2.5f));
      int px = -1;
      int py = -1;
      for (double[] p : e.getValue()) {
        int x = left + (int) Math.round(pw * (tx(p[0]) - x0) / (x1 - x0));
        int y = top + ph - (int) Math.round(ph * p[1] / y1);
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        g.fillOval(x - 4, y - 4, 9, 9);
        String label = number(p[1]);
        g.drawString(label, x + 6, y - 6);
        px = x;
        py = y;
      }
      g.fillRect(legendX, legendY - 10, 22, 4);
      g.setColor(Color.BLACK);
      g.drawString(e.getKey(), legendX + 30, legendY - 4);
      legendY += fm.getHeight() + 2;
    }
    g.setStroke(new BasicStroke(1f));
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, left, top - 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString(
        xLabel + (logX ? " (log scale)" : ""), left + pw / 2 - fm.stringWidth(xLabel) / 2, h - 18);
    g.rotate(-Math.PI / 2);
    g.drawString(yLabel, -(top + ph / 2 + fm.stringWidth(yLabel) / 2), 22);
    g.dispose();
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(img, "png", out.toFile())) {
      throw new IOException("no PNG writer in this JDK");
    }
  }

  private double tx(double x) {
    return logX ? Math.log10(Math.max(x, 1e-9)) : x;
  }

  private static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String number(double v) {
    double a = Math.abs(v);
    if (a >= 1_000_000 && v % 1_000_000 == 0) {
      return String.format(Locale.ROOT, "%.0fM", v / 1e6);
    }
    if (a >= 10_000 && v % 1000 == 0) {
      return String.format(Locale.ROOT, "%.0fk", v / 1e3);
    }
    if (a >= 100 || v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, a >= 1 ? "%.1f" : "%.3f", v);
  }
}
