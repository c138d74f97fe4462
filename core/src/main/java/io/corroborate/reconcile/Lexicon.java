package io.corroborate.reconcile;

import io.corroborate.util.WordLists;

/** The word lists of reconciliation, read once from {@code key-figures.txt} beside this class. */
final class Lexicon {

  /** The key-figures table's lists. */
  static final WordLists KEY_FIGURES = WordLists.read(Lexicon.class, "key-figures.txt");

  private Lexicon() {}
}
