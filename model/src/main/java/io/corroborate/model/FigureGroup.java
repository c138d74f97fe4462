package io.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * The mentions, across a story, of one count.
 *
 * @param about what is counted, in the group's most representative words
 * @param kind the sort of quantity
 * @param mentions every mention, in article and text order
 * @param conflicting whether central values differ beyond rounding
 * @param compatible whether the qualifiers allow all values at once
 * @param updates mentions that supersede earlier ones, in date order
 * @param independentSources distinct origins among the articles carrying it
 * @param independentClaimants distinct claimants after normalising names
 * @param wordings the distinct ways the mentions word the event ("died", "killed or wounded"), when
 *     they differ; empty when they agree
 * @param claimants the distinct claimants after normalising names, in mention order
 */
public record FigureGroup(
    String about,
    FigureKind kind,
    List<FigureMention> mentions,
    boolean conflicting,
    boolean compatible,
    List<FigureMention> updates,
    int independentSources,
    int independentClaimants,
    List<String> wordings,
    List<String> claimants) {

  /** Validates the fields. */
  public FigureGroup {
    Objects.requireNonNull(kind, "kind");
    mentions = List.copyOf(mentions);
    updates = List.copyOf(updates);
    wordings = List.copyOf(wordings == null ? List.of() : wordings);
    claimants = List.copyOf(claimants == null ? List.of() : claimants);
  }
}
