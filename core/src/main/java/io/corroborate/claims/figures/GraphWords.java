package io.corroborate.claims.figures;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading a sentence's dependency graph: governors and relations, and the compact noun phrases the
 * figure fields are made of ("Estermont's Calder Valley Water Board", "average life expectancy for
 * men in Glasgow"). Stateless.
 */
final class GraphWords {

  static final Set<String> PHRASE_RELATIONS =
      Set.of("compound", "amod", "flat", "nmod:poss", "case", "fixed", "flat:name");
  static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");

  private GraphWords() {}

  static IndexedWord parent(SemanticGraph g, IndexedWord w) {
    try {
      return g.getParent(w);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The relation of a node to its governor. */
  static String relation(SemanticGraph g, IndexedWord dep, IndexedWord gov) {
    SemanticGraphEdge e = g.getEdge(gov, dep);
    return e == null ? "" : e.getRelation().toString();
  }

  static boolean isNoun(IndexedWord w) {
    String tag = w.tag();
    return tag != null && (tag.startsWith("NN") || tag.equals("$") || tag.equals("CD"));
  }

  static boolean isVerb(IndexedWord w) {
    String tag = w.tag();
    return tag != null && tag.startsWith("VB");
  }

  static boolean isPronoun(IndexedWord w) {
    String tag = w.tag();
    return tag != null
        && (tag.startsWith("PRP") || tag.startsWith("W") || tag.equals("DT") || tag.equals("EX"));
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }

  /** A compact noun phrase under a node: its compounds, adjectives, possessors and name parts. */
  static String phrase(
      List<Tok> toks, SemanticGraph g, IndexedWord head, Set<Integer> own, int max) {
    TreeSet<Integer> idx = new TreeSet<>();
    collect(g, head, idx, 0);
    idx.removeIf(i -> own.contains(i) || i < 0 || i >= toks.size());
    return span(toks, idx, head.index() - 1, own, max);
  }

  /** The contiguous words from the first to the last index, at most max, trimmed. */
  static String span(List<Tok> toks, TreeSet<Integer> idx, int h, Set<Integer> own, int max) {
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

  static void collect(SemanticGraph g, IndexedWord node, Set<Integer> idx, int depth) {
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

  static String caseOf(List<Tok> toks, SemanticGraph g, IndexedWord node) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
      if (e.getRelation().toString().equals("case")) {
        return toks.get(e.getDependent().index() - 1).lower();
      }
    }
    return null;
  }

  /**
   * A noun phrase with its prepositional modifiers: "average life expectancy for men in Glasgow".
   */
  static String longPhrase(
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

  static IndexedWord childWith(
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
  static IndexedWord appositionHead(SemanticGraph g, IndexedWord noun) {
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
  static IndexedWord resolveRelative(SemanticGraph g, IndexedWord subject) {
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

  static boolean isTime(List<Tok> toks, IndexedWord node) {
    Tok t = toks.get(node.index() - 1);
    return Lexicon.TIME_NOUNS.contains(t.lower())
        || Lexicon.CALENDAR_WORDS.contains(t.lower())
        || t.ner().equals("DATE")
        || t.ner().equals("DURATION");
  }
}
