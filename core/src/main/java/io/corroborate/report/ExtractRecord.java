package io.corroborate.report;

import io.corroborate.model.Article;
import io.corroborate.model.CreditLine;
import io.corroborate.model.NewsDate;
import io.corroborate.model.RemovedBlock;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code extract}: the contract's fields, then extras (credits, where metadata came
 * from).
 */
public record ExtractRecord(
    String source,
    String url,
    String title,
    String body,
    NewsDate published,
    NewsDate modified,
    String byline,
    String outlet,
    String language,
    boolean truncated,
    boolean paywalled,
    List<RemovedBlock> removed,
    String id,
    List<Credit> credits,
    Map<String, String> metadataSources) {

  /** A credit line in JSON: its span, words, credited outlet and type. */
  public record Credit(
      int start, int end, String text, String creditedTo, CreditLine.CreditType type) {}

  /** The record of an article. */
  public static ExtractRecord of(Article a) {
    return new ExtractRecord(
        a.source(),
        a.url(),
        a.title(),
        a.body(),
        a.published(),
        a.modified(),
        a.byline(),
        a.outlet(),
        a.language(),
        a.truncated(),
        a.paywalled(),
        a.removed(),
        a.id(),
        a.credits().stream()
            .map(
                c ->
                    new Credit(
                        c.span().start(), c.span().end(), c.text(), c.creditedTo(), c.type()))
            .toList(),
        a.metadataSources());
  }
}
