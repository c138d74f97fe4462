package io.corroborate.model;

/** What sort of quantity a figure is. Labels are API. */
public enum FigureKind implements Labeled {
  COUNT("count"),
  MONEY("money"),
  PERCENT("percent"),
  AGE("age"),
  DURATION("duration"),
  MEASURE("measure"),
  RATE("rate"),
  ORDINAL("ordinal"),
  OTHER("other");

  private final String label;

  FigureKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
