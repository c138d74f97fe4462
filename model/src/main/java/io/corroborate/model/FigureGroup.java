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
 * @param status how the values relate, in one word: {@code consistent}, {@code rounding}, {@code
 *     updated}, {@code scope}, {@code counted-differently} or {@code conflicting}
 * @param why the status said in a sentence a reader understands
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
    List<String> claimants,
    String status,
    String why) {

  /** Validates the fields. */
  public FigureGroup {
    Objects.requireNonNull(kind, "kind");
    mentions = List.copyOf(mentions);
    updates = List.copyOf(updates);
    wordings = List.copyOf(wordings == null ? List.of() : wordings);
    claimants = List.copyOf(claimants == null ? List.of() : claimants);
    if (status == null) {
      status = conflicting ? CONFLICTING : CONSISTENT;
    }
    if (why == null) {
      why = "";
    }
  }

  /** One value, or values that agree. */
  public static final String CONSISTENT = "consistent";

  /** Values that the qualifiers or rounding reconcile. */
  public static final String ROUNDING = "rounding";

  /** A later figure supersedes an earlier one as the story develops. */
  public static final String UPDATED = "updated";

  /** The values count the same thing over different places, groups or periods. */
  public static final String SCOPE = "scope";

  /** The values count close but different things. */
  public static final String COUNTED_DIFFERENTLY = "counted-differently";

  /** The same thing, scope and time, and the values disagree. */
  public static final String CONFLICTING = "conflicting";
}
