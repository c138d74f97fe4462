package io.corroborate.stories;

/** The feature channels of an article, as indexes into its vectors. */
final class Channel {
  static final int ENTITIES = 0;
  static final int PEOPLE = 1;
  static final int PLACES = 2;
  static final int TERMS = 3;
  static final int LEAD = 4;
  static final int DATES = 5;
  static final int COUNT = 6;

  private Channel() {}
}
