package io.corroborate.web;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import io.corroborate.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy graph laid out for an inline SVG: one node per outlet (and per origin outside the
 * corpus), an arrow from each source outlet to each outlet that copies it. Origins sit in the left
 * column, copies to the right by their distance from the origin; outlets that copy nothing and that
 * nothing copies stand in a column of their own. Coordinates are in the SVG's units. Immutable.
 *
 * @param width SVG width
 * @param height SVG height
 * @param nodes the outlets
 * @param edges the copies
 * @param copies how many articles copy another
 */
public record CopyGraph(int width, int height, List<Node> nodes, List<Edge> edges, int copies) {

  /**
   * One outlet.
   *
   * @param label its name
   * @param x centre
   * @param y centre
   * @param role origin, agency (an origin outside the corpus), copy or independent
   * @param articles how many of the story's articles it published
   * @param title what hovering says
   */
  public record Node(String label, int x, int y, String role, int articles, String title) {}

  /**
   * One copy relation between outlets.
   *
   * @param x1 start
   * @param y1 start
   * @param x2 end (the arrow's tip)
   * @param y2 end
   * @param relation verbatim, partial, rewrite or syndicated
   * @param title what hovering says
   */
  public record Edge(int x1, int y1, int x2, int y2, String relation, String title) {}

  private static final int COL = 210;
  private static final int ROW = 54;
  private static final int PAD_X = 110;
  private static final int PAD_Y = 36;
  private static final int R = 9;

  /** The graph of a story. */
  public static CopyGraph of(Story s, Map<String, Article> byId) {
    Map<String, CopyLink> links = new HashMap<>();
    for (CopyLink l : s.provenance()) {
      links.put(l.articleId(), l);
    }
    // outlet of every article, and of every external origin
    Map<String, String> outletOf = new HashMap<>();
    for (String id : s.articleIds()) {
      Article a = byId.get(id);
      if (a != null) {
        outletOf.put(id, Outlets.name(a));
      }
    }
    Map<String, Integer> articles = new LinkedHashMap<>();
    Set<String> external = new LinkedHashSet<>();
    Set<String> copied = new LinkedHashSet<>();
    Set<String> copying = new LinkedHashSet<>();
    Map<String, Set<String>> edgesFrom = new LinkedHashMap<>();
    Map<String, String> edgeRelation = new HashMap<>();
    int copies = 0;
    for (String id : s.articleIds()) {
      String outlet = outletOf.get(id);
      if (outlet == null) {
        continue;
      }
      articles.merge(outlet, 1, Integer::sum);
      CopyLink l = links.get(id);
      if (l == null || l.relation() == Relation.INDEPENDENT && l.derivedFrom() == null) {
        continue;
      }
      String from = null;
      if (l.derivedFrom() != null) {
        from = outletOf.get(l.derivedFrom());
      } else if (l.origin() != null && l.origin().startsWith("external:")) {
        from = externalName(l);
        external.add(from);
      }
      if (from == null || from.equals(outlet)) {
        continue;
      }
      copies++;
      copied.add(from);
      copying.add(outlet);
      edgesFrom.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(outlet);
      edgeRelation.merge(from + "\u0000" + outlet, l.relation().label(), (a, b) -> a);
    }
    // depth: 0 for outlets nothing copies from, then one more per copy step (cycles cut)
    Map<String, Integer> depth = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>(external);
    names.addAll(articles.keySet());
    List<String> all = new ArrayList<>(names);
    for (String o : all) {
      depth.put(o, 0);
    }
    for (int round = 0; round < all.size(); round++) {
      boolean changed = false;
      for (Map.Entry<String, Set<String>> e : edgesFrom.entrySet()) {
        for (String to : e.getValue()) {
          int d = depth.get(e.getKey()) + 1;
          if (d > depth.get(to) && d < all.size()) {
            depth.put(to, d);
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    int maxDepth = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    // columns: copy trees by depth, then the outlets with no copy relation at all
    Map<Integer, List<String>> columns = new LinkedHashMap<>();
    List<String> alone = new ArrayList<>();
    for (String o : all) {
      if (!copied.contains(o) && !copying.contains(o)) {
        alone.add(o);
      } else {
        columns.computeIfAbsent(depth.get(o), k -> new ArrayList<>()).add(o);
      }
    }
    int treeColumns = copied.isEmpty() ? 0 : maxDepth + 1;
    int aloneColumn = treeColumns;
    int rows = alone.size();
    for (List<String> c : columns.values()) {
      rows = Math.max(rows, c.size());
    }
    int width = PAD_X * 2 + COL * Math.max(0, treeColumns + (alone.isEmpty() ? 0 : 1) - 1);
    int height = PAD_Y * 2 + ROW * Math.max(0, rows - 1);
    Map<String, int[]> pos = new HashMap<>();
    for (Map.Entry<Integer, List<String>> c : columns.entrySet()) {
      place(c.getValue(), PAD_X + COL * c.getKey(), rows, pos);
    }
    place(alone, PAD_X + COL * aloneColumn, rows, pos);
    List<Node> nodes = new ArrayList<>();
    for (String o : all) {
      int[] p = pos.get(o);
      String role;
      if (external.contains(o) && !articles.containsKey(o)) {
        role = "agency";
      } else if (copied.contains(o) && !copying.contains(o)) {
        role = "origin";
      } else if (copying.contains(o)) {
        role = "copy";
      } else {
        role = "independent";
      }
      int n = articles.getOrDefault(o, 0);
      String title =
          o
              + switch (role) {
                case "agency" -> ": origin outside the corpus";
                case "origin" -> ": original reporting, copied by others";
                case "copy" -> ": carries copied reporting";
                default -> ": independent reporting";
              }
              + (n > 0 ? " (" + Words.count(n, "article", "articles") + ")" : "");
      nodes.add(new Node(o, p[0], p[1], role, n, title));
    }
    List<Edge> edges = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : edgesFrom.entrySet()) {
      int[] a = pos.get(e.getKey());
      for (String to : e.getValue()) {
        int[] b = pos.get(to);
        // stop short of the circles so the arrow head shows
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.max(1, Math.hypot(dx, dy));
        int x1 = (int) Math.round(a[0] + dx / len * (R + 2));
        int y1 = (int) Math.round(a[1] + dy / len * (R + 2));
        int x2 = (int) Math.round(b[0] - dx / len * (R + 6));
        int y2 = (int) Math.round(b[1] - dy / len * (R + 6));
        String rel = edgeRelation.get(e.getKey() + "\u0000" + to);
        edges.add(new Edge(x1, y1, x2, y2, rel, to + " copies " + e.getKey() + " (" + rel + ")"));
      }
    }
    return new CopyGraph(
        Math.max(width, 2 * PAD_X), Math.max(height, 2 * PAD_Y), nodes, edges, copies);
  }

  private static String externalName(CopyLink l) {
    if (l.creditedTo() != null && !l.creditedTo().isBlank()) {
      return l.creditedTo();
    }
    String slug = l.origin().substring("external:".length());
    return slug.isBlank() ? "unnamed origin" : slug;
  }

  private static void place(List<String> column, int x, int rows, Map<String, int[]> pos) {
    int offset = (rows - column.size()) * ROW / 2;
    for (int i = 0; i < column.size(); i++) {
      pos.put(column.get(i), new int[] {x, PAD_Y + offset + i * ROW});
    }
  }
}
