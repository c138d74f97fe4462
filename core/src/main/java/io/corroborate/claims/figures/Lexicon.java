package io.corroborate.claims.figures;

import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the figure extractor matches tokens against: magnitudes, currencies,
 * units, qualifiers, hedges, reporting verbs and time words. All entries are lower case and are
 * compared with a token's lower-cased word or lemma. Immutable.
 */
final class Lexicon {

  private Lexicon() {}

  /** Number words NumberNormalizer reads ("twelve"), without the magnitudes. */
  static final Set<String> NUMBER_WORDS =
      Set.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
          "eighty", "ninety");

  /** Words that multiply the number before them. */
  static final Map<String, Double> MAGNITUDES =
      Map.ofEntries(
          Map.entry("hundred", 1e2),
          Map.entry("thousand", 1e3),
          Map.entry("million", 1e6),
          Map.entry("billion", 1e9),
          Map.entry("trillion", 1e12),
          Map.entry("dozen", 12.0));

  /** Abbreviated magnitudes written as a word or glued to the digits ("1.2bn", "$5m"). */
  static final Map<String, Double> SHORT_MAGNITUDES =
      Map.ofEntries(
          Map.entry("k", 1e3),
          Map.entry("m", 1e6),
          Map.entry("mn", 1e6),
          Map.entry("mln", 1e6),
          Map.entry("bn", 1e9),
          Map.entry("b", 1e9),
          Map.entry("tn", 1e12),
          Map.entry("trn", 1e12));

  /** Short magnitudes that are also units, read as magnitudes only after a currency. */
  static final Set<String> AMBIGUOUS_MAGNITUDES = Set.of("m", "b", "k");

  /** Plural magnitudes that name an order of magnitude ("thousands"): low bound, high is 10x. */
  static final Map<String, Double> VAGUE_PLURALS =
      Map.ofEntries(
          Map.entry("tens", 10.0),
          Map.entry("dozens", 12.0),
          Map.entry("hundreds", 1e2),
          Map.entry("thousands", 1e3),
          Map.entry("millions", 1e6),
          Map.entry("billions", 1e9),
          Map.entry("trillions", 1e12));

  /** Vague amounts stated without a number ("several"). */
  static final Set<String> VAGUE_WORDS = Set.of("several", "numerous", "scores");

  /** Fractions written as words. */
  static final Map<String, Double> FRACTIONS =
      Map.ofEntries(
          Map.entry("half", 0.5),
          Map.entry("third", 1.0 / 3),
          Map.entry("thirds", 1.0 / 3),
          Map.entry("quarter", 0.25),
          Map.entry("quarters", 0.25),
          Map.entry("fifth", 0.2),
          Map.entry("fifths", 0.2),
          Map.entry("tenth", 0.1),
          Map.entry("tenths", 0.1));

  /** Currency symbols and codes written before the number. */
  static final Set<String> CURRENCY_SYMBOLS =
      Set.of(
          "$", "us$", "a$", "c$", "hk$", "nz$", "s$", "r$", "£", "€", "¥", "₹", "₩", "₽", "₪",
          "usd", "eur", "gbp", "jpy", "cny", "chf", "inr", "aud", "cad", "rs", "rs.", "rm");

  /** Currency names written after the number. */
  static final Set<String> CURRENCY_WORDS =
      Set.of(
          "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
          "renminbi", "rupee", "rupees", "crown", "crowns", "kronor", "krona", "kroner", "krone",
          "shekel", "shekels", "franc", "francs", "ruble", "rubles", "rouble", "roubles", "won",
          "peso", "pesos", "rand", "naira", "dinar", "dinars", "dirham", "dirhams", "ringgit",
          "baht", "lira", "lire", "real", "reais", "hryvnia", "hryvnias", "zloty", "forint",
          "usd", "eur", "gbp", "jpy");

  /** Small currency units written after the number. */
  static final Set<String> CURRENCY_SUBUNITS = Set.of("cents", "cent", "pence", "penny", "sen");

  /** Words saying the number is a percentage. */
  static final Set<String> PERCENT_WORDS = Set.of("%", "percent", "pct", "pc", "per-cent");

  /** Units of time: a number followed by one is a duration. */
  static final Set<String> TIME_UNITS =
      Set.of(
          "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
          "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "yr",
          "yrs", "decade", "decades", "century", "centuries", "fortnight", "fortnights",
          "night", "nights", "weekend", "weekends", "season", "seasons", "quarter", "quarters");

  /** Units of measure (as written, lower case). */
  static final Set<String> MEASURE_UNITS =
      Set.of(
          "metre", "metres", "meter", "meters", "m", "km", "kilometre", "kilometres",
          "kilometer", "kilometers", "cm", "centimetres", "centimeters", "mm", "millimetre",
          "millimetres", "millimeter", "millimeters", "mile", "miles", "foot", "feet", "ft",
          "inch", "inches", "in.", "yard", "yards", "yd", "nautical", "acre", "acres", "hectare",
          "hectares", "ha", "sq", "square", "cubic", "kg", "kilogram", "kilograms", "kilo",
          "kilos", "g", "gram", "grams", "mg", "milligrams", "lb", "lbs", "ounce", "ounces",
          "oz", "ton", "tons", "tonne", "tonnes", "litre", "litres", "liter", "liters", "l",
          "ml", "millilitres", "gallon", "gallons", "barrel", "barrels", "cc", "mph", "km/h",
          "kph", "km/hr", "knots", "knot", "degree", "degrees", "celsius", "fahrenheit", "°",
          "°c", "°f", "c", "f", "kelvin", "watt", "watts", "w", "kw", "kilowatts", "kilowatt",
          "mw", "megawatts", "megawatt", "gw", "gigawatts", "gigawatt", "kwh", "mwh", "gwh",
          "twh", "volt", "volts", "v", "kv", "amp", "amps", "mah", "hz", "khz", "mhz", "ghz",
          "gb", "tb", "mb", "kb", "bytes", "gigabytes", "terabytes", "megabytes", "hp",
          "horsepower", "bhp", "ps", "nm", "lb-ft", "ppm", "ppb", "decibels", "db", "calories",
          "kcal", "μm", "µm", "nanometer", "nanometers", "nanometre", "nanometres", "micron",
          "microns", "m2", "km2", "m3", "gpa", "gigapascals", "pascals", "psi", "mpg", "bar",
          "storeys", "stories", "floors", "points", "point", "times", "basis", "carats",
          "magnitude");

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
  static final Set<String> QUALIFIER_GAP = Set.of("just", "well", "only", "a", "an", "slightly");

  /** Hedging words: the article does not vouch for the figure. */
  static final Set<String> HEDGES =
      Set.of(
          "reportedly",
          "allegedly",
          "unverified",
          "unconfirmed",
          "purportedly",
          "supposedly",
          "claimed",
          "claims",
          "claim",
          "claiming",
          "alleged",
          "rumoured",
          "rumored");

  /** Lemmas of verbs that attribute a statement to a source. */
  static final Set<String> REPORTING_VERBS =
      Set.of(
          "say", "tell", "report", "estimate", "claim", "confirm", "announce", "state", "add",
          "note", "quote", "suggest", "indicate", "believe", "warn", "write", "post", "assert",
          "insist", "acknowledge", "admit", "allege", "reveal", "disclose", "show", "put",
          "tally", "count", "record", "forecast", "predict", "project", "expect", "calculate",
          "find", "conclude", "explain", "declare", "describe", "brief", "testify", "concede",
          "according");

  /** Words naming a unit of time inside a time scope. */
  static final Set<String> TIME_NOUNS =
      Set.of(
          "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
          "weeks", "weekend", "month", "months", "year", "years", "decade", "decades",
          "century", "quarter", "morning", "afternoon", "evening", "night", "overnight",
          "today", "yesterday", "tonight", "period", "season", "war", "conflict", "fighting",
          "invasion", "pandemic", "outbreak", "start", "beginning");

  /** Month and weekday names, lower case, with common abbreviations. */
  static final Set<String> CALENDAR_WORDS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar",
          "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.",
          "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words after a number that make it a time of day. */
  static final Set<String> CLOCK_WORDS =
      Set.of("am", "a.m.", "pm", "p.m.", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt",
          "et", "pt", "hrs", "o'clock", "h");

  /** Words before a number that make it a phone number, an address or an identifier. */
  static final Set<String> IDENTIFIER_CUES =
      Set.of(
          "call", "dial", "text", "phone", "telephone", "tel", "tel.", "hotline", "helpline",
          "lifeline", "fax", "no.", "number", "#", "route", "highway", "interstate", "flight",
          "room", "suite", "apartment", "apt", "apt.", "unit", "page", "pages", "chapter",
          "section", "article", "paragraph", "version", "episode", "season", "level",
          "category", "grade", "class", "model", "code", "zip", "postcode", "box", "line",
          "platform", "gate", "bus", "channel", "track", "volume", "vol.", "round", "game",
          "stage", "phase", "rule", "resolution", "clause", "ward", "district", "street", "st",
          "avenue", "road", "lane", "exit", "pier", "terminal");

  /** Words after a number that make it an identifier or an address. */
  static final Set<String> IDENTIFIER_AFTER =
      Set.of("street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "lane",
          "boulevard", "blvd", "drive", "way");
}
