package io.corroborate.provenance;

import io.corroborate.model.AlignedPassage;
import io.corroborate.model.Relation;
import java.util.List;

/**
 * A verified copy relation between two articles of a corpus, with its direction decided.
 *
 * @param source the index of the article copied
 * @param copy the index of the copying article
 * @param relation {@link Relation#VERBATIM}, {@link Relation#PARTIAL} or {@link Relation#REWRITE}
 * @param similarity how much of the copy comes from the source, in [0, 1]
 * @param strong whether the two share most of the shorter text (such a pair is always linked)
 * @param evidence aligned passages, offsets into both articles' texts
 * @param reason why this direction
 */
public record PairLink(
    int source,
    int copy,
    Relation relation,
    double similarity,
    boolean strong,
    List<AlignedPassage> evidence,
    Direction.Reason reason) {

  /** Validates and freezes. */
  public PairLink {
    if (source == copy) {
      throw new IllegalArgumentException("a pair needs two articles: " + source);
    }
    if (relation != Relation.VERBATIM
        && relation != Relation.PARTIAL
        && relation != Relation.REWRITE) {
      throw new IllegalArgumentException("not a copy relation: " + relation);
    }
    evidence = List.copyOf(evidence);
  }
}
