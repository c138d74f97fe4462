package io.corroborate.stories;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleProfile;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.ArticleEntities;
import io.corroborate.nlp.DateGranularity;
import io.corroborate.nlp.DateMention;
import io.corroborate.nlp.DateMentions;
import io.corroborate.nlp.Embedder;
import io.corroborate.nlp.Entities;
import io.corroborate.nlp.Entity;
import io.corroborate.nlp.EntityMention;
import io.corroborate.nlp.EntityType;
import io.corroborate.nlp.Layer;
import io.corroborate.nlp.NameForms;
import io.corroborate.util.WordLists;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds an article's {@link ArticleProfile} from its shared analysis: entities (CoreNLP NER with
 * in-article coreference), content-word lemmas, dates mentioned (SUTime, resolved against the
 * article's date or its dateline) and a sentence embedding of headline and lead. Thread-safe; one
 * article's profile does not depend on any other's.
 */
public final class ProfileBuilder {

  /** Sentences after the headline that form the lead. */
  public static final int LEAD_SENTENCES = 3;

  /** Words from the top of the article given to the embedder (its window is 256 word pieces). */
  static final int EMBED_WORDS = 180;

  /** How far into the body a dateline may stand, in characters. */
  static final int DATELINE_REACH = 400;

  private static final WordLists WORDS =
      WordLists.read(ProfileBuilder.class, "profile-builder.txt");

  private static final Set<String> STOP_LEMMAS = WORDS.get("stop-lemmas");

  private static final Pattern WORDY = Pattern.compile("\\p{L}[\\p{L}\\-']*");
  private static final Pattern LINK_LIKE =
      Pattern.compile(
          "(?i)^\\s*(https?\\s*:|www\\s*\\.)|\\.\\s*(com|org|net|html?|php)\\b|(\\s/\\s.*){3}");

  private final AnalysisCache cache;
  private final Embedder embedder;
  private final DatePolicy dates;

  /**
   * A builder over the run's shared analyses.
   *
   * @param embedder sentence embedder, or null to build profiles without embeddings
   * @param dates which dates are believable
   */
  public ProfileBuilder(AnalysisCache cache, Embedder embedder, DatePolicy dates) {
    this.cache = cache;
    this.embedder = embedder;
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  /** The profile of one article. */
  public ArticleProfile profile(Article article) {
    if (cache == null) {
      throw new IllegalStateException("a builder made without a cache profiles analysed articles");
    }
    return profile(cache.of(article));
  }

  /**
   * A builder for articles already analysed (phase 1 hands each article's analysis in).
   *
   * @param embedder sentence embedder, or null to build profiles without embeddings
   * @param dates which dates are believable
   */
  public ProfileBuilder(Embedder embedder, DatePolicy dates) {
    this(null, embedder, dates);
  }

  /** The profile of an analysed article. */
  public ArticleProfile profile(AnalyzedArticle a) {
    Article article = a.article();
    LocalDate published =
        article.published() == null ? null : dates.believable(article.published().date());
    String body = article.body();
    if (body.isBlank()) {
      String headline = headline(article, List.of(), body);
      return headlineOnly(article, published, headline, embed(headline));
    }
    Annotation ann = a.annotation(Layer.NER);
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);

    LocalDate reference = published;
    int datelineStart = -1;
    if (reference == null) {
      DateMention line = dateline(DateMentions.of(a, null));
      if (line != null) {
        reference = line.date();
        datelineStart = line.start();
      }
    }
    List<DateMention> mentioned = DateMentions.of(a, reference);

    Map<String, Float> terms = new HashMap<>();
    Map<String, Float> lead = new HashMap<>();
    String headline = headline(article, sentences, body);
    if (article.title() != null) {
      for (Map.Entry<String, Float> e : words(article.title()).entrySet()) {
        lead.merge(e.getKey(), e.getValue(), Float::sum);
        terms.merge(e.getKey(), e.getValue(), Float::sum);
      }
    }
    int s = 0;
    for (CoreMap sentence : sentences) {
      boolean inLead = s < LEAD_SENTENCES;
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        String lemma = contentLemma(t);
        if (lemma != null) {
          terms.merge(lemma, 1f, Float::sum);
          if (inLead) {
            lead.merge(lemma, 1f, Float::sum);
          }
        }
      }
      s++;
    }
    dampen(terms);
    dampen(lead);

    Map<String, Float> entities = new HashMap<>();
    Map<String, Float> leadEntities = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    ArticleEntities found = Entities.of(a);
    for (Entity e : found.entities()) {
      addEntity(e, entities, names);
      if (e.firstSentence() < LEAD_SENTENCES) {
        addEntity(e, leadEntities, new HashMap<>());
      }
    }

    Map<String, Float> dateKeys = new HashMap<>();
    LocalDate eventDate = null;
    for (DateMention d : mentioned) {
      if (!d.resolved() || dates.believable(d.date()) == null) {
        continue;
      }
      if (reference != null && d.date().isAfter(reference.plusDays(1))) {
        continue;
      }
      float w = d.sentence() < LEAD_SENTENCES ? 2f : 1f;
      dateKeys.merge("y:" + d.date().getYear(), w, Float::sum);
      if (d.granularity() != DateGranularity.YEAR) {
        dateKeys.merge("m:" + d.date().toString().substring(0, 7), w, Float::sum);
      }
      if (d.granularity() == DateGranularity.DAY) {
        dateKeys.merge("d:" + d.date(), w, Float::sum);
        if (eventDate == null
            && d.start() != datelineStart
            && d.sentence() < LEAD_SENTENCES
            && (reference == null
                || !d.date().isAfter(reference) && d.date().isAfter(reference.minusDays(31)))) {
          eventDate = d.date();
        }
      }
    }
    if (reference != null && eventDate == null) {
      eventDate = reference;
    }
    dampen(dateKeys);
    return new ArticleProfile(
        article.id(),
        reference,
        eventDate,
        entities,
        leadEntities,
        terms,
        lead,
        dateKeys,
        embed(embeddingText(article, sentences, body)),
        headline,
        article.title() != null && !article.title().isBlank(),
        names);
  }

  /** A profile from the headline and date alone, for an article whose analysis failed. */
  public static ArticleProfile fallback(Article article, DatePolicy dates) {
    LocalDate published =
        article.published() == null ? null : dates.believable(article.published().date());
    return headlineOnly(
        article, published, headline(article, List.of(), article.body()), new float[0]);
  }

  /** A profile of the headline's words and the date alone. */
  private static ArticleProfile headlineOnly(
      Article article, LocalDate published, String headline, float[] embedding) {
    Map<String, Float> words = headline == null ? Map.of() : words(headline);
    return new ArticleProfile(
        article.id(),
        published,
        published,
        Map.of(),
        Map.of(),
        words,
        words,
        Map.of(),
        embedding,
        headline,
        article.title() != null,
        Map.of());
  }

  /** The first full date (day, month and year written out) near the top of the body, or null. */
  private DateMention dateline(List<DateMention> raw) {
    for (DateMention d : raw) {
      if (d.start() > DATELINE_REACH) {
        break;
      }
      if (d.granularity() == DateGranularity.DAY
          && d.value().matches("^\\d{4}-\\d{2}-\\d{2}.*")
          && dates.believable(d.date()) != null) {
        return d;
      }
    }
    return null;
  }

  private static void addEntity(Entity e, Map<String, Float> out, Map<String, String> names) {
    String[] tokens = NameForms.tokens(e.name(), e.type() == EntityType.PERSON);
    if (tokens.length == 0) {
      return;
    }
    int leadMentions = 0;
    for (EntityMention m : e.mentions()) {
      if (m.sentence() < LEAD_SENTENCES) {
        leadMentions++;
      }
    }
    float w = (float) (1 + Math.log(e.mentions().size())) + (leadMentions > 0 ? 1f : 0f);
    char p = e.type().prefix();
    String key = NameForms.key(tokens);
    if (key.isEmpty()) {
      return;
    }
    put(out, names, p + ":" + key, w, e.name());
    if (e.type() == EntityType.PERSON && tokens.length >= 2) {
      put(out, names, p + ":" + NameForms.fold(tokens[tokens.length - 1]), w * 0.5f, e.name());
    }
    if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION) {
      String acronym = NameForms.acronym(tokens);
      if (tokens.length >= 2 && acronym != null) {
        put(out, names, p + ":" + acronym, w * 0.5f, e.name());
      }
      int possessive = List.of(tokens).lastIndexOf("s");
      if (possessive > 0 && possessive < tokens.length - 1) {
        String[] tail = java.util.Arrays.copyOfRange(tokens, possessive + 1, tokens.length);
        put(out, names, p + ":" + NameForms.key(tail), w * 0.5f, e.name());
      }
    }
  }

  private static void put(
      Map<String, Float> out, Map<String, String> names, String key, float w, String name) {
    out.merge(key, w, Float::sum);
    names.merge(key, name, (a, b) -> b.length() > a.length() ? b : a);
  }

  private static String contentLemma(CoreLabel t) {
    String pos = t.tag();
    if ("CD".equals(pos)) {
      return number(t.word());
    }
    if (pos == null || !(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ"))) {
      return null;
    }
    String lemma = t.lemma() != null ? t.lemma() : t.word();
    lemma = lemma.toLowerCase(Locale.ROOT);
    if (lemma.length() < 2 || lemma.length() > 40 || !WORDY.matcher(lemma).matches()) {
      return null;
    }
    return STOP_LEMMAS.contains(lemma) ? null : lemma;
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.\\-/:]*");

  /**
   * A number as a feature ("#6.1", "#31-24"): specific numbers (scores, magnitudes, tolls) tell one
   * happening from another of the same kind. Small numbers and years are left out.
   */
  private static String number(String word) {
    String w = word.replace(",", "");
    if (!NUMBER.matcher(w).matches() || w.length() > 12) {
      return null;
    }
    if (w.matches("\\d{1,2}") || w.matches("(19|20)\\d{2}")) {
      return null;
    }
    return "#" + w;
  }

  /** Lower-case words of a headline, for articles without analysis of it. */
  static Map<String, Float> words(String text) {
    Map<String, Float> out = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-']+")) {
      if (w.length() >= 3 && !STOP_LEMMAS.contains(w)) {
        out.merge(w, 1f, Float::sum);
      }
    }
    return out;
  }

  private static void dampen(Map<String, Float> m) {
    m.replaceAll((k, v) -> (float) (1 + Math.log(v)));
  }

  private static String headline(Article a, List<CoreMap> sentences, String body) {
    if (a.title() != null && !a.title().isBlank()) {
      return clip(a.title().strip().replaceAll("\\s+", " "), 160);
    }
    for (CoreMap s : sentences) {
      String text = s.get(CoreAnnotations.TextAnnotation.class);
      if (text == null) {
        continue;
      }
      text = text.strip().replaceAll("\\s+", " ");
      if (text.length() >= 20 && !LINK_LIKE.matcher(text).find()) {
        return clip(text, 160);
      }
    }
    String b = body.strip();
    return b.isEmpty() ? null : clip(b.replaceAll("\\s+", " "), 160);
  }

  private static String embeddingText(Article a, List<CoreMap> sentences, String body) {
    StringBuilder sb = new StringBuilder();
    if (a.title() != null) {
      sb.append(a.title().strip()).append(". ");
    }
    int words = 0;
    for (CoreMap s : sentences) {
      String text = s.get(CoreAnnotations.TextAnnotation.class);
      if (text == null || LINK_LIKE.matcher(text).find()) {
        continue;
      }
      text = text.strip().replaceAll("\\s+", " ");
      sb.append(text).append(' ');
      words += text.split(" ").length;
      if (words >= EMBED_WORDS) {
        break;
      }
    }
    return sb.length() == 0 ? clip(body, 500) : sb.toString().strip();
  }

  private float[] embed(String text) {
    if (embedder == null || text == null || text.isBlank()) {
      return new float[0];
    }
    return embedder.embed(text);
  }

  static String clip(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    return s.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
  }
}
