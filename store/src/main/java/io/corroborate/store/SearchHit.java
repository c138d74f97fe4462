package io.corroborate.store;

/**
 * An article full-text search found (INTERFACES.md: {@code search --format jsonl}).
 *
 * @param articleId the article's id
 * @param storyId the story it is in, or null before it was linked
 * @param title its headline, or null
 * @param outlet its outlet, or null
 * @param published its publication date, or null
 * @param snippet the matching words in context, matches in brackets
 */
public record SearchHit(
    String articleId,
    String storyId,
    String title,
    String outlet,
    String published,
    String snippet) {}
