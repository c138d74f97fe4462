package io.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates an article mentions, from SUTime in CoreNLP's entity layer. Values SUTime could not
 * anchor because the article's date was unknown to it ("Tuesday" as {@code XXXX-WXX-2}) are
 * resolved here against a reference date when one is given: the latest such day on or before it, as
 * news reports past events. Stateless and thread-safe.
 */
public final class DateMentions {

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern OPEN_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
  private static final Pattern OPEN_MONTH = Pattern.compile("^XXXX-(\\d{2})$");
  private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-(\\d)");

  private DateMentions() {}

  /**
   * The dates of an analysed article, relative ones resolved against {@code reference} (null: left
   * unresolved unless SUTime knew the article's date).
   */
  public static List<DateMention> of(AnalyzedArticle article, LocalDate reference) {
    List<DateMention> raw =
        article.derived(
            DateMentions.class,
            a -> a.body().isBlank() ? List.of() : of(a.annotation(Layer.NER), a.body(), null));
    if (reference == null) {
      return raw;
    }
    List<DateMention> out = new ArrayList<>(raw.size());
    for (DateMention d : raw) {
      out.add(
          d.resolved()
              ? d
              : resolve(d.text(), d.start(), d.end(), d.value(), reference, d.sentence()));
    }
    return out;
  }

  /** The dates of a CoreNLP annotation with entity mentions. */
  public static List<DateMention> of(Annotation annotation, String text, LocalDate reference) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return List.of();
    }
    List<DateMention> out = new ArrayList<>();
    int index = 0;
    for (CoreMap sentence : sentences) {
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          if (!"DATE".equals(tag) && !"TIME".equals(tag)) {
            continue;
          }
          Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          if (begin == null || end == null || begin < 0 || end > text.length() || begin > end) {
            continue;
          }
          Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
          String value = timex != null ? timex.value() : null;
          if (value == null) {
            value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          }
          if (value == null) {
            continue;
          }
          out.add(resolve(text.substring(begin, end), begin, end, value, reference, index));
        }
      }
      index++;
    }
    return List.copyOf(out);
  }

  /** A mention with its value resolved as far as the value and the reference allow. */
  static DateMention resolve(
      String text, int start, int end, String value, LocalDate reference, int sentence) {
    LocalDate date = null;
    DateGranularity g = null;
    try {
      Matcher m;
      if ((m = DAY.matcher(value)).find()) {
        date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        g = DateGranularity.DAY;
      } else if ((m = WEEK.matcher(value)).find()) {
        date =
            LocalDate.of(num(m, 1), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        g = DateGranularity.WEEK;
      } else if ((m = MONTH.matcher(value)).find()) {
        date = LocalDate.of(num(m, 1), num(m, 2), 1);
        g = DateGranularity.MONTH;
      } else if ((m = YEAR.matcher(value)).find()) {
        date = LocalDate.of(num(m, 1), 1, 1);
        g = DateGranularity.YEAR;
      } else if (reference != null) {
        if ((m = OPEN_DAY.matcher(value)).find()) {
          LocalDate d = LocalDate.of(reference.getYear(), num(m, 1), num(m, 2));
          date = d.isAfter(reference.plusDays(7)) ? d.minusYears(1) : d;
          g = DateGranularity.DAY;
        } else if ((m = OPEN_MONTH.matcher(value)).find()) {
          LocalDate d = LocalDate.of(reference.getYear(), num(m, 1), 1);
          date = d.isAfter(reference) ? d.minusYears(1) : d;
          g = DateGranularity.MONTH;
        } else if ((m = WEEKDAY.matcher(value)).find()) {
          int dow = num(m, 1);
          if (dow >= 1 && dow <= 7) {
            date = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
            g = DateGranularity.DAY;
          }
        } else if (value.startsWith("PRESENT_REF")) {
          date = reference;
          g = DateGranularity.DAY;
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      date = null;
      g = null;
    }
    return new DateMention(text, start, end, value, date, g, sentence);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
