package io.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * The provenance of one article: whether it copies another, which, how, and the root of its copy
 * tree.
 *
 * @param articleId the article described
 * @param relation how it relates to what it copies
 * @param derivedFrom the article in the corpus it copies, or null
 * @param origin root of its copy tree: an article id, {@code external:<slug>}, or null when nothing
 *     copies it and it copies nothing
 * @param creditedTo the outlet or agency it credits, as normalised, or null
 * @param similarity similarity to {@code derivedFrom} (0 when there is none)
 * @param evidence aligned passages shared with {@code derivedFrom}
 */
public record CopyLink(
    String articleId,
    Relation relation,
    String derivedFrom,
    String origin,
    String creditedTo,
    double similarity,
    List<AlignedPassage> evidence) {

  /** Validates the fields. */
  public CopyLink {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(relation, "relation");
    if (similarity < 0 || similarity > 1 || Double.isNaN(similarity)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: similarity=" + similarity);
    }
    if (articleId.equals(derivedFrom)) {
      throw new IllegalArgumentException("an article cannot derive from itself: " + articleId);
    }
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
  }

  /** The entry of an article that copies nothing and that nothing copies. */
  public static CopyLink independent(String articleId) {
    return new CopyLink(articleId, Relation.INDEPENDENT, null, null, null, 0, List.of());
  }
}
