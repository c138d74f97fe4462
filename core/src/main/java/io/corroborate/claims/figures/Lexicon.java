package io.corroborate.claims.figures;

import io.corroborate.util.WordLists;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the figure extractor matches tokens against: magnitudes, currencies,
 * units, qualifiers, hedges, reporting verbs and time words. All entries are lower case and are
 * compared with a token's lower-cased word or lemma. Immutable.
 */
final class Lexicon {

  private Lexicon() {}

  private static final WordLists WORDS = WordLists.read(Lexicon.class, "figures.txt");

  /** Number words NumberNormalizer reads ("twelve"), without the magnitudes. */
  static final Set<String> NUMBER_WORDS = WORDS.get("number-words");

  /** Words that multiply the number before them. */
  static final Map<String, Double> MAGNITUDES = WORDS.numbers("magnitudes");

  /** Abbreviated magnitudes written as a word or glued to the digits ("1.2bn", "$5m"). */
  static final Map<String, Double> SHORT_MAGNITUDES = WORDS.numbers("short-magnitudes");

  /** Short magnitudes that are also units, read as magnitudes only after a currency. */
  static final Set<String> AMBIGUOUS_MAGNITUDES = WORDS.get("ambiguous-magnitudes");

  /** Plural magnitudes that name an order of magnitude ("thousands"): low bound, high is 10x. */
  static final Map<String, Double> VAGUE_PLURALS = WORDS.numbers("vague-plurals");

  /** Vague amounts stated without a number ("several"). */
  static final Set<String> VAGUE_WORDS = WORDS.get("vague-words");

  /** Fractions written as words. */
  static final Map<String, Double> FRACTIONS = WORDS.numbers("fractions");

  /** Currency symbols and codes written before the number. */
  static final Set<String> CURRENCY_SYMBOLS = WORDS.get("currency-symbols");

  /** Currency names written after the number. */
  static final Set<String> CURRENCY_WORDS = WORDS.get("currency-words");

  /** Small currency units written after the number. */
  static final Set<String> CURRENCY_SUBUNITS = WORDS.get("currency-subunits");

  /** Words saying the number is a percentage. */
  static final Set<String> PERCENT_WORDS = WORDS.get("percent-words");

  /** Units of time: a number followed by one is a duration. */
  static final Set<String> TIME_UNITS = WORDS.get("time-units");

  /** Units of measure (as written, lower case). */
  static final Set<String> MEASURE_UNITS = WORDS.get("measure-units");

  /** Words before a number that say how it bounds the truth, longest first per qualifier. */
  static final String[][] QUALIFIERS_BEFORE = {
    {"about", "about"},
    {"around", "about"},
    {"approximately", "about"},
    {"approx.", "about"},
    {"roughly", "about"},
    {"some", "about"},
    {"nearly", "about"},
    {"almost", "about"},
    {"circa", "about"},
    {"ca.", "about"},
    {"an estimated", "about"},
    {"estimated", "about"},
    {"close to", "about"},
    {"an approximate", "about"},
    {"~", "about"},
    {"more than", "more-than"},
    {"over", "more-than"},
    {"above", "more-than"},
    {"upwards of", "more-than"},
    {"in excess of", "more-than"},
    {"exceeding", "more-than"},
    {"greater than", "more-than"},
    {"higher than", "more-than"},
    {"north of", "more-than"},
    {"over than", "more-than"},
    {"at least", "at-least"},
    {"no fewer than", "at-least"},
    {"no less than", "at-least"},
    {"not less than", "at-least"},
    {"a minimum of", "at-least"},
    {"minimum of", "at-least"},
    {"less than", "less-than"},
    {"fewer than", "less-than"},
    {"under", "less-than"},
    {"below", "less-than"},
    {"lower than", "less-than"},
    {"shy of", "less-than"},
    {"at most", "at-most"},
    {"no more than", "at-most"},
    {"not more than", "at-most"},
    {"a maximum of", "at-most"},
    {"maximum of", "at-most"},
    {"up to", "up-to"},
    {"as many as", "up-to"},
    {"as much as", "up-to"},
    {"as high as", "up-to"},
  };

  /** Words between a qualifier and the number that do not break it ("more than a dozen"). */
  static final Set<String> QUALIFIER_GAP = WORDS.get("qualifier-gap");

  /** Hedging words: the article does not vouch for the figure. */
  static final Set<String> HEDGES = WORDS.get("hedges");

  /** Lemmas of verbs that attribute a statement to a source. */
  static final Set<String> REPORTING_VERBS = WORDS.get("reporting-verbs");

  /** Words naming a unit of time inside a time scope. */
  static final Set<String> TIME_NOUNS = WORDS.get("time-nouns");

  /** Month and weekday names, lower case, with common abbreviations. */
  static final Set<String> CALENDAR_WORDS = WORDS.get("calendar-words");

  /** Words after a number that make it a time of day. */
  static final Set<String> CLOCK_WORDS = WORDS.get("clock-words");

  /** Words before a number that make it a phone number. */
  static final Set<String> PHONE_CUES = WORDS.get("phone-cues");

  /** Words before a number that make it a phone number, an address or an identifier. */
  static final Set<String> IDENTIFIER_CUES =
      union(
          PHONE_CUES,
          Set.of(
              "no.",
              "number",
              "#",
              "route",
              "highway",
              "interstate",
              "flight",
              "room",
              "suite",
              "apartment",
              "apt",
              "apt.",
              "unit",
              "page",
              "pages",
              "chapter",
              "section",
              "article",
              "paragraph",
              "version",
              "episode",
              "season",
              "level",
              "category",
              "grade",
              "class",
              "model",
              "code",
              "zip",
              "postcode",
              "box",
              "line",
              "platform",
              "gate",
              "bus",
              "channel",
              "track",
              "volume",
              "vol.",
              "round",
              "game",
              "stage",
              "phase",
              "rule",
              "resolution",
              "clause",
              "ward",
              "district",
              "street",
              "st",
              "avenue",
              "road",
              "lane",
              "exit",
              "pier",
              "terminal"));

  /** Words after a number that make it an identifier or an address. */
  static final Set<String> IDENTIFIER_AFTER = WORDS.get("identifier-after");

  static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
