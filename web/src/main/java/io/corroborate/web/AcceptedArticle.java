package io.corroborate.web;

/**
 * An article a source has taken in.
 *
 * @param id its id
 * @param source its source as given (the JSON line's id, else where it came from)
 * @param storyId the story it is now in
 */
public record AcceptedArticle(String id, String source, String storyId) {}
