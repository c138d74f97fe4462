package io.corroborate.web;

/**
 * One article found by search, the shape of {@code search --format jsonl}.
 *
 * @param articleId the article
 * @param storyId the story it is in
 * @param title its title, or null
 * @param outlet its outlet, or null
 * @param published its publication date (ISO-8601), or null
 * @param snippet plain words around the first match
 */
public record SearchHit(
    String articleId,
    String storyId,
    String title,
    String outlet,
    String published,
    String snippet) {}
