package io.corroborate.model;

/** How an article relates to the report it derives from. Labels are API. */
public enum Relation implements Labeled {
  /** The same text, give or take furniture and whitespace. */
  VERBATIM("verbatim"),
  /** Part of the source reprinted, with parts cut or added. */
  PARTIAL("partial"),
  /** The source retold sentence by sentence in other words. */
  REWRITE("rewrite"),
  /** A credited copy of another outlet's report. */
  SYNDICATED("syndicated"),
  /** Original reporting, a copy of nothing in or out of the corpus. */
  INDEPENDENT("independent");

  private final String label;

  Relation(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
