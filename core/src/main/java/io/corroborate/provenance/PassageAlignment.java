package io.corroborate.provenance;

import java.util.List;

/**
 * The passages a copy shares with its source, and how much of each text they cover.
 *
 * @param passages shared passages in copy order, small edits inside a passage bridged
 * @param copyCovered tokens of the copy inside exactly shared runs
 * @param copyTokens tokens of the copy
 * @param sourceCovered tokens of the source inside exactly shared runs
 * @param sourceTokens tokens of the source
 */
public record PassageAlignment(
    List<TokenPassage> passages,
    int copyCovered,
    int copyTokens,
    int sourceCovered,
    int sourceTokens) {

  /** Freezes the list. */
  public PassageAlignment {
    passages = List.copyOf(passages);
  }

  /** Share of the copy's tokens that come from the source. */
  public double copyCoverage() {
    return copyTokens == 0 ? 0 : copyCovered / (double) copyTokens;
  }

  /** Share of the source's tokens that the copy holds. */
  public double sourceCoverage() {
    return sourceTokens == 0 ? 0 : sourceCovered / (double) sourceTokens;
  }
}
