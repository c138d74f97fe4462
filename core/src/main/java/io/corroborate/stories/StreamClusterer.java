package io.corroborate.stories;

import io.corroborate.model.ArticleProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Incremental story and event clustering: takes one article at a time, as from a feed, and keeps
 * the stories and events of everything seen so far. Feeding a batch article by article gives the
 * batch result, so the same articles in the same order always give the same clustering.
 *
 * <p>For each new article the rarest features it shares with recent articles ({@link PostingIndex})
 * give candidates; those the {@link PairModel} finds likely enough touch their stories. The touched
 * stories and the new article are then clustered again together: events by average linkage of pair
 * probabilities at {@link StoryConfig#eventThreshold()}, fragments of one or two articles joined to
 * the event they clearly fit best, then stories by average linkage of time-decayed probabilities
 * over those events. So events merge and split as evidence accumulates, and an article that first
 * looked like one event moves when its true event shows up. Events larger than {@link
 * StoryConfig#freezeSize()} are matched by their time-decayed {@link Centroid}. Articles of one
 * copy group (copies found by provenance, and their source) always share an event and story. Not
 * thread-safe.
 */
public final class StreamClusterer {

  /** Most recent articles of a story whose frequencies weigh features when splitting events. */
  static final int STORY_WINDOW = 400;

  private final StoryConfig config;
  private final Vocabulary vocabulary;
  private final PairScorer scorer;
  private final PostingIndex index;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, List<Node>> groups = new HashMap<>();
  private final Set<Story> stories = new LinkedHashSet<>();

  /** A clusterer with the given settings. */
  public StreamClusterer(StoryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.vocabulary = new Vocabulary(config.priorDocuments());
    this.scorer = new PairScorer(config.model(), vocabulary, config.farDays());
    this.index = new PostingIndex(config.postings());
  }

  private static final class Node {
    final ArticleVector vector;
    final String group;
    Event event;

    Node(ArticleVector vector, String group) {
      this.vector = vector;
      this.group = group;
    }

    int arrival() {
      return vector.index;
    }
  }

  private static final class Event {
    final List<Node> members = new ArrayList<>();
    Story story;
    Centroid centroid;

    int first() {
      return members.get(0).arrival();
    }
  }

  private static final class Story {
    final List<Event> events = new ArrayList<>();
    LocalDate first;
    LocalDate last;
    long firstDay;
    long lastDay;

    int first() {
      int f = Integer.MAX_VALUE;
      for (Event e : events) {
        f = Math.min(f, e.first());
      }
      return f;
    }
  }

  /** A unit of re-clustering: articles that stay together (a copy group, or a frozen event). */
  private static final class Unit {
    final List<Node> members = new ArrayList<>();
    Event frozen;

    int articles() {
      return members.size();
    }

    Scored scored() {
      return frozen != null ? frozen.centroid : members.get(0).vector;
    }
  }

  /** Number of stories now. */
  public int storyCount() {
    return stories.size();
  }

  /** Number of events now. */
  public int eventCount() {
    int n = 0;
    for (Story s : stories) {
      n += s.events.size();
    }
    return n;
  }

  /** Number of articles added. */
  public int size() {
    return nodes.size();
  }

  /**
   * Adds the next article.
   *
   * @param profile the article's profile
   * @param copyGroup a key shared by the article and every copy or source of it, or null
   */
  public void add(ArticleProfile profile, String copyGroup) {
    ArticleVector v = ArticleVector.of(nodes.size(), profile, vocabulary);
    vocabulary.count(v.distinct);
    Node node = new Node(v, copyGroup);
    nodes.add(node);

    Map<Event, Double> touched = new LinkedHashMap<>();
    if (copyGroup != null) {
      for (Node other : groups.getOrDefault(copyGroup, List.of())) {
        touched.put(other.event, 1.0);
      }
      groups.computeIfAbsent(copyGroup, k -> new ArrayList<>()).add(node);
    }
    long day = v.date() == null ? Long.MIN_VALUE : v.date().toEpochDay();
    for (int c :
        index.candidates(v.distinct, vocabulary, config.queryFeatures(), config.candidates())) {
      Node other = nodes.get(c);
      Event e = other.event;
      if (!live(e.story, day)) {
        continue;
      }
      double p = scorer.probability(v, other.vector);
      if (p >= config.candidateThreshold()) {
        touched.merge(e, p, Math::max);
      }
    }
    index.add(v.index, v.distinct);
    recluster(node, touched);
  }

  /** Whether a story was active within {@code liveDays} of the date (either side). */
  private boolean live(Story s, long day) {
    return day == Long.MIN_VALUE
        || s.last == null
        || s.lastDay >= day - config.liveDays() && s.firstDay <= day + config.liveDays();
  }

  private void recluster(Node node, Map<Event, Double> touched) {
    // the neighbourhood: every event of every touched story, nearest first when over the cap
    Set<Story> touchedStories = new LinkedHashSet<>();
    for (Event e : touched.keySet()) {
      touchedStories.add(e.story);
    }
    List<Event> events = new ArrayList<>();
    for (Story s : touchedStories) {
      events.addAll(s.events);
    }
    events.sort(
        Comparator.comparingDouble((Event e) -> -touched.getOrDefault(e, 0.0))
            .thenComparingInt(Event::first));
    List<Unit> units = new ArrayList<>();
    Unit own = new Unit();
    own.members.add(node);
    units.add(own);
    Map<String, Unit> byGroup = new HashMap<>();
    if (node.group != null) {
      byGroup.put(node.group, own);
    }
    List<Event> taken = new ArrayList<>();
    int articles = 1;
    for (Event e : events) {
      int cost = e.centroid != null ? 1 : e.members.size();
      boolean forced = node.group != null && touched.getOrDefault(e, 0.0) >= 1.0;
      if (!forced && articles + cost > config.maxUnits()) {
        continue;
      }
      taken.add(e);
      articles += cost;
      if (e.centroid != null) {
        Unit u = new Unit();
        u.frozen = e;
        u.members.addAll(e.members);
        Unit g = null;
        for (Node m : e.members) {
          if (m.group != null && byGroup.containsKey(m.group)) {
            g = byGroup.get(m.group);
          }
        }
        if (g != null) {
          // a copy joins the frozen event of its source
          g.frozen = e;
          g.members.addAll(e.members);
        } else {
          units.add(u);
          for (Node m : e.members) {
            if (m.group != null) {
              byGroup.putIfAbsent(m.group, u);
            }
          }
        }
        continue;
      }
      for (Node m : e.members) {
        Unit g = m.group == null ? null : byGroup.get(m.group);
        if (g == null) {
          g = new Unit();
          units.add(g);
          if (m.group != null) {
            byGroup.put(m.group, g);
          }
        }
        g.members.add(m);
      }
    }
    units.sort(
        Comparator.comparingInt(u -> u.members.stream().mapToInt(Node::arrival).min().orElse(0)));

    int n = units.size();
    double[][] sum = new double[n][n];
    double[][] count = new double[n][n];
    double[][] storySum = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairSums(units.get(i), units.get(j), sum, storySum, count, i, j);
      }
    }
    double[][] storyCount = new double[n][];
    for (int i = 0; i < n; i++) {
      storyCount[i] = count[i].clone();
    }
    double[][] eventSum = new double[n][];
    double[][] eventCount = new double[n][];
    for (int i = 0; i < n; i++) {
      eventSum[i] = sum[i].clone();
      eventCount[i] = count[i].clone();
    }
    List<List<Integer>> groupsOfUnits =
        AverageLinkage.cluster(eventSum, eventCount, config.eventThreshold());
    groupsOfUnits = absorbFragments(groupsOfUnits, units, sum, count);

    // stories over the new events
    int g = groupsOfUnits.size();
    double[][] gs = new double[g][g];
    double[][] gc = new double[g][g];
    for (int a = 0; a < g; a++) {
      for (int b = a + 1; b < g; b++) {
        for (int i : groupsOfUnits.get(a)) {
          for (int j : groupsOfUnits.get(b)) {
            gs[a][b] += storySum[i][j];
            gc[a][b] += storyCount[i][j];
          }
        }
        gs[b][a] = gs[a][b];
        gc[b][a] = gc[a][b];
      }
    }
    List<List<Integer>> storyGroups = AverageLinkage.cluster(gs, gc, config.storyThreshold());

    // replace the old events and stories of the neighbourhood
    for (Event e : taken) {
      e.story.events.remove(e);
      if (e.story.events.isEmpty()) {
        stories.remove(e.story);
      }
    }
    List<Event> made = new ArrayList<>(g);
    for (List<Integer> group : groupsOfUnits) {
      Event e = new Event();
      Unit largestFrozen = null;
      for (int i : group) {
        Unit u = units.get(i);
        e.members.addAll(u.members);
        if (u.frozen != null
            && (largestFrozen == null || u.articles() > largestFrozen.articles())) {
          largestFrozen = u;
        }
      }
      e.members.sort(Comparator.comparingInt(Node::arrival));
      for (Node m : e.members) {
        m.event = e;
      }
      if (largestFrozen != null) {
        // keep the centroid and add what is new to it
        e.centroid = largestFrozen.frozen.centroid;
        Set<Node> in = new java.util.HashSet<>(largestFrozen.frozen.members);
        for (Node m : e.members) {
          if (!in.contains(m)) {
            e.centroid.add(m.vector, vocabulary);
          }
        }
      } else if (e.members.size() > config.freezeSize()) {
        List<ArticleVector> vs = new ArrayList<>(e.members.size());
        for (Node m : e.members) {
          vs.add(m.vector);
        }
        e.centroid = Centroid.of(vs, config.centroidDecayDays(), vocabulary);
      }
      made.add(e);
    }
    for (List<Integer> sg : storyGroups) {
      Story s = new Story();
      List<Event> parts = new ArrayList<>();
      List<ArticleVector> storyVectors = new ArrayList<>();
      boolean splittable = false;
      for (int a : sg) {
        Event e = made.get(a);
        splittable |= e.centroid == null && e.members.size() >= config.splitMinEvent();
      }
      if (splittable) {
        List<Node> all = new ArrayList<>();
        for (int a : sg) {
          all.addAll(made.get(a).members);
        }
        all.sort(Comparator.comparingInt(Node::arrival));
        for (Node m : all.subList(Math.max(0, all.size() - STORY_WINDOW), all.size())) {
          storyVectors.add(m.vector);
        }
      }
      for (int a : sg) {
        parts.addAll(split(made.get(a), storyVectors));
      }
      for (Event e : parts) {
        e.story = s;
        s.events.add(e);
        for (Node m : e.members) {
          LocalDate d = m.vector.date();
          if (d != null && (s.last == null || d.isAfter(s.last))) {
            s.last = d;
          }
          if (d != null && (s.first == null || d.isBefore(s.first))) {
            s.first = d;
          }
          if (d != null) {
            s.firstDay = s.first.toEpochDay();
            s.lastDay = s.last.toEpochDay();
          }
        }
      }
      stories.add(s);
    }
  }

  /**
   * The event, or its two parts when within its story it falls apart into two groups that each hold
   * together: read with the story's own document frequencies, what the whole story shares weighs
   * nothing and what sets one happening apart from another weighs most.
   */
  private List<Event> split(Event e, List<ArticleVector> story) {
    int n = e.members.size();
    if (n < config.splitMinEvent() || e.centroid != null) {
      return List.of(e);
    }
    PairScorer local = new PairScorer(config.eventModel(), new LocalIdf(story), config.farDays());
    List<List<Node>> units = new ArrayList<>();
    Map<String, List<Node>> byGroup = new HashMap<>();
    for (Node m : e.members) {
      List<Node> u = m.group == null ? null : byGroup.get(m.group);
      if (u == null) {
        u = new ArrayList<>();
        units.add(u);
        if (m.group != null) {
          byGroup.put(m.group, u);
        }
      }
      u.add(m);
    }
    int k = units.size();
    if (k < 2) {
      return List.of(e);
    }
    double[][] p = new double[n][n];
    Map<Node, Integer> pos = new HashMap<>();
    for (int i = 0; i < n; i++) {
      pos.put(e.members.get(i), i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        p[i][j] = p[j][i] = local.probability(e.members.get(i).vector, e.members.get(j).vector);
      }
    }
    double[][] sum = new double[k][k];
    double[][] count = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        for (Node x : units.get(a)) {
          for (Node y : units.get(b)) {
            sum[a][b] += p[pos.get(x)][pos.get(y)];
            count[a][b]++;
          }
        }
        sum[b][a] = sum[a][b];
        count[b][a] = count[a][b];
      }
    }
    List<List<Integer>> two = AverageLinkage.cluster(sum, count, Double.NEGATIVE_INFINITY, 2);
    if (two.size() != 2) {
      return List.of(e);
    }
    List<List<Node>> sides = new ArrayList<>();
    for (List<Integer> side : two) {
      List<Node> ns = new ArrayList<>();
      for (int u : side) {
        ns.addAll(units.get(u));
      }
      ns.sort(Comparator.comparingInt(Node::arrival));
      sides.add(ns);
    }
    if (sides.get(0).size() < 2 || sides.get(1).size() < 2) {
      return List.of(e);
    }
    double cross = average(sides.get(0), sides.get(1), p, pos);
    double cohesion =
        Math.min(
            average(sides.get(0), sides.get(0), p, pos),
            average(sides.get(1), sides.get(1), p, pos));
    if (cross >= config.splitBelow() || cohesion < config.splitCohesion()) {
      return List.of(e);
    }
    List<Event> out = new ArrayList<>(2);
    for (List<Node> side : sides) {
      Event part = new Event();
      part.members.addAll(side);
      for (Node m : side) {
        m.event = part;
      }
      out.add(part);
    }
    return out;
  }

  private static double average(List<Node> a, List<Node> b, double[][] p, Map<Node, Integer> pos) {
    double s = 0;
    int c = 0;
    for (Node x : a) {
      for (Node y : b) {
        if (x != y && (a != b || pos.get(x) < pos.get(y))) {
          s += p[pos.get(x)][pos.get(y)];
          c++;
        }
      }
    }
    return c == 0 ? 0 : s / c;
  }

  /** Joins each fragment to the event it clearly fits best. */
  private List<List<Integer>> absorbFragments(
      List<List<Integer>> groupsOfUnits, List<Unit> units, double[][] sum, double[][] count) {
    List<List<Integer>> big = new ArrayList<>();
    List<List<Integer>> small = new ArrayList<>();
    for (List<Integer> grp : groupsOfUnits) {
      int articles = 0;
      boolean frozen = false;
      for (int i : grp) {
        articles += units.get(i).articles();
        frozen |= units.get(i).frozen != null;
      }
      (articles <= config.fragmentSize() && !frozen ? small : big).add(grp);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> b : big) {
      out.add(new ArrayList<>(b));
    }
    List<List<Integer>> kept = new ArrayList<>();
    for (List<Integer> f : small) {
      int best = -1;
      double first = -1;
      double second = -1;
      for (int k = 0; k < big.size(); k++) {
        double s = 0;
        double c = 0;
        for (int i : f) {
          for (int j : big.get(k)) {
            s += sum[Math.min(i, j)][Math.max(i, j)];
            c += count[Math.min(i, j)][Math.max(i, j)];
          }
        }
        double avg = c == 0 ? 0 : s / c;
        if (avg > first) {
          second = first;
          first = avg;
          best = k;
        } else if (avg > second) {
          second = avg;
        }
      }
      if (best >= 0
          && first >= config.absorbMin()
          && first - Math.max(0, second) >= config.absorbMargin()) {
        out.get(best).addAll(f);
      } else {
        kept.add(f);
      }
    }
    out.addAll(kept);
    for (List<Integer> grp : out) {
      grp.sort(null);
    }
    out.sort(Comparator.comparingInt(grp -> grp.get(0)));
    return out;
  }

  private void pairSums(
      Unit a, Unit b, double[][] sum, double[][] storySum, double[][] count, int i, int j) {
    double s = 0;
    double st = 0;
    double c = 0;
    if (a.frozen != null || b.frozen != null) {
      Scored x = a.scored();
      Scored y = b.scored();
      double p = scorer.probability(x, y);
      c = (double) a.articles() * b.articles();
      s = p * c;
      st = decayed(p, x.date(), y.date()) * c;
    } else {
      for (Node x : a.members) {
        for (Node y : b.members) {
          double p = scorer.probability(x.vector, y.vector);
          s += p;
          st += decayed(p, x.vector.date(), y.vector.date());
          c++;
        }
      }
    }
    sum[i][j] = sum[j][i] = s;
    storySum[i][j] = storySum[j][i] = st;
    count[i][j] = count[j][i] = c;
  }

  private double decayed(double p, LocalDate a, LocalDate b) {
    long gap = PairScorer.gapDays(a, b);
    if (gap <= config.nearDays()) {
      return p;
    }
    return p * Math.exp(-(gap - config.nearDays()) / config.storyDecayDays());
  }

  /** Format of {@link #save}; a saved clusterer of another format is refused. */
  static final int FORMAT = 1;

  private static final int MAGIC = 0x53435831; // "SCX1"

  /**
   * Writes the clusterer's whole state: the vocabulary, the posting index, every article's vector,
   * copy group and event, and the events and stories. A clusterer {@link #restore restored} from it
   * goes on exactly as this one would.
   */
  public void save(java.io.OutputStream out) throws java.io.IOException {
    java.io.DataOutputStream d = new java.io.DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    Snapshot.writeString(d, config.toString());
    vocabulary.write(d);
    index.write(d);
    d.writeInt(nodes.size());
    for (Node n : nodes) {
      n.vector.write(d);
      d.writeBoolean(n.group != null);
      if (n.group != null) {
        Snapshot.writeString(d, n.group);
      }
    }
    Map<Centroid, Integer> centroids = new java.util.IdentityHashMap<>();
    List<Centroid> centroidList = new ArrayList<>();
    for (Story st : stories) {
      for (Event e : st.events) {
        if (e.centroid != null && !centroids.containsKey(e.centroid)) {
          centroids.put(e.centroid, centroidList.size());
          centroidList.add(e.centroid);
        }
      }
    }
    d.writeInt(centroidList.size());
    for (Centroid c : centroidList) {
      c.write(d);
    }
    d.writeInt(stories.size());
    for (Story st : stories) {
      Snapshot.writeDate(d, st.first);
      Snapshot.writeDate(d, st.last);
      d.writeLong(st.firstDay);
      d.writeLong(st.lastDay);
      d.writeInt(st.events.size());
      for (Event e : st.events) {
        d.writeInt(e.centroid == null ? -1 : centroids.get(e.centroid));
        d.writeInt(e.members.size());
        for (Node m : e.members) {
          d.writeInt(m.arrival());
        }
      }
    }
    d.flush();
  }

  /**
   * A clusterer with the state {@link #save} wrote, made with the same settings.
   *
   * @throws java.io.IOException when the state cannot be read, is of another format or was made
   *     with other settings (the message says which)
   */
  public static StreamClusterer restore(java.io.InputStream in, StoryConfig config)
      throws java.io.IOException {
    java.io.DataInputStream d = new java.io.DataInputStream(in);
    if (d.readInt() != MAGIC) {
      throw new java.io.IOException("not a saved story clusterer");
    }
    int format = d.readInt();
    if (format != FORMAT) {
      throw new java.io.IOException(
          "the saved story clusterer has format "
              + format
              + ", this version reads format "
              + FORMAT
              + ": cluster the stored articles again");
    }
    if (!Snapshot.readString(d).equals(config.toString())) {
      throw new java.io.IOException(
          "the saved story clusterer was made with other settings: cluster the stored articles"
              + " again");
    }
    StreamClusterer c = new StreamClusterer(config);
    c.vocabulary.read(d);
    c.index.read(d);
    int n = Snapshot.length(d);
    for (int i = 0; i < n; i++) {
      ArticleVector v = ArticleVector.read(d);
      if (v.index != i) {
        throw new java.io.IOException("corrupt clusterer state: article " + v.index + " at " + i);
      }
      String group = d.readBoolean() ? Snapshot.readString(d) : null;
      Node node = new Node(v, group);
      c.nodes.add(node);
      if (group != null) {
        c.groups.computeIfAbsent(group, k -> new ArrayList<>()).add(node);
      }
    }
    List<Centroid> centroids = new ArrayList<>();
    int nc = Snapshot.length(d);
    for (int i = 0; i < nc; i++) {
      centroids.add(Centroid.read(d));
    }
    int ns = Snapshot.length(d);
    for (int i = 0; i < ns; i++) {
      Story st = new Story();
      st.first = Snapshot.readDate(d);
      st.last = Snapshot.readDate(d);
      st.firstDay = d.readLong();
      st.lastDay = d.readLong();
      int ne = Snapshot.length(d);
      for (int k = 0; k < ne; k++) {
        Event e = new Event();
        int ci = d.readInt();
        if (ci >= centroids.size()) {
          throw new java.io.IOException("corrupt clusterer state: centroid " + ci);
        }
        e.centroid = ci < 0 ? null : centroids.get(ci);
        int nm = Snapshot.length(d);
        for (int m = 0; m < nm; m++) {
          int at = d.readInt();
          if (at < 0 || at >= c.nodes.size() || c.nodes.get(at).event != null) {
            throw new java.io.IOException("corrupt clusterer state: member " + at);
          }
          Node node = c.nodes.get(at);
          node.event = e;
          e.members.add(node);
        }
        e.story = st;
        st.events.add(e);
      }
      c.stories.add(st);
    }
    for (Node node : c.nodes) {
      if (node.event == null) {
        throw new java.io.IOException(
            "corrupt clusterer state: article " + node.arrival() + " in no event");
      }
    }
    return c;
  }

  /** The stories so far: each a list of events, each the ids of its articles in arrival order. */
  public List<List<List<String>>> stories() {
    List<Story> ordered = new ArrayList<>(stories);
    ordered.sort(Comparator.comparingInt(Story::first));
    List<List<List<String>>> out = new ArrayList<>();
    for (Story s : ordered) {
      List<Event> evs = new ArrayList<>(s.events);
      evs.sort(Comparator.comparingInt(Event::first));
      List<List<String>> es = new ArrayList<>();
      for (Event e : evs) {
        List<String> ids = new ArrayList<>();
        for (Node m : e.members) {
          ids.add(m.vector.id);
        }
        es.add(ids);
      }
      out.add(es);
    }
    return out;
  }
}
