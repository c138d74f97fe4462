package io.corroborate.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a job did, for its summary on standard error: inputs, articles, problems (counted; the first
 * lines kept), the copy stage's candidate edges and components, links by relation, stories, and the
 * seconds each stage took. Not thread-safe: the driver fills it.
 */
public final class JobSummary {

  long files;
  long documents;
  long articles;
  long problems;
  long fallbacks;
  List<String> problemLines = List.of();
  long candidateEdges;
  long components;
  long largestComponent;
  Map<String, Long> linksByRelation = Map.of();
  long stories;
  double readSeconds;
  double copySeconds;
  double storySeconds;
  double synthesisSeconds;

  /** Input files listed. */
  public long files() {
    return files;
  }

  /** Articles after duplicates of an id were dropped. */
  public long articles() {
    return articles;
  }

  /** Problems: records or files skipped, analyses kept by their headline, duplicates. */
  public long problems() {
    return problems;
  }

  /** The first problem lines (at most {@link CorroborateJob#MAX_PROBLEM_LINES}). */
  public List<String> problemLines() {
    return problemLines;
  }

  /** Stories. */
  public long stories() {
    return stories;
  }

  /** Articles in the largest group the copy stage ran on one executor. */
  public long largestComponent() {
    return largestComponent;
  }

  /** The summary as lines for standard error. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "corroborate-spark: %d files, %d documents read, %d articles, %d problems"
                + " (%d analyses kept by headline)%n",
            files,
            documents,
            articles,
            problems,
            fallbacks));
    for (String line : problemLines) {
      sb.append("  ").append(line).append(System.lineSeparator());
    }
    if (problems > problemLines.size()) {
      sb.append(String.format(Locale.ROOT, "  ... and %d more%n", problems - problemLines.size()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "copies: %d candidate edges, %d groups (largest %d articles), links %s%n",
            candidateEdges,
            components,
            largestComponent,
            linksByRelation));
    sb.append(
        String.format(
            Locale.ROOT,
            "stories: %d; seconds: read and analyse %.1f, copies %.1f, stories %.1f, synthesis %.1f%n",
            stories,
            readSeconds,
            copySeconds,
            storySeconds,
            synthesisSeconds));
    return sb.toString();
  }
}
