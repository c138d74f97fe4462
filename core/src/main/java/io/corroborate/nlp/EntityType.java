package io.corroborate.nlp;

import java.util.Locale;

/** The kinds of named entity the product tracks across articles. */
public enum EntityType {
  /** A person. */
  PERSON,
  /** A company, agency, team, party, outlet or other body. */
  ORGANIZATION,
  /** A place: country, region, city, facility. */
  LOCATION,
  /** Other names: nationalities, events, products, works. */
  MISC;

  /**
   * The type of a CoreNLP entity tag (coarse or fine-grained), or null for tags that are not names
   * (dates, numbers, titles).
   */
  public static EntityType ofTag(String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> PERSON;
      case "ORGANIZATION" -> ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> MISC;
      default -> null;
    };
  }

  /** A one-letter prefix for keys that mix types. */
  public char prefix() {
    return switch (this) {
      case PERSON -> 'p';
      case ORGANIZATION -> 'o';
      case LOCATION -> 'l';
      case MISC -> 'm';
    };
  }
}
