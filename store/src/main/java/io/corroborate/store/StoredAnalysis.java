package io.corroborate.store;

/**
 * One stored revision's analysis, as phase 2 reads it.
 *
 * @param articleId the article's id
 * @param revision its revision, counted from 1
 * @param contentHash the hash of its text as read
 * @param analysisVersion the analysis version that made it
 * @param analysisJson the analysis as {@code AnalysisJson} wrote it
 */
public record StoredAnalysis(
    String articleId, int revision, String contentHash, int analysisVersion, String analysisJson) {}
