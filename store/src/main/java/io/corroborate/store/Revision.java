package io.corroborate.store;

/**
 * The newest stored revision of an article.
 *
 * @param articleId the article's id
 * @param revision counted from 1
 * @param contentHash the hash of the text as read
 */
public record Revision(String articleId, int revision, String contentHash) {}
