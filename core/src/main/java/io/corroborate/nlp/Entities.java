package io.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.util.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reusable entity component: the named entities of an article from CoreNLP's entity recogniser
 * (the shared {@link Layer#NER} annotation), with pronouns left out and mentions resolved within
 * the article by {@link InArticleCoreference}. Computed once per article and kept with its
 * analysis. Stateless and thread-safe.
 */
public final class Entities {

  private static final WordLists WORDS = WordLists.read(Entities.class, "entities.txt");

  private static final Set<String> PRONOUNS = WORDS.get("pronouns");

  /** Longest mention kept, in characters: longer "names" are tagging accidents. */
  static final int MAX_MENTION_CHARS = 80;

  private Entities() {}

  /** The entities of an analysed article (runs the entity recogniser on first use). */
  public static ArticleEntities of(AnalyzedArticle article) {
    return article.derived(
        Entities.class,
        a -> a.body().isBlank() ? ArticleEntities.NONE : of(a.annotation(Layer.NER), a.body()));
  }

  /** The entities of a CoreNLP annotation with entity mentions, over the given text. */
  public static ArticleEntities of(Annotation annotation, String text) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return ArticleEntities.NONE;
    }
    List<EntityMention> found = new ArrayList<>();
    List<int[]> sentenceSpans = new ArrayList<>();
    int index = 0;
    for (CoreMap sentence : sentences) {
      Integer sb = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer se = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentenceSpans.add(new int[] {sb == null ? 0 : sb, se == null ? 0 : se});
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          EntityMention mention = mention(m, text, index);
          if (mention != null) {
            found.add(mention);
          }
        }
      }
      index++;
    }
    found.addAll(definedAcronyms(found, text, sentenceSpans));
    found.sort(java.util.Comparator.comparingInt(EntityMention::start));
    InArticleCoreference coref = new InArticleCoreference();
    for (EntityMention mention : found) {
      coref.add(
          mention,
          wordBefore(text, mention.start()),
          mention.type() == EntityType.PERSON ? appositive(text, mention.end()) : null);
    }
    return coref.result();
  }

  private static final Pattern DEFINITION = Pattern.compile("^\\s*\\(([A-Z][A-Z&]{1,7})\\)");

  /**
   * Mentions of acronyms an article defines in parentheses after a name ("Marrowick Intelligence
   * Service (MIS)"), wherever they occur, when the entity recogniser left them untagged.
   */
  private static List<EntityMention> definedAcronyms(
      List<EntityMention> found, String text, List<int[]> sentences) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : found) {
      if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.LOCATION) {
        continue;
      }
      Matcher d =
          DEFINITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 14)));
      if (!d.find()) {
        continue;
      }
      String acronym = d.group(1);
      if (!InArticleCoreference.acronymOfTail(
          acronym.toLowerCase(Locale.ROOT), NameForms.tokens(m.text(), false))) {
        continue;
      }
      Matcher use = Pattern.compile("\\b" + Pattern.quote(acronym) + "\\b").matcher(text);
      while (use.find()) {
        int start = use.start();
        int end = use.end();
        boolean covered = false;
        for (EntityMention f : found) {
          if (f.start() < end && start < f.end()) {
            covered = true;
            break;
          }
        }
        for (EntityMention f : out) {
          covered |= f.start() == start;
        }
        if (!covered) {
          out.add(new EntityMention(acronym, m.type(), start, end, sentenceOf(start, sentences)));
        }
      }
    }
    return out;
  }

  private static int sentenceOf(int offset, List<int[]> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      if (offset < sentences.get(i)[1]) {
        return i;
      }
    }
    return Math.max(0, sentences.size() - 1);
  }

  private static EntityMention mention(CoreMap m, String text, int sentence) {
    EntityType type = EntityType.ofTag(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
    if (type == null) {
      return null;
    }
    Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (begin == null || end == null || begin < 0 || end > text.length() || begin >= end) {
      return null;
    }
    String written = text.substring(begin, end);
    if (written.length() > MAX_MENTION_CHARS || written.indexOf('\n') >= 0) {
      return null;
    }
    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens != null && !tokens.isEmpty()) {
      boolean allPronouns = true;
      for (CoreLabel t : tokens) {
        String pos = t.tag();
        if (!(pos != null && pos.startsWith("PRP")
            || PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)))) {
          allPronouns = false;
          break;
        }
      }
      if (allPronouns) {
        return null;
      }
    }
    if (PRONOUNS.contains(written.toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (NameForms.tokens(written, false).length == 0) {
      return null;
    }
    return new EntityMention(written, type, begin, end, sentence);
  }

  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)[ \\t\\u00a0]+$");

  private static final Set<String> ABBREVIATIONS = WORDS.get("abbreviations");

  /**
   * The word right before an offset in the same sentence, lower case without dots, or "" (a word
   * ending a sentence is not a title: "... the leader. Park said").
   */
  static String wordBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    Matcher m = WORD_BEFORE.matcher(before);
    if (!m.find()) {
      return "";
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    if (w.endsWith(".") && !ABBREVIATIONS.contains(w.substring(0, w.length() - 1))) {
      return "";
    }
    return w.replace(".", "");
  }

  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "^,\\s+((?:(?:a|an|the|who|whose)\\s+|\\d{1,3}-year-old\\s+)"
              + "(?:[^,;:!?.\"\u201c\u201d\\n]|\\.(?=\\S)){2,160}?|\\d{1,3})"
              + "(?=[,;:!?\"\u201c\u201d\\n]|\\.(?!\\S)|$)");

  /**
   * The appositive that follows a name ("Orla Venn, a 41-year-old ferry pilot who retired in 2019,
   * told ..."), without its commas, or null.
   */
  static String appositive(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 200));
    Matcher m = APPOSITIVE.matcher(after);
    return m.find() ? m.group(1).strip() : null;
  }
}
