package io.corroborate.claims.figures;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.corroborate.model.FigureKind;
import io.corroborate.util.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads, for each quantity of a sentence, what it counts (the counted noun phrase and its event:
 * "Marrowick residents killed or injured"), who claims it ("according to Estermont", the subject of
 * a reporting verb above it), the period it covers and whether it is hedged. Uses the sentence's
 * dependency graph when there is one, the tags alone otherwise. Stateless.
 */
final class ClauseReader {

  private static final WordLists WORDS = WordLists.read(ClauseReader.class, "clause-reader.txt");

  private static final Set<String> SUBJECTS = WORDS.get("subjects");
  private static final Set<String> ARGUMENTS = WORDS.get("arguments");
  private static final Set<String> NOMINAL_UP = WORDS.get("nominal-up");
  private static final Set<String> LIGHT_VERBS = WORDS.get("light-verbs");
  private static final Set<String> MOTION_CASES = WORDS.get("motion-cases");
  private static final Set<String> BETWEEN_AUX = WORDS.get("between-aux");
  private static final Set<String> RELATIONAL_NOUNS = WORDS.get("relational-nouns");
  private static final Set<String> AUXILIARIES = WORDS.get("auxiliaries");
  private static final int MAX_PHRASE = 7;

  private ClauseReader() {}

  /** Fills counts, event, claimant, time scope and hedging of the sentence's quantities. */
  static void describe(List<Tok> toks, List<Quantity> qs, SemanticGraph g, ArticleContext ctx) {
    if (qs.isEmpty()) {
      return;
    }
    boolean hedged = false;
    for (Tok t : toks) {
      if (Lexicon.HEDGES.contains(t.lower())) {
        hedged = true;
        break;
      }
    }
    List<TimeScopes.Scope> scopes = TimeScopes.find(toks);
    String according = Attribution.accordingTo(toks);
    for (Quantity q : qs) {
      q.hedged = hedged;
      q.timeScope = TimeScopes.nearest(scopes, q, qs, toks);
      if (q.kind == FigureKind.ORDINAL) {
        continue;
      }
      IndexedWord anchor = g == null ? null : g.getNodeByIndexSafe(anchorIndex(q) + 1);
      if (anchor != null) {
        fromGraph(toks, q, g, anchor, numbers(qs, q));
        q.claimant = Attribution.claimant(toks, g, anchor, according, ctx);
      } else {
        fromTags(toks, q);
        q.claimant = according;
      }
    }
    conversions(toks, qs);
  }

  /**
   * "296 hp (224 kW / 300 PS)", "10.5 million Australian dollars ($7.5 million)": a figure in
   * brackets right after another restates it in other units and counts the same thing.
   */
  private static void conversions(List<Tok> toks, List<Quantity> qs) {
    for (int i = 1; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      int k = q.start - 1;
      if (k < 0) {
        continue;
      }
      String w = toks.get(k).word();
      if (!(w.equals("(") || w.equals("/") || w.equals("or"))) {
        continue;
      }
      Quantity prev = qs.get(i - 1);
      if (prev.end < k - 1 || prev.end > k || prev.kind == FigureKind.ORDINAL) {
        continue;
      }
      boolean sameSort =
          prev.kind == q.kind
              || (prev.kind == FigureKind.MONEY || prev.kind == FigureKind.OTHER)
                  && (q.kind == FigureKind.MONEY || q.kind == FigureKind.OTHER)
              || prev.kind == FigureKind.MEASURE && q.kind == FigureKind.RATE
              || prev.kind == FigureKind.RATE && q.kind == FigureKind.MEASURE;
      if (w.equals("/") && !bracketOpenBefore(toks, k)) {
        continue;
      }
      if (sameSort && prev.counts != null) {
        q.counts = prev.counts;
        q.event = prev.event;
        q.eventText = prev.eventText;
        q.what = prev.what;
        if (q.claimant == null) {
          q.claimant = prev.claimant;
        }
      }
    }
  }

  private static boolean bracketOpenBefore(List<Tok> toks, int k) {
    for (int i = k - 1; i >= Math.max(0, k - 6); i--) {
      if (toks.get(i).word().equals(")")) {
        return false;
      }
      if (toks.get(i).word().equals("(")) {
        return true;
      }
    }
    return false;
  }

  private static int anchorIndex(Quantity q) {
    return q.anchor >= 0 ? q.anchor : q.head >= 0 ? q.head : q.numEnd - 1;
  }

  // ---------------------------------------------------------------- counts and event

  /**
   * The verb (or noun after "been") that follows a counted noun as its predicate: "residents have
   * been killed", "workers reportedly killed or injured", "people have been casualties"; -1 when
   * the words after it are something else.
   */
  private static int subjectVerbAfter(List<Tok> toks, Quantity q) {
    int k = Math.max(q.numEnd, q.head + 1);
    if (q.partitive && q.unit == null) {
      k = q.end; // "4,000 of whom have been evacuated"
      while (k < toks.size()
          && (toks.get(k).lower().equals("of")
              || toks.get(k).tag().startsWith("W")
              || toks.get(k).tag().equals("PRP"))) {
        k++;
      }
    }
    boolean copula = false;
    for (int steps = 0; k < toks.size() && steps < 6; k++, steps++) {
      Tok t = toks.get(k);
      String w = t.lower();
      if (AUXILIARIES.contains(t.lemma())
          || BETWEEN_AUX.contains(w)
          || t.tag().equals("RB")
          || t.tag().equals("MD")) {
        copula |= t.lemma().equals("be");
        continue;
      }
      if (t.tag().equals("VBN")
          || t.tag().equals("VBD")
          || t.tag().equals("VBG") && k > 0 && toks.get(k - 1).lower().equals("being")) {
        return k;
      }
      if (copula
          && (t.tag().equals("NNS") && !toks.get(k - 1).tag().equals("DT")
              || t.tag().equals("JJ"))) {
        return k; // "have been casualties", "are dead", "remain missing"
      }
      return -1;
    }
    return -1;
  }

  /** Whether a noun is the object of a counting verb: "put the cost", "estimated the toll". */
  private static boolean countedObject(SemanticGraph g, IndexedWord noun) {
    IndexedWord verb = GraphWords.parent(g, noun);
    return verb != null
        && GraphWords.isVerb(verb)
        && GraphWords.relation(g, noun, verb).equals("obj")
        && Attribution.COUNTING_VERBS.contains(GraphWords.lower(verb.lemma()));
  }

  /** The number tokens of the other quantities: never part of a phrase about this one. */
  private static Set<Integer> numbers(List<Quantity> qs, Quantity self) {
    Set<Integer> s = new TreeSet<>();
    for (Quantity o : qs) {
      if (o != self) {
        for (int i = o.numStart; i < o.numEnd; i++) {
          s.add(i);
        }
        if (o.kind != FigureKind.COUNT && o.head >= 0 && !o.partitive) {
          s.add(o.head);
        }
      }
    }
    return s;
  }

  private static void fromGraph(
      List<Tok> toks, Quantity q, SemanticGraph g, IndexedWord anchor, Set<Integer> others) {
    Set<Integer> own = own(q);
    own.addAll(others);
    // the noun phrase holding the quantity: "a $700,000 award", "a net worth of $1.7bn",
    // "a survey of seven countries"
    IndexedWord modified = null;
    IndexedWord ofGovernor = null;
    IndexedWord atGovernor = null;
    IndexedWord parent = GraphWords.parent(g, anchor);
    if (parent != null && GraphWords.isNoun(parent)) {
      String r = GraphWords.relation(g, anchor, parent);
      if (parent.index() > anchor.index()
          && (r.equals("amod")
              || r.startsWith("compound")
              || r.equals("nummod")
              || r.equals("nmod:npmod")
              || r.equals("dep")
              || r.equals("obl:npmod"))) {
        modified = parent;
      } else if (r.startsWith("nmod") && parent.index() < anchor.index()) {
        String c = GraphWords.caseOf(toks, g, anchor);
        if ("of".equals(c)) {
          ofGovernor = parent;
        } else if ("at".equals(c) && countedObject(g, parent)) {
          atGovernor = parent; // "put the cost at 212 million crowns": the cost is what is given
        }
      }
    }
    if (parent != null
        && GraphWords.isVerb(parent)
        && GraphWords.relation(g, anchor, parent).startsWith("obl")
        && "at".equals(GraphWords.caseOf(toks, g, anchor))
        && Attribution.COUNTING_VERBS.contains(GraphWords.lower(parent.lemma()))) {
      // "put the cost at 212 million crowns" read with the figure on the verb
      IndexedWord obj = GraphWords.childWith(g, parent, Set.of("obj"), own(q));
      if (obj != null && GraphWords.isNoun(obj) && !GraphWords.isPronoun(obj)) {
        atGovernor = obj;
      }
    }
    if (ofGovernor != null && RELATIONAL_NOUNS.contains(GraphWords.lower(ofGovernor.lemma()))) {
      ofGovernor = null; // "on top of 1,500 residents", "a total of 2,000": not what is counted
    }
    IndexedWord np =
        modified != null
            ? modified
            : ofGovernor != null ? ofGovernor : atGovernor != null ? atGovernor : anchor;
    // climb through nominal attachments to the clause
    IndexedWord cur = np;
    IndexedWord pred = null;
    String rel = null;
    if (q.kind == FigureKind.COUNT) {
      // "200 residents have been killed or injured", "150 workers reportedly killed",
      // "300 people have been casualties": the words right after the counted noun say it
      int after = subjectVerbAfter(toks, q);
      if (after >= 0) {
        pred = g.getNodeByIndexSafe(after + 1);
        rel = "nsubj";
      }
      if (pred == null && q.head >= 0) {
        IndexedWord counted = g.getNodeByIndexSafe(q.head + 1);
        if (counted != null) {
          for (SemanticGraphEdge e : g.outgoingEdgeList(counted)) {
            String r = e.getRelation().toString();
            if ((r.equals("acl") || r.equals("acl:relcl"))
                && GraphWords.isVerb(e.getDependent())
                && e.getDependent().index() > counted.index()) {
              pred = e.getDependent();
              rel = "acl";
              break;
            }
          }
        }
      }
    }
    for (int hops = 0; hops < 4 && pred == null; hops++) {
      IndexedWord up = GraphWords.parent(g, cur);
      if (up == null) {
        break;
      }
      String r = GraphWords.relation(g, cur, up);
      if (GraphWords.isVerb(up)
          && (ARGUMENTS.contains(r)
              || r.startsWith("obl")
              || r.equals("advmod")
              || r.equals("xcomp")
              || r.equals("obj"))) {
        pred = up;
        rel = r;
        break;
      }
      if (NOMINAL_UP.contains(r)
          || r.startsWith("nmod")
          || r.startsWith("obl")
          || r.equals("advmod")) {
        cur = up;
      } else {
        break;
      }
    }
    if (pred == null) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(np)) {
        String r = e.getRelation().toString();
        if ((r.equals("acl") || r.equals("acl:relcl")) && GraphWords.isVerb(e.getDependent())) {
          pred = e.getDependent();
          rel = "acl";
          break;
        }
      }
    }
    if (pred == null) {
      // the parse left it unattached: take the verb just before it as its predicate
      for (int k = q.start - 1; k >= Math.max(0, q.start - 6); k--) {
        Tok t = toks.get(k);
        if (t.isVerb() && !AUXILIARIES.contains(t.lemma())) {
          pred = g.getNodeByIndexSafe(k + 1);
          rel = "obj";
          break;
        }
        if (t.word().equals(",") || t.word().equals(";")) {
          break;
        }
      }
    }
    boolean anchorIsSubject = rel != null && (rel.startsWith("nsubj") || rel.equals("acl"));
    IndexedWord subject = null;
    if (pred != null && !anchorIsSubject) {
      subject = subjectOf(g, pred, own);
    } else if (pred == null) {
      // a nominal or adverbial predicate: "life expectancy is around 73", "Index was up 19%"
      subject = GraphWords.childWith(g, cur, SUBJECTS, own);
    }
    subject = GraphWords.resolveRelative(g, subject);
    if (subject != null && GraphWords.isPronoun(subject)) {
      subject = antecedent(g, subject, own);
    }
    boolean structural = subject != null;
    if (subject == null && !anchorIsSubject) {
      IndexedWord name = adjacentName(toks, g, q);
      subject = name != null ? name : precedingSubject(toks, g, q, own);
    }
    String subjectPhrase =
        subject == null || GraphWords.isPronoun(subject) || atGovernor != null
            ? null
            : GraphWords.longPhrase(toks, g, subject, own, 8);
    boolean light = pred != null && LIGHT_VERBS.contains(GraphWords.lower(pred.lemma()));
    String event = pred == null || light ? null : eventPhrase(toks, g, pred);
    q.event = pred == null || light ? null : GraphWords.lower(pred.lemma());
    q.eventText = event;
    String complement = null;
    if (pred != null && !light && (anchorIsSubject || rel.startsWith("obl"))) {
      complement = complement(toks, g, pred, own, anchor);
    }
    if (pred != null
        && !light
        && rel != null
        && q.kind == FigureKind.COUNT
        && event != null
        && (rel.equals("obj") || anchorIsSubject)) {
      // "forcing 4,000 residents from their homes", "5,000 people have left their homes":
      // where the counted people went is part of what happened to them
      String moved = complement(toks, g, pred, own, anchor);
      boolean motion =
          moved != null
              && moved.contains(" ")
              && MOTION_CASES.contains(moved.substring(0, moved.indexOf(' ')));
      boolean home =
          moved != null
              && anchorIsSubject
              && rel.startsWith("nsubj")
              && !moved.contains(" ")
              && Character.isLowerCase(moved.charAt(0));
      if (motion || home) {
        q.eventText = event + " " + moved;
      }
    }
    List<String> parts = new ArrayList<>();
    if (q.kind == FigureKind.COUNT) {
      String what = what(toks, q, own);
      if (what != null && q.head >= 0) {
        String of = ofPhrase(toks, g, g.getNodeByIndexSafe(q.head + 1), own);
        if (of != null) {
          what = what + " of " + of;
        }
      }
      if (ofGovernor != null && !q.partitive) {
        String gov = GraphWords.phrase(toks, g, ofGovernor, own, 5);
        what = gov == null ? what : what == null ? gov : gov + " of " + what;
      }
      if (atGovernor != null) {
        String gov = GraphWords.phrase(toks, g, atGovernor, own, 5);
        what = gov == null ? what : gov;
      }
      q.what = what(toks, q, own);
      add(parts, what);
      if (light) {
        if (subjectPhrase != null && !anchorIsSubject) {
          add(parts, "of " + subjectPhrase);
        }
      } else if (event != null) {
        add(parts, event);
        if (anchorIsSubject) {
          add(parts, complement);
        } else if (subjectPhrase != null) {
          add(parts, "by " + subjectPhrase);
        }
      } else if (what == null || pred == null && structural) {
        add(parts, subjectPhrase);
      }
    } else {
      String what = null;
      if (q.partitive) {
        what = what(toks, q, own);
      } else if (modified != null) {
        what = GraphWords.longPhrase(toks, g, modified, own, 7);
        IndexedWord named = GraphWords.appositionHead(g, modified);
        if (named != null) {
          // "Evaldas Rimasauskas, a 50-year-old man from Lithuania": who the noun is
          what = GraphWords.phrase(toks, g, named, own, 4) + ", " + what;
        }
      } else if (ofGovernor != null) {
        what = GraphWords.longPhrase(toks, g, ofGovernor, own, 7);
      } else if (atGovernor != null) {
        what = GraphWords.longPhrase(toks, g, atGovernor, own, 7);
      }
      if (what == null
          && q.kind == FigureKind.AGE
          && q.numStart >= 2
          && toks.get(q.numStart - 1).word().equals(",")) {
        // "Maddon, 66, has used...": the name the age stands beside
        IndexedWord name = g.getNodeByIndexSafe(q.numStart - 1);
        if (name != null && toks.get(q.numStart - 2).isProper()) {
          what = GraphWords.phrase(toks, g, name, own, 4);
        }
      }
      boolean timeLike = q.kind == FigureKind.DURATION || q.kind == FigureKind.AGE;
      boolean timeOfThing = false;
      if (what == null && q.kind != FigureKind.AGE) {
        // "$12.4 million of claims", "$1 billion in gains", "1,000 megawatts of capacity";
        // "three days of torrential rain" measures the rain, not the clause's subject
        what = nounModifier(toks, g, anchor, own, q.kind == FigureKind.MONEY);
        timeOfThing = timeLike && what != null;
      }
      if (what == null
          && !timeLike
          && pred != null
          && !light
          && rel != null
          && !rel.equals("obj")
          && !anchorIsSubject) {
        // "boost the driving range by 35 miles", "grow sales by 35 per cent"
        IndexedWord obj = GraphWords.childWith(g, pred, Set.of("obj"), own);
        what =
            obj == null || GraphWords.isPronoun(obj)
                ? null
                : GraphWords.phrase(toks, g, obj, own, 5);
      }
      boolean unitWord =
          q.unit != null
              && q.unit.chars().anyMatch(Character::isLetter)
              && q.kind != FigureKind.MONEY
              && q.kind != FigureKind.PERCENT;
      boolean measuredByUnit = what == null && unitWord;
      if (measuredByUnit) {
        what = q.unit;
      }
      q.what = measuredByUnit && subjectPhrase != null ? subjectPhrase : what;
      add(parts, what);
      if (subjectPhrase != null
          && !timeOfThing
          && (structural || !timeLike && (what == null || measuredByUnit))) {
        add(parts, parts.isEmpty() ? subjectPhrase : "of " + subjectPhrase);
      }
      if (event != null && (parts.isEmpty() || what == null || measuredByUnit)) {
        add(parts, event);
        add(parts, complement);
      }
    }
    String counts = String.join(" ", parts).strip();
    if (counts.isEmpty() && q.kind != FigureKind.COUNT) {
      // nothing structural: the noun right before the figure ("MSRP is $33,790")
      counts = nounBefore(toks, q, own);
    }
    q.counts = counts == null || counts.isEmpty() ? null : counts;
  }

  /**
   * "Jyske Bank announced that it will charge...": a neuter pronoun subject stands for the noun
   * subject of the clause above it.
   */
  private static IndexedWord antecedent(SemanticGraph g, IndexedWord pronoun, Set<Integer> own) {
    String w = pronoun.word().toLowerCase(java.util.Locale.ROOT);
    if (!(w.equals("it") || w.equals("they"))) {
      return null;
    }
    IndexedWord cur = GraphWords.parent(g, pronoun);
    for (int hops = 0; hops < 4 && cur != null; hops++) {
      IndexedWord up = GraphWords.parent(g, cur);
      if (up == null) {
        return null;
      }
      IndexedWord s = GraphWords.childWith(g, up, SUBJECTS, own);
      if (s != null && !GraphWords.isPronoun(s) && s.index() < pronoun.index()) {
        return s;
      }
      cur = up;
    }
    return null;
  }

  /**
   * "Dow +0.2%", "Blackmores up 9.4 per cent": a name written right before the figure, with at most
   * a word of change between them.
   */
  private static IndexedWord adjacentName(List<Tok> toks, SemanticGraph g, Quantity q) {
    int k = q.start - 1;
    if (k >= 0 && Set.of("up", "down", "by", "+", "-", "at").contains(toks.get(k).lower())) {
      k--;
    }
    if (k < 0 || !toks.get(k).isProper() || !toks.get(k).capitalised()) {
      return null;
    }
    return g.getNodeByIndexSafe(k + 1);
  }

  /** The closest noun phrase before the figure in its clause, as a last resort. */
  private static String nounBefore(List<Tok> toks, Quantity q, Set<Integer> own) {
    for (int k = q.start - 1; k >= Math.max(0, q.start - 6); k--) {
      Tok t = toks.get(k);
      if (t.word().equals(",") || t.word().equals(";") || t.word().equals(":")) {
        return null;
      }
      if (t.isNoun()
          && !own.contains(k)
          && !Lexicon.TIME_NOUNS.contains(t.lower())
          && !Lexicon.CALENDAR_WORDS.contains(t.lower())) {
        int s = k;
        while (s > 0
            && (toks.get(s - 1).isNoun() || toks.get(s - 1).isAdjective())
            && !own.contains(s - 1)
            && k - s < 4) {
          s--;
        }
        return QuantityScanner.join(toks, s, k + 1);
      }
    }
    return null;
  }

  /** The last subject before the quantity, or the sentence's opening noun phrase. */
  private static IndexedWord precedingSubject(
      List<Tok> toks, SemanticGraph g, Quantity q, Set<Integer> own) {
    IndexedWord best = null;
    for (SemanticGraphEdge e : g.edgeIterable()) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      if (SUBJECTS.contains(r)
          && d.index() - 1 < q.start
          && !own.contains(d.index() - 1)
          && !GraphWords.isPronoun(d)
          && !"CD".equals(d.tag())
          && (best == null || d.index() > best.index())) {
        best = d;
      }
    }
    if (best != null) {
      return GraphWords.resolveRelative(g, best);
    }
    for (IndexedWord root : g.getRoots()) {
      if (GraphWords.isNoun(root)
          && root.index() - 1 < q.start
          && !own.contains(root.index() - 1)) {
        return root;
      }
    }
    return null;
  }

  private static void add(List<String> parts, String p) {
    if (p != null && !p.isBlank()) {
      parts.add(p);
    }
  }

  /** A prepositional noun on the quantity itself: "$1 billion in gains", "$12.4m of claims". */
  private static String nounModifier(
      List<Tok> toks, SemanticGraph g, IndexedWord anchor, Set<Integer> own, boolean money) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(anchor)) {
      IndexedWord d = e.getDependent();
      String c = GraphWords.caseOf(toks, g, d);
      if (e.getRelation().toString().startsWith("nmod")
          && d.index() > anchor.index()
          && c != null
          && (c.equals("of") || money && Set.of("in", "for", "on").contains(c))
          && GraphWords.isNoun(d)
          && !own.contains(d.index() - 1)
          && !GraphWords.isTime(toks, d)) {
        return GraphWords.phrase(toks, g, d, own, 5);
      }
    }
    return null;
  }

  /** The subject of a verb, or of the verb that controls it ("Dell announced plans to lay off"). */
  private static IndexedWord subjectOf(SemanticGraph g, IndexedWord verb, Set<Integer> own) {
    IndexedWord cur = verb;
    for (int hops = 0; hops < 4 && cur != null; hops++) {
      IndexedWord s = GraphWords.childWith(g, cur, SUBJECTS, own);
      if (s != null) {
        return s;
      }
      IndexedWord up = GraphWords.parent(g, cur);
      if (up == null) {
        return null;
      }
      String r = GraphWords.relation(g, cur, up);
      if (!(r.equals("xcomp") || r.equals("acl") || r.startsWith("conj") || r.equals("advcl"))) {
        return null;
      }
      cur = up;
      if (GraphWords.isNoun(cur) && r.equals("acl")) {
        // "an engine tuned to produce 296 hp": the noun the participle describes
        if (cur.index() < verb.index() && !isToInfinitive(g, verb)) {
          return cur;
        }
        // "plans to lay off": the plans' owner is the subject of the verb above them
        IndexedWord v = GraphWords.parent(g, cur);
        if (v == null || !GraphWords.isVerb(v)) {
          return null;
        }
        cur = v;
      }
    }
    return null;
  }

  private static boolean isToInfinitive(SemanticGraph g, IndexedWord verb) {
    IndexedWord cur = verb;
    for (int hops = 0; hops < 3 && cur != null; hops++) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(cur)) {
        if (e.getRelation().toString().equals("mark")
            && e.getDependent().word().equalsIgnoreCase("to")) {
          IndexedWord up = GraphWords.parent(g, cur);
          return up != null
              && GraphWords.relation(g, cur, up).equals("acl")
              && GraphWords.isNoun(up);
        }
      }
      IndexedWord up = GraphWords.parent(g, cur);
      if (up == null || !GraphWords.relation(g, cur, up).equals("xcomp")) {
        return false;
      }
      cur = up;
    }
    return false;
  }

  /**
   * What a verb does to something: "left the club", "deployed to Estermont", "stationed in
   * Marrowick".
   */
  private static String complement(
      List<Tok> toks, SemanticGraph g, IndexedWord pred, Set<Integer> own, IndexedWord anchor) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(pred)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      if (d.equals(anchor)
          || own.contains(d.index() - 1)
          || d.index() < pred.index()
          || GraphWords.isTime(toks, d)) {
        continue;
      }
      if (r.equals("obj")) {
        return GraphWords.phrase(toks, g, d, own, 4);
      }
      if (r.startsWith("obl")) {
        String c = GraphWords.caseOf(toks, g, d);
        String p = GraphWords.phrase(toks, g, d, own, 4);
        if (p != null
            && c != null
            && Set.of("to", "in", "into", "from", "at", "on", "for", "of").contains(c)) {
          return (c.equals("of") && d.index() >= 3 && toks.get(d.index() - 3).lower().equals("out")
                  ? "out of"
                  : c)
              + " "
              + p;
        }
      }
    }
    return null;
  }

  /** "count of wire fraud", "barrels of oil": the "of" phrase of a counted noun. */
  private static String ofPhrase(
      List<Tok> toks, SemanticGraph g, IndexedWord head, Set<Integer> own) {
    if (head == null) {
      return null;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().startsWith("nmod")
          && d.index() > head.index()
          && "of".equals(GraphWords.caseOf(toks, g, d))
          && !own.contains(d.index() - 1)) {
        return GraphWords.phrase(toks, g, d, own, 4);
      }
    }
    return null;
  }

  private static void fromTags(List<Tok> toks, Quantity q) {
    Set<Integer> own = own(q);
    String what = what(toks, q, own);
    StringBuilder sb = new StringBuilder(what == null ? "" : what);
    int k = (q.head >= 0 ? q.head : q.numEnd - 1) + 1;
    while (k < toks.size()
        && (toks.get(k).tag().startsWith("VB")
                && !toks.get(k).tag().equals("VBN")
                && Set.of("have", "be", "has", "had", "were", "was", "been", "are", "is")
                    .contains(toks.get(k).lower())
            || toks.get(k).tag().equals("RB"))) {
      k++;
    }
    if (k < toks.size() && (toks.get(k).tag().equals("VBN") || toks.get(k).tag().equals("VBD"))) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(toks.get(k).word());
      q.event = toks.get(k).lemma();
      q.eventText = toks.get(k).word();
    }
    q.counts = sb.length() == 0 ? null : sb.toString();
  }

  /** The counted or measured noun phrase, without the number and determiners. */
  private static String what(List<Tok> toks, Quantity q, Set<Integer> own) {
    if (q.head < 0 || q.phraseStart < 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    int start = Math.max(q.phraseStart, q.head - MAX_PHRASE + 1);
    for (int i = start; i <= q.head && i < toks.size(); i++) {
      if (own.contains(i) && i != q.head) {
        continue;
      }
      Tok t = toks.get(i);
      if (sb.length() == 0
          && (t.tag().equals("DT")
              || t.tag().equals("PRP$")
              || t.isPunct()
              || t.lower().equals("of"))) {
        continue;
      }
      if (sb.length() > 0 && !t.before().isEmpty()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** The tokens of the figure's own words (number, qualifier, currency). */
  private static Set<Integer> own(Quantity q) {
    Set<Integer> s = new TreeSet<>();
    for (int i = q.start; i < q.numEnd; i++) {
      s.add(i);
    }
    if (q.kind != FigureKind.COUNT && !q.partitive) {
      for (int i = q.numEnd; i < q.end; i++) {
        s.add(i);
      }
    }
    return s;
  }

  /** The verb with its particle and the verbs joined to it: "killed or wounded", "fend off". */
  private static String eventPhrase(List<Tok> toks, SemanticGraph g, IndexedWord pred) {
    TreeSet<Integer> idx = new TreeSet<>();
    idx.add(pred.index() - 1);
    for (SemanticGraphEdge e : g.outgoingEdgeList(pred)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      if (r.equals("compound:prt")) {
        idx.add(d.index() - 1);
      } else if (r.startsWith("conj")
          && GraphWords.isVerb(d)
          && d.index() - pred.index() <= 4
          && d.index() > pred.index()) {
        idx.add(d.index() - 1);
        for (SemanticGraphEdge c : g.outgoingEdgeList(d)) {
          if (c.getRelation().toString().equals("cc")) {
            idx.add(c.getDependent().index() - 1);
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i : idx) {
      if (i < 0 || i >= toks.size()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(toks.get(i).word());
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- claimant

  // ---------------------------------------------------------------- graph helpers

}
