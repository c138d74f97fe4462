package io.corroborate.claims.figures;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.model.Article;
import io.corroborate.model.Figure;
import io.corroborate.model.FigureKind;
import io.corroborate.model.FoundFigure;
import io.corroborate.model.Span;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.Budget;
import io.corroborate.nlp.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts every quantity of an article as a {@link Figure}: value, bounds, qualifier, unit, kind,
 * what it counts, who claims it, the period it covers and whether it is hedged.
 *
 * <p>It reads the shared analysis (tokens, part of speech, lemmas) and runs the costly annotators
 * only on the sentences that hold a number: CoreNLP's rule-based numeric entity classifier (to tell
 * dates and times from quantities) and, for sentences with a quantity, the dependency parser (what
 * is counted, the event, the claimant). Offsets index the article's text as read. Thread-safe.
 */
public final class FigureExtractor {

  /** Sentences longer than this are read in windows (bounded time on run-on text). */
  static final int MAX_SENTENCE_TOKENS = 120;

  /** Window length for over-long sentences. */
  static final int WINDOW_TOKENS = 60;

  /** At most this many figures per article (bounded output on number dumps). */
  static final int MAX_FIGURES = 2000;

  private final NumericAnnotator annotators;

  /** An extractor using the JVM-wide annotators. */
  public FigureExtractor() {
    this.annotators = NumericAnnotator.shared();
  }

  /** Loads the models now, so that later timing excludes loading. */
  public void preload() {
    annotators.preload();
  }

  /** The figures of an article, in text order. */
  public List<Figure> extract(AnalyzedArticle article) {
    return find(article).stream().map(FoundFigure::figure).toList();
  }

  /** The figures of an article with their sentences and grouping features, in text order. */
  public List<FoundFigure> find(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    if (article.body().isBlank()) {
      return List.of();
    }
    Annotation doc = analyzed.annotation(Layer.LEMMA);
    List<CoreMap> windows = new ArrayList<>();
    List<Span> windowSentences = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty() || !analyzed.limits().analyses(tokens.size())) {
        // over the token limit: left alone, as the tagger and the entity layer leave it
        continue;
      }
      Span sentenceSpan =
          new Span(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
      for (List<CoreLabel> part : windows(tokens)) {
        if (hasNumberCue(part)) {
          windows.add(copy(part, windows.size()));
          windowSentences.add(sentenceSpan);
        }
      }
    }
    if (windows.isEmpty()) {
      return List.of();
    }
    Budget budget = analyzed.budget();
    retagWhereUnknown(doc.get(CoreAnnotations.TextAnnotation.class), windows, budget);
    annotators.classify(asDocument(doc, windows), budget);

    List<CoreMap> toParse = new ArrayList<>();
    List<List<Tok>> tokenLists = new ArrayList<>();
    List<List<Quantity>> found = new ArrayList<>();
    for (CoreMap w : windows) {
      List<Tok> toks = new ArrayList<>();
      for (CoreLabel l : w.get(CoreAnnotations.TokensAnnotation.class)) {
        toks.add(Tok.of(l));
      }
      List<Quantity> qs = QuantityScanner.scan(toks);
      tokenLists.add(toks);
      found.add(qs);
      if (!qs.isEmpty()) {
        toParse.add(w);
      }
    }
    if (!toParse.isEmpty()) {
      annotators.parse(asDocument(doc, toParse), budget);
    }
    List<FoundFigure> out = new ArrayList<>();
    ArticleContext context = new ArticleContext();
    for (int i = 0; i < windows.size() && out.size() < MAX_FIGURES; i++) {
      List<Quantity> qs = found.get(i);
      List<Tok> toks = tokenLists.get(i);
      SemanticGraph graph =
          qs.isEmpty()
              ? null
              : windows.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      ClauseReader.describe(toks, qs, graph, context);
      Span sentence = article.toTextSpan(windowSentences.get(i));
      String sentenceText =
          windowSentences.get(i).in(article.body()).replaceAll("\\s+", " ").strip();
      for (Quantity q : qs) {
        if (out.size() >= MAX_FIGURES) {
          break;
        }
        FoundFigure f = toFigure(article, toks, q, sentence, sentenceText);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private static FoundFigure toFigure(
      Article article, List<Tok> toks, Quantity q, Span sentence, String sentenceText) {
    int s = toks.get(q.start).begin();
    int e = toks.get(Math.max(q.start, q.end - 1)).end();
    if (e <= s) {
      return null;
    }
    Span span = article.toTextSpan(new Span(s, e));
    String text = article.text().substring(span.start(), span.end());
    Double low = q.low;
    Double high = q.high;
    if (low != null && high != null && low > high) {
      return null;
    }
    Figure figure =
        new Figure(
            text,
            span.start(),
            span.end(),
            q.kind,
            finite(q.value),
            finite(low),
            finite(high),
            q.qualifier,
            q.unit,
            q.counts,
            q.claimant,
            q.timeScope,
            q.hedged);
    String head = q.head >= 0 && q.kind != FigureKind.ORDINAL ? toks.get(q.head).lemma() : null;
    return new FoundFigure(
        figure,
        sentence,
        head,
        q.event,
        q.partitive && q.unit == null,
        q.what,
        q.eventText,
        sentenceText);
  }

  private static Double finite(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? null : d;
  }

  /** Splits over-long sentences into windows, cutting at punctuation where it can. */
  static List<List<CoreLabel>> windows(List<CoreLabel> tokens) {
    if (tokens.size() <= MAX_SENTENCE_TOKENS) {
      return List.of(tokens);
    }
    List<List<CoreLabel>> out = new ArrayList<>();
    int start = 0;
    while (start < tokens.size()) {
      int end = Math.min(tokens.size(), start + WINDOW_TOKENS);
      if (end < tokens.size()) {
        for (int k = end; k > start + WINDOW_TOKENS / 2; k--) {
          String w = tokens.get(k - 1).word();
          if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".")) {
            end = k;
            break;
          }
        }
      }
      out.add(tokens.subList(start, end));
      start = end;
    }
    return out;
  }

  /** Whether a stretch of tokens holds a digit or a number word. */
  static boolean hasNumberCue(List<CoreLabel> tokens) {
    for (CoreLabel l : tokens) {
      String w = l.word();
      if (w == null) {
        continue;
      }
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      int dash = lower.indexOf('-');
      String first = dash > 0 ? lower.substring(0, dash) : lower;
      if (Lexicon.NUMBER_WORDS.contains(first)
          || Lexicon.MAGNITUDES.containsKey(lower)
          || Lexicon.VAGUE_PLURALS.containsKey(lower)
          || Lexicon.VAGUE_WORDS.contains(lower)
          || Lexicon.FRACTIONS.containsKey(lower)) {
        return true;
      }
    }
    return false;
  }

  /** A sentence of copied tokens, so that the shared analysis is never changed. */
  private static CoreMap copy(List<CoreLabel> tokens, int index) {
    List<CoreLabel> copies = new ArrayList<>(tokens.size());
    int k = 1;
    for (CoreLabel t : tokens) {
      CoreLabel c = new CoreLabel(t);
      c.setIndex(k++);
      c.setSentIndex(index);
      c.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
      c.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      copies.add(c);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, copies);
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, copies.get(0).beginPosition());
    s.set(
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        copies.get(copies.size() - 1).endPosition());
    return s;
  }

  private static Annotation asDocument(Annotation doc, List<CoreMap> sentences) {
    Annotation a = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap s : sentences) {
      all.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    a.set(CoreAnnotations.TokensAnnotation.class, all);
    a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return a;
  }

  /** Tags windows of over-long sentences, which the shared tagger leaves as "X". */
  private void retagWhereUnknown(String text, List<CoreMap> windows, Budget budget) {
    List<CoreMap> untagged = new ArrayList<>();
    for (CoreMap w : windows) {
      List<CoreLabel> toks = w.get(CoreAnnotations.TokensAnnotation.class);
      String tag = toks.get(0).tag();
      if (tag == null || tag.equals("X")) {
        untagged.add(w);
      }
    }
    if (!untagged.isEmpty()) {
      Annotation a = new Annotation(text);
      a.set(CoreAnnotations.SentencesAnnotation.class, untagged);
      annotators.tag(a, budget);
    }
  }
}
