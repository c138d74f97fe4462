package io.corroborate.store;

/**
 * An article revision to store: its metadata, the text as read and its analysis.
 *
 * @param articleId the article's id
 * @param revision counted from 1; one more than the newest stored revision
 * @param source where it was read from
 * @param url its address, or null
 * @param title its headline, or null
 * @param outlet its outlet, or null
 * @param published its publication date in ISO-8601, or null
 * @param language its language code, or null
 * @param contentHash the hash of {@code raw}
 * @param raw the text as read, UTF-8
 * @param body the cleaned body, for full-text search
 * @param analysisVersion the analysis version that made {@code analysisJson}
 * @param analysisJson the analysis
 */
public record NewRevision(
    String articleId,
    int revision,
    String source,
    String url,
    String title,
    String outlet,
    String published,
    String language,
    String contentHash,
    byte[] raw,
    String body,
    int analysisVersion,
    String analysisJson) {}
