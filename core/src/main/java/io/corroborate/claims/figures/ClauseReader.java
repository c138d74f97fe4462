package io.corroborate.claims.figures;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.corroborate.model.FigureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads, for each quantity of a sentence, what it counts (the counted noun phrase and its event:
 * "North Korean soldiers killed or wounded"), who claims it ("according to Kyiv", the subject of a
 * reporting verb above it), the period it covers and whether it is hedged. Uses the sentence's
 * dependency graph when there is one, the tags alone otherwise. Stateless.
 */
final class ClauseReader {

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
  private static final Set<String> ARGUMENTS =
      Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:npmod", "nsubj:xsubj", "dep");
  private static final Set<String> NOMINAL_UP =
      Set.of("nmod", "compound", "appos", "nummod", "conj", "amod", "obl:npmod", "nmod:npmod");
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "have",
          "be",
          "see",
          "include",
          "get",
          "reach",
          "total",
          "number",
          "suffer",
          "sustain",
          "record",
          "hold",
          "own",
          "face",
          "contain",
          "comprise",
          "count",
          "put",
          "make",
          "become",
          "remain",
          "stand",
          "hit",
          "top",
          "exceed",
          "pass",
          "surpass");
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these",
          "those", "one", "someone", "him", "her", "them");
  private static final Set<String> PERSONAL = Set.of("he", "she");
  private static final Set<String> MOTION_CASES = Set.of("from", "to", "into", "out");
  private static final Set<String> COUNTING_VERBS =
      Set.of(
          "estimate",
          "report",
          "count",
          "record",
          "put",
          "tally",
          "confirm",
          "quote",
          "cite",
          "give",
          "forecast",
          "project",
          "calculate",
          "register",
          "log",
          "announce");
  private static final Set<String> BETWEEN_AUX =
      Set.of(
          "either",
          "both",
          "all",
          "reportedly",
          "allegedly",
          "now",
          "already",
          "just",
          "also",
          "since",
          "been",
          "being");
  private static final Set<String> RELATIONAL_NOUNS =
      Set.of(
          "top",
          "total",
          "number",
          "lot",
          "majority",
          "minority",
          "rest",
          "average",
          "group",
          "half",
          "part",
          "most",
          "some",
          "all",
          "each",
          "none",
          "sum",
          "amount",
          "figure",
          "estimate",
          "range",
          "maximum",
          "minimum",
          "tally",
          "one");
  private static final Set<String> AUXILIARIES =
      Set.of(
          "be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should",
          "must");
  private static final Set<String> PHRASE_RELATIONS =
      Set.of("compound", "amod", "flat", "nmod:poss", "case", "fixed", "flat:name");
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
    String according = accordingTo(toks);
    for (Quantity q : qs) {
      q.hedged = hedged;
      q.timeScope = TimeScopes.nearest(scopes, q, qs, toks);
      if (q.kind == FigureKind.ORDINAL) {
        continue;
      }
      IndexedWord anchor = g == null ? null : g.getNodeByIndexSafe(anchorIndex(q) + 1);
      if (anchor != null) {
        fromGraph(toks, q, g, anchor, numbers(qs, q));
        q.claimant = claimant(toks, g, anchor, according, ctx);
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
   * The verb (or noun after "been") that follows a counted noun as its predicate: "soldiers have
   * been killed", "troops reportedly killed or wounded", "soldiers have been casualties"; -1 when
   * the words after it are something else.
   */
  private static int subjectVerbAfter(List<Tok> toks, Quantity q) {
    int k = Math.max(q.numEnd, q.head + 1);
    if (q.partitive && q.unit == null) {
      k = q.end; // "11,000 of whom have been stationed"
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
    IndexedWord parent = parent(g, anchor);
    if (parent != null && isNoun(parent)) {
      String r = relation(g, anchor, parent);
      if (parent.index() > anchor.index()
          && (r.equals("amod")
              || r.startsWith("compound")
              || r.equals("nummod")
              || r.equals("nmod:npmod")
              || r.equals("dep")
              || r.equals("obl:npmod"))) {
        modified = parent;
      } else if (r.startsWith("nmod")
          && parent.index() < anchor.index()
          && "of".equals(caseOf(toks, g, anchor))) {
        ofGovernor = parent;
      }
    }
    if (ofGovernor != null && RELATIONAL_NOUNS.contains(lower(ofGovernor.lemma()))) {
      ofGovernor = null; // "on top of 1,500 soldiers", "a total of 3,000": not what is counted
    }
    IndexedWord np = modified != null ? modified : ofGovernor != null ? ofGovernor : anchor;
    // climb through nominal attachments to the clause
    IndexedWord cur = np;
    IndexedWord pred = null;
    String rel = null;
    if (q.kind == FigureKind.COUNT) {
      // "3,000 soldiers have been killed or wounded", "1,000 troops reportedly killed",
      // "3,000 soldiers have been casualties": the words right after the counted noun say it
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
                && isVerb(e.getDependent())
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
      IndexedWord up = parent(g, cur);
      if (up == null) {
        break;
      }
      String r = relation(g, cur, up);
      if (isVerb(up)
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
        if ((r.equals("acl") || r.equals("acl:relcl")) && isVerb(e.getDependent())) {
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
      subject = childWith(g, cur, SUBJECTS, own);
    }
    subject = resolveRelative(g, subject);
    if (subject != null && isPronoun(subject)) {
      subject = antecedent(g, subject, own);
    }
    boolean structural = subject != null;
    if (subject == null && !anchorIsSubject) {
      IndexedWord name = adjacentName(toks, g, q);
      subject = name != null ? name : precedingSubject(toks, g, q, own);
    }
    String subjectPhrase =
        subject == null || isPronoun(subject) ? null : longPhrase(toks, g, subject, own, 8);
    boolean light = pred != null && LIGHT_VERBS.contains(lower(pred.lemma()));
    String event = pred == null || light ? null : eventPhrase(toks, g, pred);
    q.event = pred == null || light ? null : lower(pred.lemma());
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
        String gov = phrase(toks, g, ofGovernor, own, 5);
        what = gov == null ? what : what == null ? gov : gov + " of " + what;
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
        what = longPhrase(toks, g, modified, own, 7);
        IndexedWord named = appositionHead(g, modified);
        if (named != null) {
          // "Evaldas Rimasauskas, a 50-year-old man from Lithuania": who the noun is
          what = phrase(toks, g, named, own, 4) + ", " + what;
        }
      } else if (ofGovernor != null) {
        what = longPhrase(toks, g, ofGovernor, own, 7);
      }
      if (what == null
          && q.kind == FigureKind.AGE
          && q.numStart >= 2
          && toks.get(q.numStart - 1).word().equals(",")) {
        // "Maddon, 66, has used...": the name the age stands beside
        IndexedWord name = g.getNodeByIndexSafe(q.numStart - 1);
        if (name != null && toks.get(q.numStart - 2).isProper()) {
          what = phrase(toks, g, name, own, 4);
        }
      }
      boolean timeLike = q.kind == FigureKind.DURATION || q.kind == FigureKind.AGE;
      if (what == null && !timeLike) {
        // "$12.4 million of claims", "$1 billion in gains", "1,000 megawatts of capacity"
        what = nounModifier(toks, g, anchor, own, q.kind == FigureKind.MONEY);
      }
      if (what == null
          && !timeLike
          && pred != null
          && !light
          && rel != null
          && !rel.equals("obj")
          && !anchorIsSubject) {
        // "boost the driving range by 35 miles", "grow sales by 35 per cent"
        IndexedWord obj = childWith(g, pred, Set.of("obj"), own);
        what = obj == null || isPronoun(obj) ? null : phrase(toks, g, obj, own, 5);
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
      if (subjectPhrase != null && (structural || !timeLike && (what == null || measuredByUnit))) {
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
    IndexedWord cur = parent(g, pronoun);
    for (int hops = 0; hops < 4 && cur != null; hops++) {
      IndexedWord up = parent(g, cur);
      if (up == null) {
        return null;
      }
      IndexedWord s = childWith(g, up, SUBJECTS, own);
      if (s != null && !isPronoun(s) && s.index() < pronoun.index()) {
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
          && !isPronoun(d)
          && !"CD".equals(d.tag())
          && (best == null || d.index() > best.index())) {
        best = d;
      }
    }
    if (best != null) {
      return resolveRelative(g, best);
    }
    for (IndexedWord root : g.getRoots()) {
      if (isNoun(root) && root.index() - 1 < q.start && !own.contains(root.index() - 1)) {
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
      String c = caseOf(toks, g, d);
      if (e.getRelation().toString().startsWith("nmod")
          && d.index() > anchor.index()
          && c != null
          && (c.equals("of") || money && Set.of("in", "for", "on").contains(c))
          && isNoun(d)
          && !own.contains(d.index() - 1)
          && !isTime(toks, d)) {
        return phrase(toks, g, d, own, 5);
      }
    }
    return null;
  }

  /** The subject of a verb, or of the verb that controls it ("Dell announced plans to lay off"). */
  private static IndexedWord subjectOf(SemanticGraph g, IndexedWord verb, Set<Integer> own) {
    IndexedWord cur = verb;
    for (int hops = 0; hops < 4 && cur != null; hops++) {
      IndexedWord s = childWith(g, cur, SUBJECTS, own);
      if (s != null) {
        return s;
      }
      IndexedWord up = parent(g, cur);
      if (up == null) {
        return null;
      }
      String r = relation(g, cur, up);
      if (!(r.equals("xcomp") || r.equals("acl") || r.startsWith("conj") || r.equals("advcl"))) {
        return null;
      }
      cur = up;
      if (isNoun(cur) && r.equals("acl")) {
        // "an engine tuned to produce 296 hp": the noun the participle describes
        if (cur.index() < verb.index() && !isToInfinitive(g, verb)) {
          return cur;
        }
        // "plans to lay off": the plans' owner is the subject of the verb above them
        IndexedWord v = parent(g, cur);
        if (v == null || !isVerb(v)) {
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
          IndexedWord up = parent(g, cur);
          return up != null && relation(g, cur, up).equals("acl") && isNoun(up);
        }
      }
      IndexedWord up = parent(g, cur);
      if (up == null || !relation(g, cur, up).equals("xcomp")) {
        return false;
      }
      cur = up;
    }
    return false;
  }

  private static IndexedWord childWith(
      SemanticGraph g, IndexedWord node, Set<String> relations, Set<Integer> own) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
      if (relations.contains(e.getRelation().toString())
          && !own.contains(e.getDependent().index() - 1)) {
        return e.getDependent();
      }
    }
    return null;
  }

  /** The noun a noun stands in apposition to ("Rimasauskas, a man"), or null. */
  private static IndexedWord appositionHead(SemanticGraph g, IndexedWord noun) {
    IndexedWord up = parent(g, noun);
    if (up != null
        && relation(g, noun, up).equals("appos")
        && up.index() < noun.index()
        && "NNP".equals(up.tag())) {
      return up;
    }
    return null;
  }

  /** "a Louisville defense that gave up 517 yards": "that" stands for the defense. */
  private static IndexedWord resolveRelative(SemanticGraph g, IndexedWord subject) {
    if (subject == null) {
      return null;
    }
    String tag = subject.tag() == null ? "" : subject.tag();
    if (!(tag.equals("WDT") || tag.equals("WP") || subject.word().equalsIgnoreCase("that"))) {
      return subject;
    }
    IndexedWord clause = parent(g, subject);
    for (int hops = 0; hops < 3 && clause != null; hops++) {
      IndexedWord up = parent(g, clause);
      if (up == null) {
        return null;
      }
      if (relation(g, clause, up).startsWith("acl")) {
        return up;
      }
      clause = up;
    }
    return null;
  }

  /** What a verb does to something: "left the club", "deployed to Russia", "stationed in Kursk". */
  private static String complement(
      List<Tok> toks, SemanticGraph g, IndexedWord pred, Set<Integer> own, IndexedWord anchor) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(pred)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      if (d.equals(anchor)
          || own.contains(d.index() - 1)
          || d.index() < pred.index()
          || isTime(toks, d)) {
        continue;
      }
      if (r.equals("obj")) {
        return phrase(toks, g, d, own, 4);
      }
      if (r.startsWith("obl")) {
        String c = caseOf(toks, g, d);
        String p = phrase(toks, g, d, own, 4);
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
          && "of".equals(caseOf(toks, g, d))
          && !own.contains(d.index() - 1)) {
        return phrase(toks, g, d, own, 4);
      }
    }
    return null;
  }

  /**
   * A noun phrase with its prepositional modifiers: "average life expectancy for men in Glasgow".
   */
  private static String longPhrase(
      List<Tok> toks, SemanticGraph g, IndexedWord head, Set<Integer> own, int max) {
    TreeSet<Integer> idx = new TreeSet<>();
    collect(g, head, idx, 0);
    for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
      String r = e.getRelation().toString();
      if ((r.startsWith("nmod") || r.equals("appos"))
          && e.getDependent().index() > head.index()
          && !r.equals("nmod:poss")) {
        TreeSet<Integer> sub = new TreeSet<>();
        collect(g, e.getDependent(), sub, 0);
        for (SemanticGraphEdge c : g.outgoingEdgeList(e.getDependent())) {
          if (c.getRelation().toString().equals("case")) {
            sub.add(c.getDependent().index() - 1);
          }
        }
        if (!sub.isEmpty() && sub.last() - head.index() + 1 < max) {
          idx.addAll(sub);
        }
      }
    }
    idx.removeIf(i -> own.contains(i) || i < 0 || i >= toks.size());
    return span(toks, idx, head.index() - 1, own, max);
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
          && isVerb(d)
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

  /** A compact noun phrase under a node: its compounds, adjectives, possessors and name parts. */
  private static String phrase(
      List<Tok> toks, SemanticGraph g, IndexedWord head, Set<Integer> own, int max) {
    TreeSet<Integer> idx = new TreeSet<>();
    collect(g, head, idx, 0);
    idx.removeIf(i -> own.contains(i) || i < 0 || i >= toks.size());
    return span(toks, idx, head.index() - 1, own, max);
  }

  /** The contiguous words from the first to the last index, at most max, trimmed. */
  private static String span(
      List<Tok> toks, TreeSet<Integer> idx, int h, Set<Integer> own, int max) {
    if (idx.isEmpty()) {
      return null;
    }
    int lo = idx.first();
    int hi = idx.last();
    while (hi - lo + 1 > max && lo < h) {
      lo++;
    }
    while (hi - lo + 1 > max && hi > h) {
      hi--;
    }
    while (lo < hi
        && (toks.get(lo).tag().equals("DT")
            || toks.get(lo).tag().equals("PRP$")
            || toks.get(lo).isPunct()
            || toks.get(lo).tag().equals("IN")
            || toks.get(lo).tag().equals("CC")
            || toks.get(lo).tag().equals("POS"))) {
      lo++;
    }
    while (hi > lo
        && (toks.get(hi).isPunct()
            || toks.get(hi).tag().equals("IN")
            || toks.get(hi).tag().equals("CC")
            || toks.get(hi).tag().equals("DT"))) {
      hi--;
    }
    StringBuilder sb = new StringBuilder();
    boolean gap = false;
    for (int i = lo; i <= hi; i++) {
      if (own.contains(i)) {
        gap = true;
        continue;
      }
      if (sb.length() > 0 && (gap || !toks.get(i).before().isEmpty())) {
        sb.append(' ');
      }
      gap = false;
      sb.append(toks.get(i).word());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static void collect(SemanticGraph g, IndexedWord node, Set<Integer> idx, int depth) {
    idx.add(node.index() - 1);
    if (depth > 3) {
      return;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
      String r = e.getRelation().toString();
      if (PHRASE_RELATIONS.contains(r) || r.startsWith("compound") || r.startsWith("flat")) {
        collect(g, e.getDependent(), idx, depth + 1);
      }
    }
  }

  private static String caseOf(List<Tok> toks, SemanticGraph g, IndexedWord node) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
      if (e.getRelation().toString().equals("case")) {
        return toks.get(e.getDependent().index() - 1).lower();
      }
    }
    return null;
  }

  private static boolean isTime(List<Tok> toks, IndexedWord node) {
    Tok t = toks.get(node.index() - 1);
    return Lexicon.TIME_NOUNS.contains(t.lower())
        || Lexicon.CALENDAR_WORDS.contains(t.lower())
        || t.ner().equals("DATE")
        || t.ner().equals("DURATION");
  }

  // ---------------------------------------------------------------- claimant

  /** "according to the Estermont Emergency Management Office": the source named after it. */
  static String accordingTo(List<Tok> toks) {
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (toks.get(i).lower().equals("according") && toks.get(i + 1).lower().equals("to")) {
        int s = i + 2;
        int e = s;
        while (e < toks.size() && e - s < 10) {
          Tok t = toks.get(e);
          if (t.word().equals(",")
              || t.word().equals(".")
              || t.word().equals(";")
              || t.isVerb()
              || t.tag().equals("WDT")
              || t.tag().equals("WP")
              || t.lower().equals("that")
              || t.lower().equals("citing")) {
            break;
          }
          e++;
        }
        // "estimates by the U.S. and its allies", "figures from the ministry": the source
        for (int k = s; k < e; k++) {
          String w = toks.get(k).lower();
          if ((w.equals("by") || w.equals("from")) && k > s && k + 1 < e) {
            s = k + 1;
            break;
          }
        }
        String p = trimmed(toks, s, e);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static String trimmed(List<Tok> toks, int s, int e) {
    while (s < e && (toks.get(s).tag().equals("DT") || toks.get(s).isPunct())) {
      s++;
    }
    while (e > s && toks.get(e - 1).isPunct()) {
      e--;
    }
    if (s >= e) {
      return null;
    }
    String p = QuantityScanner.join(toks, s, e);
    if (PRONOUNS.contains(p.toLowerCase())) {
      return null;
    }
    return p;
  }

  private static String claimant(
      List<Tok> toks, SemanticGraph g, IndexedWord anchor, String according, ArticleContext ctx) {
    String found = null;
    IndexedWord cur = anchor;
    String via = null;
    for (int hops = 0; hops < 8 && cur != null && found == null; hops++) {
      if (via != null) {
        // "X said (that) 3,000 died": reached through the verb's clause; "X estimated 11,000":
        // a counting verb with the figure as its object. "The soldier claimed he..." is neither.
        boolean clause =
            via.equals("ccomp")
                || via.equals("parataxis")
                || via.startsWith("advcl")
                || via.equals("dep")
                || via.equals("xcomp")
                || via.equals("conj");
        boolean counted =
            (via.equals("obj") || via.startsWith("obl"))
                && COUNTING_VERBS.contains(lower(cur.lemma()));
        if (clause || counted) {
          found = reporter(toks, g, cur, ctx);
        }
      }
      if (found == null) {
        // "... have been killed, Kyiv said": the reporting verb hangs off the clause
        for (SemanticGraphEdge e : g.outgoingEdgeList(cur)) {
          String r = e.getRelation().toString();
          if ((r.equals("parataxis")
                  || r.startsWith("advcl")
                  || r.equals("dep")
                  || r.equals("ccomp"))
              && e.getDependent().index() > anchor.index()) {
            found = reporter(toks, g, e.getDependent(), ctx);
            if (found != null) {
              break;
            }
          }
        }
      }
      IndexedWord up = parent(g, cur);
      via = up == null ? null : relation(g, cur, up);
      cur = up;
    }
    if (according != null) {
      return according;
    }
    return found;
  }

  /** The source of a reporting verb: its subject, with "he" resolved to the last named source. */
  private static String reporter(
      List<Tok> toks, SemanticGraph g, IndexedWord verb, ArticleContext ctx) {
    String lemma = lower(verb.lemma());
    if (!isVerb(verb) || lemma == null || !Lexicon.REPORTING_VERBS.contains(lemma)) {
      return null;
    }
    // the subject nearest the verb: "MARROWICK, Estermont (CPA) - ..., provincial officials said"
    IndexedWord s = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      if (SUBJECTS.contains(e.getRelation().toString())) {
        IndexedWord d = e.getDependent();
        if (s == null || Math.abs(d.index() - verb.index()) < Math.abs(s.index() - verb.index())) {
          s = d;
        }
      }
    }
    if (s == null) {
      return null;
    }
    // "Tuesday's breach ..., the Estermont Emergency Management Office said": a name in
    // apposition right before the verb is the speaker
    for (SemanticGraphEdge e : g.outgoingEdgeList(s)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("appos")
          && "NNP".equals(d.tag())
          && d.index() < verb.index()
          && d.index() > s.index()
          && !toks.get(s.index() - 1).isProper()) {
        s = d;
        break;
      }
    }
    String w = toks.get(s.index() - 1).lower();
    if (PERSONAL.contains(w) || w.equals("they")) {
      return PERSONAL.contains(w) ? ctx.lastNamedSource : null;
    }
    if (PRONOUNS.contains(w)) {
      return null;
    }
    String p = phrase(toks, g, s, Set.of(), 8);
    if (p != null && toks.get(s.index() - 1).isProper()) {
      ctx.lastNamedSource = p;
    }
    return p;
  }

  // ---------------------------------------------------------------- graph helpers

  private static IndexedWord parent(SemanticGraph g, IndexedWord w) {
    try {
      return g.getParent(w);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The relation of a node to its governor. */
  private static String relation(SemanticGraph g, IndexedWord dep, IndexedWord gov) {
    SemanticGraphEdge e = g.getEdge(gov, dep);
    return e == null ? "" : e.getRelation().toString();
  }

  private static boolean isNoun(IndexedWord w) {
    String tag = w.tag();
    return tag != null && (tag.startsWith("NN") || tag.equals("$") || tag.equals("CD"));
  }

  private static boolean isVerb(IndexedWord w) {
    String tag = w.tag();
    return tag != null && tag.startsWith("VB");
  }

  private static boolean isPronoun(IndexedWord w) {
    String tag = w.tag();
    return tag != null
        && (tag.startsWith("PRP") || tag.startsWith("W") || tag.equals("DT") || tag.equals("EX"));
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }
}
