package io.corroborate.model;

/** How a figure's wording bounds its value. Labels are API. */
public enum Qualifier implements Labeled {
  EXACT("exact"),
  ABOUT("about"),
  MORE_THAN("more-than"),
  AT_LEAST("at-least"),
  LESS_THAN("less-than"),
  AT_MOST("at-most"),
  UP_TO("up-to"),
  RANGE("range");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
