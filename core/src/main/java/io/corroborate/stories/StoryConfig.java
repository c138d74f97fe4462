package io.corroborate.stories;

import java.util.Objects;

/**
 * Settings of story and event clustering, in one place. Thresholds are probabilities of the {@link
 * PairModel} averaged over article pairs (average linkage); they were set on the ECB+ development
 * documents only. Immutable and thread-safe.
 *
 * @param model the pairwise model
 * @param eventModel the pairwise model within a story (document frequencies of the story alone)
 * @param splitBelow an event splits in two when the average within-story probability between the
 *     two parts is below this ...
 * @param splitCohesion ... and each part, of at least two articles, holds together at least this
 * @param splitMinEvent smallest event tried for a split
 * @param eventThreshold average pair probability at which articles form one event
 * @param absorbMin least average probability for a fragment (an event of at most {@code
 *     fragmentSize} articles) to join the event it best fits
 * @param absorbMargin how much better that event must fit than the next
 * @param fragmentSize largest event treated as a fragment
 * @param storyThreshold average (time-decayed) pair probability at which events form one story
 * @param storyDecayDays articles further apart than {@code nearDays} count for a story as their
 *     probability times {@code exp(-(gap - nearDays) / storyDecayDays)}
 * @param nearDays dates this close count as the same week
 * @param farDays dates further apart than this count as far apart
 * @param candidateThreshold least pair probability for an article to touch another's story
 * @param candidates most candidate articles scored per new article
 * @param queryFeatures rarest features of a new article looked up in the index
 * @param postings most recent articles kept per feature in the index
 * @param maxUnits most units re-clustered around one new article
 * @param freezeSize events larger than this keep their members and are matched by their
 *     time-decayed centroid
 * @param centroidDecayDays half-life-like decay of member weights in a centroid
 * @param liveDays stories silent for longer than this before a new article's date are not
 *     candidates for it
 * @param priorDocuments documents assumed seen before the stream, none of them with any feature
 */
public record StoryConfig(
    PairModel model,
    PairModel eventModel,
    double splitBelow,
    double splitCohesion,
    int splitMinEvent,
    double eventThreshold,
    double absorbMin,
    double absorbMargin,
    int fragmentSize,
    double storyThreshold,
    double storyDecayDays,
    int nearDays,
    int farDays,
    double candidateThreshold,
    int candidates,
    int queryFeatures,
    int postings,
    int maxUnits,
    int freezeSize,
    double centroidDecayDays,
    int liveDays,
    double priorDocuments) {

  /** Average within-story probability between two parts of an event below which it splits. */
  public static final double DEFAULT_SPLIT_BELOW = 0.6;

  /** Average within-story probability inside each part for an event to split. */
  public static final double DEFAULT_SPLIT_COHESION = 0.85;

  /** Smallest event tried for a split. */
  public static final int DEFAULT_SPLIT_MIN_EVENT = 4;

  /** Average pair probability for one event. */
  public static final double DEFAULT_EVENT_THRESHOLD = 0.55;

  /** Least probability for a fragment to join an event. */
  public static final double DEFAULT_ABSORB_MIN = 0.2;

  /** Margin over the second-best event for a fragment to join. */
  public static final double DEFAULT_ABSORB_MARGIN = 0.05;

  /** Largest fragment. */
  public static final int DEFAULT_FRAGMENT_SIZE = 2;

  /** Average pair probability for one story. */
  public static final double DEFAULT_STORY_THRESHOLD = 0.25;

  /** Decay of story similarity with time, in days. */
  public static final double DEFAULT_STORY_DECAY_DAYS = 30;

  /** Days that count as the same week. */
  public static final int DEFAULT_NEAR_DAYS = 7;

  /** Days that count as far apart. */
  public static final int DEFAULT_FAR_DAYS = 45;

  /** Least probability to touch a story. */
  public static final double DEFAULT_CANDIDATE_THRESHOLD = 0.2;

  /** Candidate articles scored per new article. */
  public static final int DEFAULT_CANDIDATES = 32;

  /** Rarest features looked up. */
  public static final int DEFAULT_QUERY_FEATURES = 24;

  /** Postings kept per feature. */
  public static final int DEFAULT_POSTINGS = 48;

  /** Units re-clustered at most. */
  public static final int DEFAULT_MAX_UNITS = 160;

  /** Events larger than this are frozen. */
  public static final int DEFAULT_FREEZE_SIZE = 48;

  /** Centroid decay, in days. */
  public static final double DEFAULT_CENTROID_DECAY_DAYS = 14;

  /** Stories silent this long are not candidates. */
  public static final int DEFAULT_LIVE_DAYS = 120;

  /** Prior documents. */
  public static final double DEFAULT_PRIOR_DOCUMENTS = 50;

  /** The defaults. */
  public static final StoryConfig DEFAULT =
      new StoryConfig(
          PairModel.DEFAULT,
          PairModel.WITHIN_STORY,
          DEFAULT_SPLIT_BELOW,
          DEFAULT_SPLIT_COHESION,
          DEFAULT_SPLIT_MIN_EVENT,
          DEFAULT_EVENT_THRESHOLD,
          DEFAULT_ABSORB_MIN,
          DEFAULT_ABSORB_MARGIN,
          DEFAULT_FRAGMENT_SIZE,
          DEFAULT_STORY_THRESHOLD,
          DEFAULT_STORY_DECAY_DAYS,
          DEFAULT_NEAR_DAYS,
          DEFAULT_FAR_DAYS,
          DEFAULT_CANDIDATE_THRESHOLD,
          DEFAULT_CANDIDATES,
          DEFAULT_QUERY_FEATURES,
          DEFAULT_POSTINGS,
          DEFAULT_MAX_UNITS,
          DEFAULT_FREEZE_SIZE,
          DEFAULT_CENTROID_DECAY_DAYS,
          DEFAULT_LIVE_DAYS,
          DEFAULT_PRIOR_DOCUMENTS);

  /** Validates the settings. */
  public StoryConfig {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(eventModel, "eventModel");
    probability("splitBelow", splitBelow);
    probability("splitCohesion", splitCohesion);
    positive("splitMinEvent", splitMinEvent);
    probability("eventThreshold", eventThreshold);
    probability("absorbMin", absorbMin);
    probability("storyThreshold", storyThreshold);
    probability("candidateThreshold", candidateThreshold);
    if (absorbMargin < 0) {
      throw new IllegalArgumentException("absorbMargin must not be negative: " + absorbMargin);
    }
    positive("fragmentSize", fragmentSize);
    positive("candidates", candidates);
    positive("queryFeatures", queryFeatures);
    positive("postings", postings);
    positive("maxUnits", maxUnits);
    positive("freezeSize", freezeSize);
    positive("nearDays", nearDays);
    positive("farDays", farDays);
    positive("liveDays", liveDays);
    if (!(storyDecayDays > 0) || !(centroidDecayDays > 0) || !(priorDocuments >= 0)) {
      throw new IllegalArgumentException(
          "decays must be positive and prior not negative: storyDecayDays="
              + storyDecayDays
              + ", centroidDecayDays="
              + centroidDecayDays
              + ", priorDocuments="
              + priorDocuments);
    }
  }

  private static void probability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + name + "=" + p);
    }
  }

  private static void positive(String name, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + name + "=" + n);
    }
  }

  /** A copy with another pair model. */
  public StoryConfig withModel(PairModel m) {
    return new StoryConfig(
        m,
        eventModel,
        splitBelow,
        splitCohesion,
        splitMinEvent,
        eventThreshold,
        absorbMin,
        absorbMargin,
        fragmentSize,
        storyThreshold,
        storyDecayDays,
        nearDays,
        farDays,
        candidateThreshold,
        candidates,
        queryFeatures,
        postings,
        maxUnits,
        freezeSize,
        centroidDecayDays,
        liveDays,
        priorDocuments);
  }

  /** A copy with another within-story model and split thresholds. */
  public StoryConfig withSplit(PairModel within, double below, double cohesion) {
    return new StoryConfig(
        model,
        within,
        below,
        cohesion,
        splitMinEvent,
        eventThreshold,
        absorbMin,
        absorbMargin,
        fragmentSize,
        storyThreshold,
        storyDecayDays,
        nearDays,
        farDays,
        candidateThreshold,
        candidates,
        queryFeatures,
        postings,
        maxUnits,
        freezeSize,
        centroidDecayDays,
        liveDays,
        priorDocuments);
  }

  /** A copy with another candidate threshold. */
  public StoryConfig withCandidateThreshold(double t) {
    return new StoryConfig(
        model,
        eventModel,
        splitBelow,
        splitCohesion,
        splitMinEvent,
        eventThreshold,
        absorbMin,
        absorbMargin,
        fragmentSize,
        storyThreshold,
        storyDecayDays,
        nearDays,
        farDays,
        t,
        candidates,
        queryFeatures,
        postings,
        maxUnits,
        freezeSize,
        centroidDecayDays,
        liveDays,
        priorDocuments);
  }

  /** A copy with other event and story thresholds. */
  public StoryConfig withThresholds(
      double event, double absorbMinimum, double margin, double story) {
    return new StoryConfig(
        model,
        eventModel,
        splitBelow,
        splitCohesion,
        splitMinEvent,
        event,
        absorbMinimum,
        margin,
        fragmentSize,
        story,
        storyDecayDays,
        nearDays,
        farDays,
        candidateThreshold,
        candidates,
        queryFeatures,
        postings,
        maxUnits,
        freezeSize,
        centroidDecayDays,
        liveDays,
        priorDocuments);
  }
}
